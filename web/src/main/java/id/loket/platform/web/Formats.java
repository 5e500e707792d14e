package id.loket.platform.web;

import id.loket.platform.LoketConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;

/**
 * Presentation of stored values: instants (stored in UTC) in the reader's time zone (their own
 * choice, else the desk's, {@code loket.display.zone}), and audited values in the reader's
 * language.
 */
@Named
@ApplicationScoped
public class Formats {

  @Inject LoketConfig config;

  @Inject LocaleSelector locale;

  @Inject DisplayPreferences preferences;

  public String instant(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZoneId zone = zone();
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale.getLocale())
            .withZone(zone)
            .format(instant)
        + " "
        + zone.getDisplayName(TextStyle.SHORT, locale.getLocale());
  }

  /** The reader's time zone: their own choice, else the desk's ({@code loket.display.zone}). */
  public ZoneId zone() {
    return preferences.zone().orElseGet(config::displayZone);
  }
}
