package id.loket.queue.entity;

import id.loket.ticket.entity.TicketNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a search box text as a ticket number, the ways people type one: in full ({@code
 * LKT-2026-000123-7}), without the check digit ({@code LKT-2026-000123}, {@code 2026-123}) or as
 * the bare sequence ({@code 123}, looked up in this year and the {@link #YEARS_BACK} before it). A
 * full number with a wrong check digit names no ticket (a typo must not find someone else's).
 */
public final class NumberQuery {

  public static final int YEARS_BACK = 4;

  private static final Pattern WITH_YEAR =
      Pattern.compile("(?i)(?:LKT-)?([1-9][0-9]{3})-0*([1-9][0-9]{0,11})");
  private static final Pattern FULL =
      Pattern.compile("(?i)(?:LKT-)?([1-9][0-9]{3})-([0-9]{1,12})-([0-9])");
  private static final Pattern BARE = Pattern.compile("0*([1-9][0-9]{0,11})");

  private NumberQuery() {}

  /**
   * @return the canonical numbers the text may mean, most likely first; empty if it is no number
   */
  public static List<String> candidates(String text, int currentYear) {
    String q = text == null ? "" : text.strip();
    if (FULL.matcher(q).matches()) {
      String full = q.regionMatches(true, 0, "LKT-", 0, 4) ? q : "LKT-" + q;
      return TicketNumber.isValid(full) ? List.of(TicketNumber.parse(full).value()) : List.of();
    }
    Matcher m = WITH_YEAR.matcher(q);
    if (m.matches()) {
      return List.of(
          TicketNumber.of(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2))).value());
    }
    m = BARE.matcher(q);
    if (m.matches()) {
      long sequence = Long.parseLong(m.group(1));
      List<String> numbers = new ArrayList<>();
      for (int y = currentYear; y >= currentYear - YEARS_BACK; y--) {
        numbers.add(TicketNumber.of(y, sequence).value());
      }
      return numbers;
    }
    return List.of();
  }
}
