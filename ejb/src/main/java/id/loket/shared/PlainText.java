package id.loket.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text contains no control characters (other than line breaks and tabs) and no broken Unicode
 * (an unpaired surrogate): see {@link Text#isPlain(String)}. {@code null} is valid.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

  String message() default "{text.plain}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks a text with {@link Text#isPlain(String)}. */
  class Validator implements ConstraintValidator<PlainText, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return Text.isPlain(value);
    }
  }
}
