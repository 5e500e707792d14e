package id.loket.queue.entity;

import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Where the next page of a queue starts: the sort keys and id of the last row read, handed to the
 * caller as an opaque base64url token. A token is only good for the sort it was made with; anything
 * else (a different sort, a damaged token) is a 400, never a wrong page.
 *
 * @param k1 the first key as text: an ISO instant, {@code infinity} (no due instant) or a priority
 * @param k2 the second key (an ISO instant) or {@code null}
 */
public record QueueCursor(QueueSort sort, String k1, String k2, long id) {

  private static final Set<String> PRIORITIES = Set.of("P1", "P2", "P3", "P4");

  /** The cursor after a row with these keys; {@code due} null sorts as {@code infinity}. */
  public static QueueCursor after(
      QueueSort sort, Instant due, String priority, Instant created, Instant updated, long id) {
    return switch (sort) {
      case DUE -> new QueueCursor(sort, due == null ? "infinity" : due.toString(), null, id);
      case PRIORITY -> new QueueCursor(sort, priority, created.toString(), id);
      case AGE -> new QueueCursor(sort, created.toString(), null, id);
      case UPDATED -> new QueueCursor(sort, updated.toString(), null, id);
    };
  }

  public String token() {
    String plain = sort.slug() + "|" + k1 + "|" + (k2 == null ? "" : k2) + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param token a token from {@link #token()}, or null/blank for the first page (answers null)
   * @throws DomainException MALFORMED if it is not a cursor of {@code sort}
   */
  public static QueueCursor parse(String token, QueueSort sort) {
    if (token == null || token.isBlank()) {
      return null;
    }
    try {
      String plain =
          new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
      String[] parts = plain.split("\\|", -1);
      if (parts.length != 4 || !parts[0].equals(sort.slug())) {
        throw new IllegalArgumentException("shape");
      }
      long id = Long.parseLong(parts[3]);
      String k1 = parts[1];
      String k2 = parts[2].isEmpty() ? null : parts[2];
      switch (sort) {
        case DUE -> {
          if (!"infinity".equals(k1)) {
            Instant.parse(k1);
          }
          requireAbsent(k2);
        }
        case PRIORITY -> {
          if (!PRIORITIES.contains(k1)) {
            throw new IllegalArgumentException("priority");
          }
          Instant.parse(k2);
        }
        case AGE, UPDATED -> {
          Instant.parse(k1);
          requireAbsent(k2);
        }
      }
      return new QueueCursor(sort, k1, k2, id);
    } catch (RuntimeException e) {
      throw new DomainException(
          Kind.MALFORMED, "page.cursor.invalid", "Not a queue cursor: " + token, token);
    }
  }

  private static void requireAbsent(String k2) {
    if (k2 != null) {
      throw new IllegalArgumentException("k2");
    }
  }
}
