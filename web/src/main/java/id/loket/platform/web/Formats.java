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

/**
 * Presentation of stored values: instants (stored in UTC) in the desk's time zone ({@code
 * loket.display.zone}), and audited values in the reader's language.
 */
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

  /** An old or new value of the ticket history, translated where it is a code. */
  public String change(String field, String value) {
    if (value == null) {
      return "";
    }
    String prefix =
        switch (field) {
          case "status" -> "status.";
          case "impact", "urgency" -> "level.";
          case "category" -> "category.";
          case "comment" -> "visibility.";
          default -> null;
        };
    if (prefix == null) {
      return value;
    }
    String text = Messages.get(locale.getLocale(), prefix + value);
    return text.equals(prefix + value) ? value : text;
  }
}
