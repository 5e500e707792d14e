package id.loket.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language of the pages for this session: English or Bahasa Indonesia. */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id");
  static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, INDONESIAN);

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
      locale =
          requested != null
                  && ("id".equals(requested.getLanguage()) || "in".equals(requested.getLanguage()))
              ? INDONESIAN
              : Locale.ENGLISH;
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /** Switches language and stays on the same page. */
  public void switchTo(String language) {
    locale = "id".equals(language) ? INDONESIAN : Locale.ENGLISH;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }
}
