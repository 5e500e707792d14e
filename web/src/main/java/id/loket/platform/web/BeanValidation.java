package id.loket.platform.web;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * The one Bean Validation factory of the API edge: {@link StrictJsonReader} validates bodies with
 * its validator, {@link ProblemMapper} words their violations again in the caller's language with
 * its interpolator. Created on first use (plain unit tests of those classes need no provider).
 */
final class BeanValidation {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  static final Validator VALIDATOR = FACTORY.getValidator();

  static final MessageInterpolator INTERPOLATOR = FACTORY.getMessageInterpolator();

  private BeanValidation() {}
}
