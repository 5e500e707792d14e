package id.loket.platform.web;

import java.util.Locale;

/**
 * Picks the language of an answer from a raw {@code Accept-Language} header: Indonesian or English,
 * English when the header says neither — or says anything that cannot be parsed. The header is read
 * here, defensively, rather than through {@code HttpHeaders.getAcceptableLanguages()}, which throws
 * on a malformed header ({@code en;q=abc}); an error answer must never fail because of it.
 */
public final class Languages {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** Longer headers are not parsed (no browser sends one; parsing costs). */
  static final int MAX_HEADER = 1024;

  private Languages() {}

  public static Locale pick(String acceptLanguage) {
    if (acceptLanguage == null
        || acceptLanguage.isBlank()
        || acceptLanguage.length() > MAX_HEADER) {
      return Locale.ENGLISH;
    }
    try {
      // Sorted by weight, highest first; weight 0 means "not this one".
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        if (range.getWeight() <= 0) {
          continue;
        }
        String primary = range.getRange().toLowerCase(Locale.ROOT).split("-", 2)[0];
        if ("id".equals(primary) || "in".equals(primary)) {
          return INDONESIAN;
        }
        if ("en".equals(primary)) {
          return Locale.ENGLISH;
        }
      }
    } catch (RuntimeException malformed) {
      // falls back to English
    }
    return Locale.ENGLISH;
  }
}
