package id.loket.canned.entity;

import id.loket.shared.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of a canned response's body and how they are filled. A placeholder is a dotted
 * name in braces, {@code {ticket.number}}; anything else in braces ({@code {}}, {@code { x }},
 * {@code {"json": 1}}, {@code {word}}) is plain text and stays as written, so that bodies may quote
 * code or JSON. A dotted name that Loket does not know, or one whose closing brace is missing, is
 * refused when the response is saved — a typo would otherwise reach the requester unfilled.
 */
public final class Placeholders {

  public static final String REQUESTER_NAME = "requester.name";
  public static final String TICKET_NUMBER = "ticket.number";
  public static final String TICKET_TITLE = "ticket.title";
  public static final String AGENT_NAME = "agent.name";
  public static final String TEAM_NAME = "team.name";

  /** Every placeholder Loket fills, in the order the editor lists them. */
  public static final Set<String> KNOWN =
      Set.of(REQUESTER_NAME, TICKET_NUMBER, TICKET_TITLE, AGENT_NAME, TEAM_NAME);

  /** A dotted name directly after an opening brace; group 2 is the closing brace, if any. */
  private static final Pattern CANDIDATE =
      Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)(\\})?");

  private Placeholders() {}

  /** The list for editors, in a fixed order. */
  public static List<String> names() {
    return List.of(REQUESTER_NAME, TICKET_NUMBER, TICKET_TITLE, AGENT_NAME, TEAM_NAME);
  }

  /**
   * Refuses a body with an unknown or unclosed placeholder (422 on {@code body}, naming the first).
   */
  public static void check(String body) {
    Matcher m = CANDIDATE.matcher(body);
    while (m.find()) {
      if (m.group(2) == null) {
        throw new InvalidFieldException("body", "canned.placeholder.malformed", "{" + m.group(1));
      }
      if (!KNOWN.contains(m.group(1))) {
        throw new InvalidFieldException(
            "body", "canned.placeholder.unknown", "{" + m.group(1) + "}");
      }
    }
  }

  /**
   * The body with each known placeholder replaced by its value ({@code ""} when {@code values} has
   * none, e.g. a ticket in no team); everything else as written.
   */
  public static String render(String body, Map<String, String> values) {
    Matcher m = CANDIDATE.matcher(body);
    StringBuilder out = new StringBuilder(body.length() + 64);
    int from = 0;
    while (m.find()) {
      if (m.group(2) != null && KNOWN.contains(m.group(1))) {
        out.append(body, from, m.start());
        String value = values.get(m.group(1));
        out.append(value == null ? "" : value);
        from = m.end();
      }
    }
    return out.append(body, from, body.length()).toString();
  }

  /** The known placeholders a body uses, in order of first use. */
  public static List<String> used(String body) {
    List<String> used = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(body);
    while (m.find()) {
      if (m.group(2) != null && KNOWN.contains(m.group(1)) && !used.contains(m.group(1))) {
        used.add(m.group(1));
      }
    }
    return used;
  }
}
