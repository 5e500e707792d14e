package id.loket.report.web.pdf;

import id.loket.platform.web.Messages;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The words and numbers of a report PDF in the reader's language: texts from the message bundle
 * (keys {@code report.pdf.*}), numbers, dates and instants (in the desk's zone) written as that
 * language writes them. A missing figure (no data) is a dash.
 */
public final class PdfTexts {

  static final String NONE = "\u2014";

  private final Locale locale;
  private final ZoneId zone;
  private final DateTimeFormatter dates;
  private final DateTimeFormatter instants;

  public PdfTexts(Locale locale, ZoneId zone) {
    this.locale = locale;
    this.zone = zone;
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    this.instants =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone);
  }

  public Locale locale() {
    return locale;
  }

  public ZoneId zone() {
    return zone;
  }

  /** {@code report.pdf.<key>}, formatted with {@code args}. */
  public String text(String key, Object... args) {
    return Messages.get(locale, "report.pdf." + key, args);
  }

  /** A text of another feature's keys (statuses, channels), or the raw value if it has none. */
  public String label(String prefix, String value) {
    if (value == null) {
      return NONE;
    }
    String text = Messages.get(locale, prefix + value);
    return text.equals(prefix + value) ? value : text;
  }

  public String count(long n) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  /** A percentage with one decimal ({@code 87.5 %}), or a dash. */
  public String percent(Double value) {
    return value == null ? NONE : decimal(value) + " %";
  }

  /** A number with at most one decimal, or a dash. */
  public String decimal(Double value) {
    if (value == null) {
      return NONE;
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    format.setMinimumFractionDigits(0);
    return format.format(value);
  }

  /** A duration in seconds as hours and minutes ({@code 3 h 05 min}), or a dash. */
  public String duration(Double seconds) {
    if (seconds == null) {
      return NONE;
    }
    long minutes = Math.round(seconds / 60);
    return text("duration", minutes / 60, String.format(Locale.ROOT, "%02d", minutes % 60));
  }

  public String date(LocalDate date) {
    return date == null ? NONE : dates.format(date);
  }

  public String instant(Instant instant) {
    return instant == null ? NONE : instants.format(instant);
  }

  /** A short day label for chart axes ({@code 31/03}). */
  public String shortDate(LocalDate date) {
    return DateTimeFormatter.ofPattern("dd/MM", locale).format(date);
  }

  /** A value as it is, or a dash. */
  public String orNone(String value) {
    return value == null || value.isBlank() ? NONE : value;
  }
}
