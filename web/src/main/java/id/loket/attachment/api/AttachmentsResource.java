package id.loket.attachment.api;

import id.loket.attachment.boundary.Attachments;
import id.loket.attachment.boundary.Download;
import id.loket.attachment.control.FileNames;
import id.loket.attachment.web.AttachmentServlet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The bytes of an attachment and the preview of a picture, for whoever may see the ticket (and, for
 * attachments of internal notes, staff only); 404 for anyone else. Served so that nothing in them
 * can run in Loket's origin: the detected type with {@code nosniff}, {@code attachment} for
 * anything but pictures and videos, and a sandboxing policy that allows nothing.
 */
@Path("attachments/{id}")
@RequestScoped
@Tag(name = "Attachment files")
public class AttachmentsResource {

  @Inject Attachments attachments;

  @GET
  @Produces(MediaType.WILDCARD)
  @Operation(
      operationId = "downloadAttachment",
      summary = "The content of an attachment, with the type detected when it was uploaded")
  @APIResponse(
      responseCode = "200",
      description =
          "The file (the types listed are the default allowed ones,"
              + " loket.attachments.allowed-types)",
      content = {
        @Content(mediaType = "image/png", schema = @Schema(ref = "AttachmentContent")),
        @Content(mediaType = "image/jpeg", schema = @Schema(ref = "AttachmentContent")),
        @Content(mediaType = "image/gif", schema = @Schema(ref = "AttachmentContent")),
        @Content(mediaType = "image/webp", schema = @Schema(ref = "AttachmentContent")),
        @Content(mediaType = "video/mp4", schema = @Schema(ref = "AttachmentContent")),
        @Content(mediaType = "video/webm", schema = @Schema(ref = "AttachmentContent")),
        @Content(mediaType = "application/pdf", schema = @Schema(ref = "AttachmentContent")),
        @Content(mediaType = "text/plain", schema = @Schema(ref = "AttachmentContent")),
        @Content(mediaType = "text/csv", schema = @Schema(ref = "AttachmentContent")),
        @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            schema = @Schema(ref = "AttachmentContent")),
        @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(ref = "AttachmentContent")),
        @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            schema = @Schema(ref = "AttachmentContent")),
        @Content(
            mediaType = "application/vnd.oasis.opendocument.text",
            schema = @Schema(ref = "AttachmentContent")),
        @Content(
            mediaType = "application/vnd.oasis.opendocument.spreadsheet",
            schema = @Schema(ref = "AttachmentContent"))
      })
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response content(
      @PathParam("id")
          @Parameter(
              required = true,
              description = "The attachment id",
              schema = @Schema(ref = "Id"))
          long id) {
    return serve(attachments.content(id));
  }

  @GET
  @Path("thumbnail")
  @Produces("image/png")
  @Operation(operationId = "attachmentThumbnail", summary = "The PNG preview of a picture")
  @APIResponse(
      responseCode = "200",
      description = "A PNG of at most 240 pixels a side",
      content = @Content(mediaType = "image/png", schema = @Schema(ref = "AttachmentContent")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response thumbnail(
      @PathParam("id")
          @Parameter(
              required = true,
              description = "The attachment id",
              schema = @Schema(ref = "Id"))
          long id) {
    return serve(attachments.thumbnail(id));
  }

  static Response serve(Download file) {
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", FileNames.contentDisposition(file.name(), file.inline()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .header("Content-Security-Policy", AttachmentServlet.POLICY)
        .header("Content-Length", file.content().length)
        .build();
  }
}
