package id.loket.platform.web;

import id.loket.platform.LoketConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;

/**
 * Presentation of stored values: instants (stored in UTC) in the desk's time zone ({@code
 * loket.display.zone}), and audited values in the reader's language.
 */
@Named
@ApplicationScoped
public class Formats {

  @Inject LoketConfig config;

  @Inject LocaleSelector locale;

  public String instant(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale.getLocale())
            .withZone(config.displayZone())
            .format(instant)
        + " "
        + config.displayZone().getDisplayName(TextStyle.SHORT, locale.getLocale());
  }
}
