package id.loket.platform.web;

import id.loket.shared.DomainException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
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
    Throwable e = Failures.cause(thrown);
    if (e instanceof DomainException d) {
      return Problem.response(statusOf(d), Messages.of(d, locale), d.messageKey());
    }
    if (e instanceof ConstraintViolationException cve) {
      List<Problem.Violation> violations =
          cve.getConstraintViolations().stream()
              .map(ProblemMapper::violation)
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
      return Problem.response(
          status,
          Messages.get(locale, "problem.http", status.getStatusCode(), status.getReasonPhrase()),
          "problem.http");
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, thrown);
    return Problem.response(
        Status.INTERNAL_SERVER_ERROR,
        Messages.get(locale, "problem.internal", incident),
        "problem.internal");
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
    return new Response.StatusType() {
      @Override
      public int getStatusCode() {
        return 422;
      }

      @Override
      public Status.Family getFamily() {
        return Status.Family.CLIENT_ERROR;
      }

      @Override
      public String getReasonPhrase() {
        return "Unprocessable Content";
      }
    };
  }

  private static Problem.Violation violation(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
    return new Problem.Violation(field, v.getMessage());
  }

  static Locale locale(HttpHeaders headers) {
    if (headers != null) {
      for (Locale l : headers.getAcceptableLanguages()) {
        if ("id".equals(l.getLanguage()) || "in".equals(l.getLanguage())) {
          return Locale.forLanguageTag("id");
        }
        if ("en".equals(l.getLanguage())) {
          return Locale.ENGLISH;
        }
      }
    }
    return Locale.ENGLISH;
  }
}
