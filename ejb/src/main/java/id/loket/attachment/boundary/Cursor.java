package id.loket.attachment.boundary;

import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import java.time.Instant;

/**
 * Where the next page of a ticket's attachments (newest first) starts: upload time and id of the
 * last one read, written {@code <epoch-microseconds>.<id>} (the same shape as the other lists).
 */
record Cursor(Instant at, long id) {

  static final Cursor START = new Cursor(Instant.parse("9999-12-31T00:00:00Z"), Long.MAX_VALUE);

  static Cursor parse(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return START;
    }
    int dot = cursor.indexOf('.');
    try {
      long micros = Long.parseLong(cursor.substring(0, dot));
      long id = Long.parseLong(cursor.substring(dot + 1));
      return new Cursor(
          Instant.ofEpochSecond(
              Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L),
          id);
    } catch (RuntimeException e) {
      throw new DomainException(
          Kind.MALFORMED, "page.cursor.invalid", "Not a page cursor: " + cursor, cursor);
    }
  }

  static String of(Instant at, long id) {
    long micros =
        Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L);
    return micros + "." + id;
  }
}
