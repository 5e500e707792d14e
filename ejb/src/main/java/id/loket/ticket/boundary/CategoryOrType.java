package id.loket.ticket.boundary;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A new ticket names its category, or a request type of the catalog (whose category it then gets).
 * Reported on {@code category}, as the plain {@code @NotBlank} it replaces was.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CategoryOrType.Check.class)
public @interface CategoryOrType {

  String message() default "{ticket.category.required}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<CategoryOrType, NewTicket> {
    @Override
    public boolean isValid(NewTicket t, ConstraintValidatorContext context) {
      if (t == null
          || t.getType() != null
          || (t.getCategory() != null && !t.getCategory().isBlank())) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("category")
          .addConstraintViolation();
      return false;
    }
  }
}
