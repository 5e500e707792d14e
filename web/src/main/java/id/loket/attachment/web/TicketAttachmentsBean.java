package id.loket.attachment.web;

import id.loket.attachment.boundary.AttachmentView;
import id.loket.attachment.boundary.Attachments;
import id.loket.platform.web.LocaleSelector;
import id.loket.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;

/**
 * The attachments of the ticket a page shows, read once per request and version of the ticket (a
 * comment sent in this request makes a new version, so the page shows its files at once): those of
 * the ticket itself, and those of each comment.
 */
@Named
@RequestScoped
public class TicketAttachmentsBean {

  static final int MAX = Attachments.MAX_PAGE;

  @Inject Attachments attachments;
  @Inject LocaleSelector locale;

  private String loadedFor;
  private List<AttachmentView> all = List.of();

  private List<AttachmentView> all(String number, long version) {
    String key = number + "@" + version;
    if (!key.equals(loadedFor)) {
      all = attachments.list(number, null, MAX).items();
      loadedFor = key;
    }
    return all;
  }

  /** The files attached to the ticket itself (with it, or later through the API). */
  public List<AttachmentView> forTicket(String number, long version) {
    return all(number, version).stream().filter(a -> a.commentId() == null).toList();
  }

  /** The files that came with one comment. */
  public List<AttachmentView> forComment(String number, long version, long commentId) {
    return all(number, version).stream()
        .filter(a -> Objects.equals(a.commentId(), commentId))
        .toList();
  }

  /** A size as people read it: 930 B, 12.4 KB, 3.1 MB (binary units). */
  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    double kib = bytes / 1024.0;
    if (kib < 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KB", kib);
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", kib / 1024);
  }

  /** A message with one argument (a file name), in the user's language. */
  public String text(String key, String name) {
    return Messages.get(locale.getLocale(), key, name);
  }

  public String humanSize(long bytes) {
    return size(bytes);
  }
}
