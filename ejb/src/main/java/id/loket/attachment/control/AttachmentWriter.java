package id.loket.attachment.control;

import id.loket.attachment.control.UploadPolicy.Vetted;
import id.loket.attachment.entity.Attachment;
import id.loket.attachment.entity.MediaKind;
import id.loket.platform.LoketConfig;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps vetted files of a ticket (and of one of its comments): the metadata row, then the bytes and
 * an image's thumbnail, in the caller's transaction. Also the one place that knows a ticket's
 * upload limits and how to hold a ticket while its files are counted.
 */
@Dependent
public class AttachmentWriter {

  @PersistenceContext EntityManager em;
  @Inject LoketConfig config;
  @Inject AttachmentStore store;

  public List<Attachment> store(
      long ticketId, Long commentId, boolean internal, List<Vetted> files, String by, Instant now) {
    List<Attachment> stored = new ArrayList<>();
    for (Vetted f : files) {
      byte[] thumbnail =
          MediaKind.of(f.mediaType()) == MediaKind.IMAGE
              ? Thumbnails.of(f.content()).orElse(null)
              : null;
      Attachment a =
          new Attachment(
              ticketId,
              commentId,
              internal,
              f.name(),
              f.mediaType(),
              f.size(),
              f.sha256(),
              thumbnail != null,
              by,
              now);
      em.persist(a);
      em.flush(); // the metadata row first: the content refers to it
      store.put(a.getId(), f.content(), thumbnail);
      stored.add(a);
    }
    return stored;
  }

  /** One upload at a time per ticket, so that two cannot both squeeze under the ticket limit. */
  public void lock(long ticketId) {
    em.createNativeQuery("SELECT id FROM ticket WHERE id = ?1 FOR UPDATE")
        .setParameter(1, ticketId)
        .getResultList();
  }

  /** What the ticket's files weigh together. */
  public long storedBytes(long ticketId) {
    Object sum = // SUM of a long: Long or BigDecimal, depending on the database
        em.createQuery("SELECT SUM(a.size) FROM Attachment a WHERE a.ticketId = :ticket")
            .setParameter("ticket", ticketId)
            .getSingleResult();
    return sum == null ? 0 : ((Number) sum).longValue();
  }

  /** The limits of the configuration. */
  public UploadPolicy policy() {
    return new UploadPolicy(
        config.attachmentMaxFileBytes(),
        config.attachmentMaxTicketBytes(),
        config.attachmentMaxFilesPerUpload(),
        config.attachmentAllowedTypes());
  }
}
