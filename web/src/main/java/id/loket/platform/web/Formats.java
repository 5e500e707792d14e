package id.loket.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Shows instants (stored in UTC) in the desk's time zone, {@code loket.display.zone}. */
@Named
@ApplicationScoped
public class Formats {

  @Inject
  @ConfigProperty(name = "loket.display.zone", defaultValue = "Asia/Jakarta")
  String zone;

  @Inject LocaleSelector locale;

  public String instant(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale.getLocale())
            .withZone(ZoneId.of(zone))
            .format(instant)
        + " "
        + ZoneId.of(zone).getDisplayName(TextStyle.SHORT, locale.getLocale());
  }
}
