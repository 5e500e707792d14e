package id.loket.catalog.entity;

import java.util.Locale;

/** A text of the catalog in both of Loket's languages (English, Bahasa Indonesia). */
public record Localized(String en, String id) {

  public Localized {
    en = en == null ? "" : en.strip();
    id = id == null ? "" : id.strip();
  }

  /** The text in {@code locale}'s language; the other one when it is empty. */
  public String in(Locale locale) {
    boolean indonesian = locale != null && "id".equals(locale.getLanguage());
    String text = indonesian ? id : en;
    return text.isEmpty() ? (indonesian ? en : id) : text;
  }

  public boolean isBlank() {
    return en.isEmpty() && id.isEmpty();
  }
}
