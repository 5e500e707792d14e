package id.loket.shared;

import id.loket.shared.DomainException.Kind;
import java.time.Instant;

/**
 * The position after which the next page of a newest-first list starts, for features other than
 * tickets (which keep their own): the time and id of the last row read, written as {@code
 * <epoch-microseconds>.<id>} for the caller to pass back. A malformed cursor is a 400.
 */
public record Keyset(Instant at, long id) {

  public static final Keyset START =
      new Keyset(Instant.parse("9999-12-31T00:00:00Z"), Long.MAX_VALUE);

  public static Keyset parse(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return START;
    }
    int dot = cursor.indexOf('.');
    try {
      long micros = Long.parseLong(cursor.substring(0, dot));
      long id = Long.parseLong(cursor.substring(dot + 1));
      return new Keyset(
          Instant.ofEpochSecond(
              Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L),
          id);
    } catch (RuntimeException e) {
      throw new DomainException(
          Kind.MALFORMED, "page.cursor.invalid", "Not a page cursor: " + cursor, cursor);
    }
  }

  public static String of(Instant at, long id) {
    long micros =
        Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L);
    return micros + "." + id;
  }

  @Override
  public String toString() {
    return of(at, id);
  }
}
