package id.loket;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.MessageDriven;

/** The house rules of the code base (see STYLE): features with boundary, control and entity. */
@AnalyzeClasses(packages = "id.loket", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule entitiesKnowNothingAboveThem =
      noClasses()
          .that()
          .resideInAPackage("..entity..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..boundary..", "..control..");

  @ArchTest
  static final ArchRule controlDoesNotCallBoundaries =
      noClasses()
          .that()
          .resideInAPackage("..control..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..boundary..");

  @ArchTest
  static final ArchRule theDomainNeedsNoContainer =
      noClasses()
          .that()
          .resideInAPackage("..entity..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ejb..", "jakarta.jms..", "jakarta.inject..", "jakarta.enterprise..");

  @ArchTest
  static final ArchRule messageDrivenBeansAreBoundaries =
      classes()
          .that()
          .areAnnotatedWith(MessageDriven.class)
          .should()
          .resideInAPackage("..boundary..");

  @ArchTest
  static final ArchRule noImplOrDefaultClasses =
      noClasses()
          .should()
          .haveSimpleNameEndingWith("Impl")
          .orShould()
          .haveSimpleNameStartingWith("Default");
}
