package id.loket.attachment.control;

import java.util.Optional;

/**
 * Where the bytes of attachments (and their thumbnails) are kept, apart from their metadata. The
 * database is the one store today ({@link DatabaseAttachmentStore}); a file or object store can
 * take its place behind this interface. Writes join the caller's transaction where the store can.
 */
public interface AttachmentStore {

  /**
   * @param thumbnail a PNG preview, or {@code null}
   */
  void put(long attachmentId, byte[] content, byte[] thumbnail);

  Optional<byte[]> content(long attachmentId);

  Optional<byte[]> thumbnail(long attachmentId);
}
