package id.loket.platform.web;

import id.loket.shared.DomainException;
import id.loket.shared.InvalidFieldException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of an API call into application/problem+json with a 4xx status saying what
 * was wrong, in the caller's language (Accept-Language, English by default). Only a real fault is a
 * 500: it is logged with an incident id, and the response carries that id and no internals.
 *
 * <p>Expected client errors (every 4xx) are the caller's business, not the operator's: at most one
 * line at FINE. Field messages of Bean Validation are interpolated again in the caller's language
 * (the container interpolated them in the server's).
 *
 * <p>Bean Validation failures get their own, more specific mapper ({@link ViolationMapper}),
 * because Jersey ships one for {@code ValidationException} that would otherwise win and answer 400.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable thrown) {
    return problemFor(thrown, locale(headers));
  }

  static Response problemFor(Throwable thrown, Locale locale) {
    Response response = answer(thrown, locale);
    if (response.getStatus() < 500 && LOG.isLoggable(Level.FINE)) {
      LOG.fine(
          () ->
              "Client error "
                  + response.getStatus()
                  + ": "
                  + oneLine(String.valueOf(Failures.cause(thrown))));
    }
    return response;
  }

  private static Response answer(Throwable thrown, Locale locale) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof BodyLimit.TooLarge tooLarge) {
        return Problem.response(
            status(413, "Content Too Large"),
            Messages.get(locale, "problem.too-large", tooLarge.limit() / 1024),
            "problem.too-large");
      }
    }
    Throwable e = Failures.cause(thrown);
    if (e instanceof InvalidFieldException invalid) {
      List<Problem.Violation> violations =
          invalid.fields().stream()
              .map(
                  f ->
                      new Problem.Violation(
                          f.name(), Messages.get(locale, f.messageKey(), f.args().toArray())))
              .toList();
      return Problem.response(
          unprocessable(),
          Messages.get(locale, invalid.messageKey()),
          invalid.messageKey(),
          violations);
    }
    if (e instanceof DomainException d) {
      return Problem.response(statusOf(d), Messages.of(d, locale), d.messageKey());
    }
    if (e instanceof ConstraintViolationException cve) {
      List<Problem.Violation> violations =
          cve.getConstraintViolations().stream()
              .map(v -> violation(v, locale))
              .sorted(java.util.Comparator.comparing(Problem.Violation::field))
              .toList();
      return Problem.response(
          unprocessable(),
          Messages.get(locale, "problem.validation"),
          "problem.validation",
          violations);
    }
    if (Failures.isForbidden(e)) {
      return Problem.response(
          Status.FORBIDDEN, Messages.get(locale, "problem.forbidden"), "problem.forbidden");
    }
    if (e instanceof OptimisticLockException) {
      return Problem.response(
          Status.CONFLICT, Messages.get(locale, "problem.concurrent"), "problem.concurrent");
    }
    if (e instanceof JsonbException || e instanceof ProcessingException) {
      return Problem.response(
          Status.BAD_REQUEST, Messages.get(locale, "problem.malformed"), "problem.malformed");
    }
    if (e instanceof WebApplicationException wae) {
      Response.StatusType status = wae.getResponse().getStatusInfo();
      if (status.getStatusCode() == 400) {
        return Problem.response(
            status, Messages.get(locale, "problem.malformed"), "problem.malformed");
      }
      Response problem =
          Problem.response(
              status,
              Messages.get(
                  locale, "problem.http", status.getStatusCode(), status.getReasonPhrase()),
              "problem.http");
      return withAllow(problem, wae.getResponse());
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, thrown);
    return Problem.response(
        Status.INTERNAL_SERVER_ERROR,
        Messages.get(locale, "problem.internal", incident),
        "problem.internal");
  }

  /** A 405 must say which methods the resource has: Jersey's answer names them in {@code Allow}. */
  private static Response withAllow(Response problem, Response original) {
    String allow = original.getHeaderString(HttpHeaders.ALLOW);
    return allow == null
        ? problem
        : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
  }

  /** The answer for each kind of failure: features add kinds of errors, not cases here. */
  private static Response.StatusType statusOf(DomainException d) {
    return switch (d.kind()) {
      case NOT_FOUND -> Status.NOT_FOUND;
      case MALFORMED -> Status.BAD_REQUEST;
      case CONFLICT -> Status.CONFLICT;
      case FORBIDDEN -> Status.FORBIDDEN;
      case STALE -> Status.PRECONDITION_FAILED;
      case INVALID -> unprocessable();
    };
  }

  private static Response.StatusType unprocessable() {
    return status(422, "Unprocessable Content");
  }

  /** A status JAX-RS has no constant for (422, 413 in its current name). */
  private static Response.StatusType status(int code, String reason) {
    return new Response.StatusType() {
      @Override
      public int getStatusCode() {
        return code;
      }

      @Override
      public Status.Family getFamily() {
        return Status.Family.familyOf(code);
      }

      @Override
      public String getReasonPhrase() {
        return reason;
      }
    };
  }

  private static Problem.Violation violation(ConstraintViolation<?> v, Locale locale) {
    String path = v.getPropertyPath().toString();
    String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
    return new Problem.Violation(field, interpolate(v, locale));
  }

  /** The violation's message template, interpolated again in the caller's language. */
  static String interpolate(ConstraintViolation<?> v, Locale locale) {
    try {
      return BeanValidation.INTERPOLATOR.interpolate(
          v.getMessageTemplate(),
          new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
              return v.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
              return v.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
              throw new ValidationException("Cannot unwrap to " + type);
            }
          },
          locale);
    } catch (RuntimeException | LinkageError e) {
      return v.getMessage();
    }
  }

  static Locale locale(HttpHeaders headers) {
    if (headers == null) {
      return Locale.ENGLISH;
    }
    try {
      return Languages.pick(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    } catch (RuntimeException e) {
      return Locale.ENGLISH;
    }
  }

  private static String oneLine(String text) {
    String flat = text.replaceAll("[\\r\\n\\t]+", " ");
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }
}
