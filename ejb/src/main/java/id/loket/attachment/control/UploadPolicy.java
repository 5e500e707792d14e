package id.loket.attachment.control;

import id.loket.attachment.entity.Upload;
import id.loket.shared.DomainException;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.InvalidFieldException.Field;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Which files Loket keeps: not empty, not larger than one file may be, of an allowed type (as the
 * bytes say), not more files at once than allowed, and not more bytes on one ticket than allowed.
 * Every refused file is named with its reason, in one answer; then nothing is kept.
 *
 * @param maxFileBytes the largest file
 * @param maxTicketBytes the most all files of a ticket may weigh together
 * @param maxFiles files in one upload
 * @param allowedTypes media types (base types, lower case)
 */
public record UploadPolicy(
    long maxFileBytes, long maxTicketBytes, int maxFiles, Set<String> allowedTypes) {

  public static final String FIELD = "file";
  public static final String KEY_EMPTY = "attachment.empty";
  public static final String KEY_TOO_LARGE = "attachment.too-large";
  public static final String KEY_TYPE = "attachment.type";
  public static final String KEY_TICKET_FULL = "attachment.ticket-full";
  public static final String KEY_TOO_MANY = "attachment.too-many";

  public UploadPolicy {
    allowedTypes = Set.copyOf(allowedTypes);
  }

  /** A file that may be kept: its clean name, detected type and checksum. */
  public record Vetted(String name, String mediaType, byte[] content, String sha256) {
    public long size() {
      return content.length;
    }
  }

  /**
   * @param storedBytes what the ticket's attachments weigh already
   * @return the files to keep, in order
   * @throws InvalidFieldException naming each refused file and why (field {@value #FIELD})
   */
  public List<Vetted> vet(List<Upload> uploads, long storedBytes) {
    if (uploads.size() > maxFiles) {
      throw new InvalidFieldException(FIELD, KEY_TOO_MANY, maxFiles);
    }
    List<Vetted> kept = new ArrayList<>();
    List<Field> refused = new ArrayList<>();
    long total = storedBytes;
    for (Upload upload : uploads) {
      try {
        Vetted v = vet(upload);
        total += v.size();
        if (total > maxTicketBytes) {
          refused.add(new Field(FIELD, KEY_TICKET_FULL, v.name(), mebibytes(maxTicketBytes)));
        } else {
          kept.add(v);
        }
      } catch (InvalidFieldException e) {
        refused.addAll(e.fields());
      }
    }
    if (!refused.isEmpty()) {
      throw new InvalidFieldException(refused);
    }
    return kept;
  }

  /**
   * One file on its own (no ticket limit): what a form checks as soon as a file arrives.
   *
   * @throws InvalidFieldException saying why it is refused
   */
  public Vetted vet(Upload upload) {
    String name = FileNames.clean(upload.name());
    if (upload.size() == 0) {
      throw new InvalidFieldException(FIELD, KEY_EMPTY, name);
    }
    if (upload.size() > maxFileBytes) {
      throw new InvalidFieldException(FIELD, KEY_TOO_LARGE, name, mebibytes(maxFileBytes));
    }
    String type = FileTypes.detect(upload.content(), name);
    if (!allowedTypes.contains(type)) {
      throw new InvalidFieldException(FIELD, KEY_TYPE, name, type);
    }
    return new Vetted(name, type, upload.content(), sha256(upload.content()));
  }

  /** A limit in MiB as shown to people (one decimal where it is not whole). */
  static String mebibytes(long bytes) {
    double mib = bytes / (1024.0 * 1024.0);
    return mib == Math.rint(mib)
        ? Long.toString((long) mib)
        : String.format(java.util.Locale.ROOT, "%.1f", mib);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new DomainException("attachment.internal", "SHA-256 is missing", e);
    }
  }
}
