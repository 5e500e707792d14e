package id.loket.messaging.api;

import id.loket.messaging.boundary.DeadLetterView;
import id.loket.messaging.boundary.DeadLetters;
import id.loket.messaging.boundary.MessagingStatus;
import id.loket.platform.web.IfMatch;
import id.loket.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For administrators: how events flow, and the dead letters (open ones newest first, paged by
 * {@code before} = the last id seen). A retry must name the version it was based on ({@code
 * If-Match}, the {@code version} of the list entry).
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MessagingResource {

  @Inject DeadLetters deadLetters;

  @GET
  @Path("messaging")
  public Map<String, Object> messaging() {
    MessagingStatus.Snapshot s = deadLetters.status();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("broker", s.brokerUp() ? "UP" : "DOWN");
    m.put("brokerError", s.brokerError());
    m.put("outboxBacklog", s.backlog());
    m.put("outboxOldestSeconds", s.oldestAge().toSeconds());
    m.put("deadLetters", s.deadLetters());
    m.put("relayError", s.relayError());
    return m;
  }

  @GET
  @Path("dead-letters")
  public Page<DeadLetterView> deadLetters(
      @QueryParam("before") Long before, @QueryParam("limit") @DefaultValue("50") int limit) {
    return deadLetters.open(before, limit);
  }

  @POST
  @Path("dead-letters/{id}/retry")
  public Response retry(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new WebApplicationException(428); // Precondition Required
    }
    Long version = IfMatch.version(ifMatch);
    if (version == null) {
      throw new BadRequestException("If-Match must name a version, e.g. \"0\"");
    }
    DeadLetterView retried = deadLetters.retry(id, version);
    return Response.ok(retried).tag(new EntityTag(Long.toString(retried.version()))).build();
  }
}
