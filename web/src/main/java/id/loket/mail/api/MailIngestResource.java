package id.loket.mail.api;

import id.loket.mail.boundary.InboundMails;
import id.loket.mail.boundary.InboundView;
import id.loket.mail.boundary.MailIntake;
import id.loket.mail.control.MailAttachment;
import id.loket.mail.control.ParsedMail;
import id.loket.shared.Json;
import id.loket.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The administrators' side of the desk's inbound mail: replay one raw message as if it had arrived
 * (to see what a problem mail does, or to take in one that was fixed), and the list of every
 * message received with what became of it. Decided in {@link InboundMails} (ADMIN).
 */
@Path("admin/mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbound mail (administrators)")
public class MailIngestResource {

  public static final String RFC822 = "message/rfc822";

  @Inject InboundMails mails;

  @POST
  @Path("ingest")
  @Consumes(RFC822)
  @Operation(
      operationId = "ingestMail",
      summary = "Takes one raw RFC 5322 message as if it had reached the desk's mailbox")
  @APIResponse(
      responseCode = "200",
      description =
          "What became of it (a malformed message is quarantined with a reason, never an error)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "MailIngestResult")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public JsonObject ingest(
      @QueryParam("dryRun")
          @DefaultValue("false")
          @Parameter(description = "Parse and decide only; store nothing")
          boolean dryRun,
      @RequestBody(
              required = true,
              content = @Content(mediaType = RFC822, schema = @Schema(ref = "RawMail")))
          byte[] raw) {
    MailIntake.Result r = mails.ingest(raw == null ? new byte[0] : raw, dryRun);
    return answer(r, dryRun);
  }

  @GET
  @Path("inbound")
  @Operation(
      operationId = "listInboundMail",
      summary = "Every message received, newest first, optionally of one outcome")
  @APIResponse(
      responseCode = "200",
      description = "The page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "InboundMailPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Page<InboundView> inbound(
      @QueryParam("outcome")
          @Parameter(
              description = "Only this outcome, e.g. quarantined",
              schema = @Schema(ref = "MailOutcome"))
          String outcome,
      @QueryParam("before") @Parameter(description = "The cursor (next) of the previous page")
          String before,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(
              description = "At most this many (clamped to 1-100)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    return mails.all(outcome, before, limit);
  }

  static JsonObject answer(MailIntake.Result r, boolean dryRun) {
    JsonObjectBuilder o = Json.createObjectBuilder().add("outcome", r.outcome());
    nullable(o, "ticket", r.ticket());
    nullable(o, "reason", r.reason());
    o.add("duplicate", r.duplicate()).add("dryRun", dryRun);
    if (r.mailId() == null) {
      o.addNull("mail");
    } else {
      o.add("mail", r.mailId());
    }
    ParsedMail m = r.mail();
    nullable(o, "from", m == null ? null : m.fromAddress());
    nullable(o, "subject", m == null ? null : m.subject());
    nullable(o, "textSnippet", m == null ? null : m.textSnippet());
    nullable(o, "messageId", m == null ? null : m.messageId());
    nullable(o, "inReplyTo", m == null || m.inReplyTo().isEmpty() ? null : m.inReplyTo().get(0));
    JsonArrayBuilder files = Json.createArrayBuilder();
    if (m != null) {
      for (MailAttachment a : m.attachments()) {
        files.add(
            Json.createObjectBuilder()
                .add("name", a.fileName())
                .add("contentType", a.contentType())
                .add("size", a.size())
                .add("inline", a.inline()));
      }
    }
    o.add("attachments", files);
    JsonArrayBuilder refused = Json.createArrayBuilder();
    r.refused().forEach(refused::add);
    o.add("refused", refused);
    JsonArrayBuilder warnings = Json.createArrayBuilder();
    if (m != null) {
      m.warnings().forEach(warnings::add);
    }
    o.add("warnings", warnings);
    return o.build();
  }

  private static void nullable(JsonObjectBuilder o, String key, String value) {
    if (value == null) {
      o.addNull(key);
    } else {
      o.add(key, value);
    }
  }
}
