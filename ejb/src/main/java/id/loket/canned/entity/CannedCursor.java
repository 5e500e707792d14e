package id.loket.canned.entity;

import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the next page of a list by title starts: the title and id of the last row read, passed to
 * callers as an opaque base64url text. A malformed cursor is a 400.
 */
public record CannedCursor(String title, long id) {

  public static final CannedCursor START = new CannedCursor("", 0);

  public static CannedCursor parse(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return START;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int colon = text.indexOf(':');
      long id = Long.parseLong(text.substring(0, colon));
      if (id <= 0) {
        throw new IllegalArgumentException("id");
      }
      return new CannedCursor(text.substring(colon + 1), id);
    } catch (RuntimeException e) {
      throw new DomainException(
          Kind.MALFORMED, "page.cursor.invalid", "Not a page cursor: " + cursor, cursor);
    }
  }

  @Override
  public String toString() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((id + ":" + title).getBytes(StandardCharsets.UTF_8));
  }
}
