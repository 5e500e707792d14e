package id.loket.attachment.boundary;

import id.loket.attachment.control.AttachmentWriter;
import id.loket.attachment.control.UploadPolicy;
import id.loket.attachment.control.UploadPolicy.Vetted;
import id.loket.attachment.entity.Upload;
import id.loket.shared.InvalidFieldException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Files that came with a ticket or a reply through a channel where no one is signed in (a mail that
 * reached the desk), kept with the same checks as uploads: each file on its own, so that one
 * refused file (wrong type, too large, the ticket full) does not cost the others. The channel has
 * decided whose mail may touch the ticket; local callers only.
 */
@Stateless
@PermitAll
public class IntakeFiles {

  @Inject AttachmentWriter writer;
  @Inject Clock clock;

  /** What was kept and why the rest was not (e.g. {@code "virus.exe: attachment.type"}). */
  public record Kept(List<AttachmentView> kept, List<String> refused) {}

  public Kept keep(long ticketId, Long commentId, String by, List<Upload> uploads) {
    if (uploads.isEmpty()) {
      return new Kept(List.of(), List.of());
    }
    writer.lock(ticketId);
    UploadPolicy policy = writer.policy();
    long total = writer.storedBytes(ticketId);
    List<Vetted> files = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (Upload upload : uploads) {
      try {
        Vetted v = policy.vet(upload);
        if (total + v.size() > policy.maxTicketBytes()) {
          refused.add(v.name() + ": " + UploadPolicy.KEY_TICKET_FULL);
          continue;
        }
        total += v.size();
        files.add(v);
      } catch (InvalidFieldException e) {
        refused.add(
            upload.name()
                + ": "
                + e.fields().stream()
                    .map(InvalidFieldException.Field::messageKey)
                    .findFirst()
                    .orElse("?"));
      }
    }
    List<AttachmentView> kept =
        writer.store(ticketId, commentId, false, files, by, clock.instant()).stream()
            .map(AttachmentView::of)
            .toList();
    return new Kept(kept, refused);
  }
}
