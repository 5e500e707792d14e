package id.loket.mail.api;

import id.loket.mail.boundary.InboundMails;
import id.loket.mail.boundary.InboundView;
import id.loket.platform.web.IfMatch;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mail for service-desk staff: the review queue (mail that named a ticket but came from someone who
 * may not add to it), one message with its raw source, and the decision on a message in review
 * (append to a ticket, new ticket, discard), based on the version read. Decided in {@link
 * InboundMails} (staff only).
 */
@Path("mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbound mail (service desk)")
public class MailReviewResource {

  @Inject InboundMails mails;

  @GET
  @Path("review")
  @Operation(operationId = "listMailReview", summary = "Messages waiting for review, newest first")
  @APIResponse(
      responseCode = "200",
      description = "The page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "InboundMailPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public Page<InboundView> review(
      @QueryParam("before") @Parameter(description = "The cursor (next) of the previous page")
          String before,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(
              description = "At most this many (clamped to 1-100)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    return mails.review(before, limit);
  }

  @GET
  @Path("inbound/{id}")
  @Operation(operationId = "getInboundMail", summary = "One received message, its version as ETag")
  @APIResponse(
      responseCode = "200",
      description = "The message",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InboundMail")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(
      @PathParam("id")
          @Parameter(
              required = true,
              description = "The message's id",
              schema = @Schema(ref = "Id"))
          long id) {
    InboundView m = mails.get(id);
    return Response.ok(m).tag(IfMatch.tag(m.version())).build();
  }

  @GET
  @Path("inbound/{id}/raw")
  @Produces(MailIngestResource.RFC822)
  @Operation(
      operationId = "getInboundMailSource",
      summary = "The raw source of a received message, as it arrived (cut at the stored size)")
  @APIResponse(
      responseCode = "200",
      description = "The source",
      content = @Content(mediaType = MailIngestResource.RFC822, schema = @Schema(ref = "RawMail")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response raw(
      @PathParam("id")
          @Parameter(
              required = true,
              description = "The message's id",
              schema = @Schema(ref = "Id"))
          long id) {
    InboundMails.RawSource source = mails.raw(id);
    return Response.ok(source.content(), MailIngestResource.RFC822)
        .header("Content-Disposition", "attachment; filename=\"" + source.fileName() + "\"")
        .header("X-Loket-Raw-Truncated", String.valueOf(source.truncated()))
        .build();
  }

  @POST
  @Path("inbound/{id}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "decideMailReview",
      summary =
          "Decides a message in review: append it to a ticket, open a new ticket, or discard it")
  @APIResponse(
      responseCode = "200",
      description = "The message, decided",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InboundMail")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response decide(
      @PathParam("id")
          @Parameter(
              required = true,
              description = "The message's id",
              schema = @Schema(ref = "Id"))
          long id,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(
              required = true,
              description = "The version the decision is based on, e.g. \"1\"; required (428)")
          String ifMatch,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "MailReviewDecision")))
          JsonObject body) {
    long version = IfMatch.required(ifMatch);
    InboundMails.Action action = action(body);
    String ticket =
        body != null && body.get("ticket") instanceof JsonString s ? s.getString() : null;
    InboundView m = mails.decide(id, version, action, ticket);
    return Response.ok(m).tag(IfMatch.tag(m.version())).build();
  }

  private static InboundMails.Action action(JsonObject body) {
    String value =
        body != null && body.get("action") instanceof JsonString s ? s.getString() : null;
    try {
      return InboundMails.Action.valueOf(value == null ? "" : value); // as written, like every enum
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("action", "mail.review.action", String.valueOf(value));
    }
  }
}
