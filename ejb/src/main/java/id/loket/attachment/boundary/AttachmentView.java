package id.loket.attachment.boundary;

import id.loket.attachment.entity.Attachment;
import id.loket.attachment.entity.MediaKind;
import java.io.Serializable;
import java.time.Instant;

/**
 * An attachment as callers see it, without its bytes: they are at {@code /api/attachments/{id}}
 * (and the preview of a picture at {@code /api/attachments/{id}/thumbnail}).
 *
 * @param commentId the comment it came with; {@code null} if it was attached to the ticket itself
 * @param kind IMAGE, VIDEO or FILE: how a page shows it
 */
public record AttachmentView(
    long id,
    Long commentId,
    String name,
    String mediaType,
    long size,
    String sha256,
    String kind,
    boolean thumbnail,
    String uploadedBy,
    Instant uploadedAt)
    implements Serializable {

  static AttachmentView of(Attachment a) {
    return new AttachmentView(
        a.getId(),
        a.getCommentId(),
        a.getName(),
        a.getMediaType(),
        a.getSize(),
        a.getSha256(),
        MediaKind.of(a.getMediaType()).name(),
        a.hasThumbnail(),
        a.getUploadedBy(),
        a.getUploadedAt());
  }
}
