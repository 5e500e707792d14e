package id.loket.report.api;

import id.loket.report.entity.ReportFilter;
import id.loket.shared.DomainException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * The common parameters of every report, as a client writes them (the API's query parameters, the
 * PDF's): {@code from} and {@code to} as ISO dates ({@code 2026-03-31}), and the equality filters
 * {@code team}, {@code agent}, {@code category}, {@code requestType}, {@code priority}, {@code
 * channel}. A date that is not one is malformed (400); a missing date takes the default window's;
 * the filter is then validated (a reversed or too long window, an unknown priority or channel:
 * 422).
 */
public record ReportQuery(
    String from,
    String to,
    String team,
    String agent,
    String category,
    String requestType,
    String priority,
    String channel) {

  /** The message of a parameter that is not an ISO date: {0} its name, {1} what was sent. */
  public static final String BAD_DATE = "report.pdf.param.date";

  /** Reads the parameters by name (e.g. {@code request::getParameter}). */
  public static ReportQuery of(UnaryOperator<String> parameter) {
    return new ReportQuery(
        parameter.apply("from"),
        parameter.apply("to"),
        parameter.apply("team"),
        parameter.apply("agent"),
        parameter.apply("category"),
        parameter.apply("requestType"),
        parameter.apply("priority"),
        parameter.apply("channel"));
  }

  /** The filter these parameters ask for, the window's missing ends taken from {@code defaults}. */
  public ReportFilter filter(ReportFilter defaults) {
    LocalDate first = date("from", from);
    LocalDate last = date("to", to);
    return new ReportFilter(
            first == null ? defaults.from() : first,
            last == null ? defaults.to() : last,
            team,
            agent,
            category,
            requestType,
            priority,
            channel)
        .validated();
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new DomainException(
          DomainException.Kind.MALFORMED,
          BAD_DATE,
          name + " must be a date written YYYY-MM-DD, not \"" + value + "\"",
          name,
          value.length() > 40 ? value.substring(0, 40) + "…" : value);
    }
  }
}
