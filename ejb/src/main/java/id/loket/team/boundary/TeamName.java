package id.loket.team.boundary;

import java.util.Locale;

/** A team's code and names, for a choice of teams. */
public record TeamName(String code, String nameEn, String nameId) {

  /** The name in Indonesian for an Indonesian locale, else in English. */
  public String name(Locale locale) {
    return locale != null && "id".equals(locale.getLanguage()) ? nameId : nameEn;
  }
}
