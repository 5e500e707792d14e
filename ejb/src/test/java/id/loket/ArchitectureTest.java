package id.loket;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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

  /**
   * Inside a feature, control is below boundary. (A feature may use another feature's boundary —
   * its public face — from anywhere, e.g. ticket control writing to the messaging outbox.)
   */
  @ArchTest
  static final ArchRule controlDoesNotCallItsOwnBoundary =
      classes()
          .that()
          .resideInAPackage("..control..")
          .should(
              new ArchCondition<JavaClass>("not depend on the boundary of its own feature") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                  String feature = feature(item.getPackageName());
                  for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    if (target.contains(".boundary") && feature.equals(feature(target))) {
                      events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                  }
                }
              });

  /** Features (the package under {@code id.loket}) never depend on each other in a circle. */
  @ArchTest
  static final ArchRule featuresAreFreeOfCycles =
      slices().matching("id.loket.(*)..").should().beFreeOfCycles();

  /** A feature uses another feature's boundary, never its control. */
  @ArchTest
  static final ArchRule noFeatureReachesIntoAnothersControl =
      classes()
          .should(
              new ArchCondition<JavaClass>("not depend on another feature's control") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                  String feature = feature(item.getPackageName());
                  for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    if (target.startsWith("id.loket.")
                        && target.contains(".control")
                        && !feature.equals(feature(target))) {
                      events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                  }
                }
              });

  static String feature(String packageName) {
    String rest = packageName.startsWith("id.loket.") ? packageName.substring(9) : packageName;
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

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
