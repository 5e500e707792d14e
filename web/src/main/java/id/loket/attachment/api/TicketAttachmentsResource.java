package id.loket.attachment.api;

import id.loket.attachment.boundary.AttachmentView;
import id.loket.attachment.boundary.Attachments;
import id.loket.attachment.entity.Upload;
import id.loket.platform.LoketConfig;
import id.loket.platform.web.IfMatch;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Page;
import id.loket.ticket.boundary.NewComment;
import id.loket.ticket.entity.Visibility;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A ticket's attachments over HTTP: listed newest first, page by page, and uploaded as {@code
 * multipart/form-data} with one or several {@code file} parts. With a {@code body} part (and
 * optionally {@code visibility}) the files come with a new comment, stored together with it. The
 * type of each file is decided from its bytes; the declared one is ignored.
 */
@Path("tickets/{number}/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attachments")
public class TicketAttachmentsResource {

  static final String FILE = "file";

  @Inject Attachments attachments;
  @Inject LoketConfig config;

  @GET
  @Operation(
      operationId = "listAttachments",
      summary = "One page of a ticket's attachments, newest first")
  @APIResponse(
      responseCode = "200",
      description = "The page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "AttachmentPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Page<AttachmentView> list(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @QueryParam("before") @Parameter(description = "The cursor (next) of the previous page")
          String before,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(
              description = "At most this many entries (clamped to 1-200)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    return attachments.list(number, before, limit);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      operationId = "uploadAttachments",
      summary = "Attaches files to a ticket, or to a new comment on it")
  @APIResponse(
      responseCode = "201",
      description = "The stored attachments, in the order sent",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "AttachmentList")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response upload(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(
              description =
                  "The version the upload is based on, e.g. \"7\"; a stale one is answered 412")
          String ifMatch,
      @RequestBody(
              required = true,
              description = "The files (one or several file parts), and optionally a comment",
              content =
                  @Content(
                      mediaType = MediaType.MULTIPART_FORM_DATA,
                      schema = @Schema(ref = "AttachmentUpload")))
          List<EntityPart> parts) {
    List<Upload> files = new ArrayList<>();
    String body = null;
    Visibility visibility = Visibility.PUBLIC;
    for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
      switch (part.getName()) {
        case FILE -> files.add(read(part));
        case "body" -> body = text(part);
        case "visibility" -> visibility = visibility(text(part));
        default -> {
          // other parts are not Loket's: ignored
        }
      }
    }
    Long version = IfMatch.version(ifMatch);
    List<AttachmentView> stored =
        body == null
            ? attachments.add(number, version, files)
            : attachments
                .commentWith(number, new NewComment(body, visibility), version, files)
                .attachments();
    return Response.status(Response.Status.CREATED).entity(stored).build();
  }

  /** A file part, read up to one byte more than a file may have (enough to refuse it). */
  private Upload read(EntityPart part) {
    try (InputStream in = part.getContent()) {
      byte[] bytes =
          in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.attachmentMaxFileBytes() + 1));
      return new Upload(
          part.getFileName().map(TicketAttachmentsResource::utf8).orElse(null), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A file name as browsers and HTTP clients send it in a part's header: UTF-8 bytes, which the
   * multipart reader decodes as ISO-8859-1. Read again as UTF-8 where that is what they are.
   */
  static String utf8(String name) {
    boolean latin1 = name.chars().allMatch(c -> c < 0x100);
    boolean high = name.chars().anyMatch(c -> c >= 0x80);
    if (!latin1 || !high) {
      return name;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException e) {
      return name; // really Latin-1
    }
  }

  private static String text(EntityPart part) {
    try (InputStream in = part.getContent()) {
      return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Visibility visibility(String value) {
    try {
      return Visibility.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("visibility", "field.json.enum", "PUBLIC, INTERNAL");
    }
  }
}
