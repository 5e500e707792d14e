package id.loket.platform.web;

import id.loket.shared.DomainException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up user-facing texts in the {@code id.loket.i18n.messages} bundle (English, Indonesian).
 */
public final class Messages {

  public static final String BUNDLE = "id.loket.i18n.messages";

  private Messages() {}

  public static String get(Locale locale, String key, Object... args) {
    try {
      String pattern =
          ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The domain exception's message in the user's language, or its English default. */
  public static String of(DomainException e, Locale locale) {
    String text = get(locale, e.messageKey(), e.args());
    return text.equals(e.messageKey()) ? e.getMessage() : text;
  }
}
