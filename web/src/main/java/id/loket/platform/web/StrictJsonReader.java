package id.loket.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Set;

/**
 * Reads the API's JSON request bodies with {@link StrictJson} instead of JSON-B, and validates them
 * (Bean Validation) right here at the edge.
 *
 * <p>An interceptor rather than a {@code MessageBodyReader}: Jersey ranks readers by declared type
 * and media type before it looks at who registered them, so a reader of {@code Object} for {@code
 * application/json} does not reliably win over Jersey's own JSON-B reader (measured: it lost). An
 * interceptor that answers without calling {@code proceed()} is always asked first.
 *
 * <p>Validating here, before the EJB is called, keeps an invalid request an ordinary 422: the EJB
 * container's own method validation throws a {@code ConstraintViolationException}, which is not an
 * application exception, so the container would log every invalid request as a system exception
 * with its whole stack (~13 KB each).
 */
@Provider
public class StrictJsonReader implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null
        || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        || !StrictJson.canRead(context.getType())) {
      return context.proceed();
    }
    Object body = StrictJson.read(context.getInputStream(), context.getType());
    Set<ConstraintViolation<Object>> violations = BeanValidation.VALIDATOR.validate(body);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return body;
  }
}
