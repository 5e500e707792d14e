package id.loket.queue.entity;

import id.loket.shared.InvalidFieldException;
import id.loket.shared.InvalidFieldException.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an agent narrows a queue to; every field is optional (null: no condition). Values are
 * checked here, so that the SQL only ever binds known shapes: a status must be an open one (queues
 * show open work), a priority P1–P4, a channel one of the known ones, codes and user names plain
 * identifiers, the text at most {@link #MAX_TEXT} characters. A bad value is a 422 naming it.
 */
public record QueueFilter(
    String status,
    String priority,
    String type,
    String category,
    String team,
    String assignee,
    String requester,
    String channel,
    String text) {

  public static final int MAX_TEXT = 100;

  public static final QueueFilter NONE =
      new QueueFilter(null, null, null, null, null, null, null, null, null);

  /** The statuses of open work, as the queues' partial indexes define it. */
  public static final Set<String> OPEN_STATUSES =
      Set.of(
          "NEW",
          "ASSIGNED",
          "IN_PROGRESS",
          "WAITING_FOR_REQUESTER",
          "WAITING_FOR_THIRD_PARTY",
          "REOPENED");

  private static final Set<String> PRIORITIES = Set.of("P1", "P2", "P3", "P4");
  private static final Set<String> CHANNELS = Set.of("PORTAL", "PHONE", "API", "EMAIL");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

  /** Builds a filter from raw request values (blank = absent), checking each. */
  public static QueueFilter of(
      String status,
      String priority,
      String type,
      String category,
      String team,
      String assignee,
      String requester,
      String channel,
      String text) {
    List<Field> bad = new ArrayList<>();
    QueueFilter f =
        new QueueFilter(
            oneOf("status", upper(status), OPEN_STATUSES, bad),
            oneOf("priority", upper(priority), PRIORITIES, bad),
            code("type", type, bad),
            code("category", category, bad),
            code("team", team, bad),
            code("assignee", assignee, bad),
            code("requester", requester, bad),
            oneOf("channel", upper(channel), CHANNELS, bad),
            text(text, bad));
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    return f;
  }

  /** Whether no condition is set. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  private static String upper(String v) {
    return blank(v) ? null : v.strip().toUpperCase(Locale.ROOT);
  }

  private static boolean blank(String v) {
    return v == null || v.isBlank();
  }

  private static String oneOf(String field, String v, Set<String> allowed, List<Field> bad) {
    if (v == null) {
      return null;
    }
    if (!allowed.contains(v)) {
      bad.add(new Field(field, "queue.filter." + field + ".invalid", v));
      return null;
    }
    return v;
  }

  private static String code(String field, String v, List<Field> bad) {
    if (blank(v)) {
      return null;
    }
    String s = v.strip();
    if (!CODE.matcher(s).matches()) {
      bad.add(new Field(field, "queue.filter.code.invalid", s));
      return null;
    }
    return s;
  }

  private static String text(String v, List<Field> bad) {
    if (blank(v)) {
      return null;
    }
    String s = v.strip();
    if (s.length() > MAX_TEXT) {
      bad.add(new Field("text", "queue.filter.text.long", MAX_TEXT));
      return null;
    }
    return s;
  }
}
