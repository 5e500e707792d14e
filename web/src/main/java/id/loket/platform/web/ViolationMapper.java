package id.loket.platform.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Invalid input (Bean Validation) → 422 problem+json naming each bad field. */
@Provider
public class ViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    return ProblemMapper.problemFor(e, ProblemMapper.locale(headers));
  }
}
