package id.loket.mail.control;

import java.util.Locale;
import java.util.Map;

/**
 * Names for the files of a mail: the sender's name without any path or control characters, or
 * "attachment-N" with an extension from the type when the sender gave none.
 */
final class AttachmentNames {

  private static final Map<String, String> EXTENSIONS =
      Map.ofEntries(
          Map.entry("text/plain", ".txt"),
          Map.entry("text/html", ".html"),
          Map.entry("text/csv", ".csv"),
          Map.entry("text/calendar", ".ics"),
          Map.entry("text/rfc822-headers", ".txt"),
          Map.entry("message/delivery-status", ".txt"),
          Map.entry("message/rfc822", ".eml"),
          Map.entry("image/png", ".png"),
          Map.entry("image/jpeg", ".jpg"),
          Map.entry("image/gif", ".gif"),
          Map.entry("image/webp", ".webp"),
          Map.entry("application/pdf", ".pdf"),
          Map.entry("application/zip", ".zip"),
          Map.entry("application/octet-stream", ".bin"));

  private static final Map<String, String> TYPES =
      Map.of(
          "txt", "text/plain",
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "gif", "image/gif",
          "pdf", "application/pdf",
          "zip", "application/zip",
          "csv", "text/csv",
          "html", "text/html");

  private AttachmentNames() {}

  /** "attachment-N.ext" for the N-th file of the mail (1-based). */
  static String fallback(int alreadyCollected, MimeParams type) {
    return "attachment-" + (alreadyCollected + 1) + EXTENSIONS.getOrDefault(type.value(), "");
  }

  /** The last path segment, without control characters; never empty. */
  static String clean(String name) {
    if (name == null) {
      return "attachment";
    }
    String n = name.strip();
    int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    n = n.substring(slash + 1).replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
    if (n.length() > 200) {
      n = n.substring(0, 200);
    }
    return n.isEmpty() || n.equals(".") || n.equals("..") ? "attachment" : n;
  }

  /** A content type guessed from a file name (for uuencoded files, which declare none). */
  static String typeOf(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    if (dot < 0) {
      return "application/octet-stream";
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }
}
