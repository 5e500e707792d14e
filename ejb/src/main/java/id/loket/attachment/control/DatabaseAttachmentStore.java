package id.loket.attachment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Attachments' bytes in PostgreSQL ({@code attachment_content}, bytea), written in the transaction
 * of their metadata: a ticket and its files commit together or not at all.
 */
@Dependent
public class DatabaseAttachmentStore implements AttachmentStore {

  @PersistenceContext EntityManager em;

  @Override
  public void put(long attachmentId, byte[] content, byte[] thumbnail) {
    if (thumbnail == null) { // a typed NULL: PostgreSQL would not take a NULL varchar as bytea
      em.createNativeQuery(
              "INSERT INTO attachment_content (attachment_id, content) VALUES (?1, ?2)")
          .setParameter(1, attachmentId)
          .setParameter(2, content)
          .executeUpdate();
    } else {
      em.createNativeQuery(
              "INSERT INTO attachment_content (attachment_id, content, thumbnail)"
                  + " VALUES (?1, ?2, ?3)")
          .setParameter(1, attachmentId)
          .setParameter(2, content)
          .setParameter(3, thumbnail)
          .executeUpdate();
    }
  }

  @Override
  public Optional<byte[]> content(long attachmentId) {
    return one("SELECT content FROM attachment_content WHERE attachment_id = ?1", attachmentId);
  }

  @Override
  public Optional<byte[]> thumbnail(long attachmentId) {
    return one(
        "SELECT thumbnail FROM attachment_content WHERE attachment_id = ?1 AND thumbnail IS NOT"
            + " NULL",
        attachmentId);
  }

  private Optional<byte[]> one(String sql, long attachmentId) {
    List<?> rows = em.createNativeQuery(sql).setParameter(1, attachmentId).getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of((byte[]) rows.get(0));
  }
}
