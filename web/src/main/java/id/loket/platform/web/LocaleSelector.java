package id.loket.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages for this session: English or Bahasa Indonesia. The first page takes it
 * from the browser's {@code Accept-Language}, read defensively ({@link Languages}): a malformed
 * header means English, never an error page. Once the user has signed in, the language they chose
 * (stored with their profile, see {@link DisplayPreferences}) wins; switching remembers it.
 */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

  public static final Locale INDONESIAN = Languages.INDONESIAN;
  static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, INDONESIAN);

  @Inject DisplayPreferences preferences;

  private Locale locale;

  /** The user whose stored language was applied to this session (after they signed in). */
  private String appliedFor;

  public Locale getLocale() {
    String user = signedIn();
    if (user != null && !user.equals(appliedFor)) {
      appliedFor = user;
      preferences.locale().ifPresent(stored -> locale = stored);
    }
    if (locale == null) {
      locale =
          Languages.pick(
              FacesContext.getCurrentInstance()
                  .getExternalContext()
                  .getRequestHeaderMap()
                  .get("Accept-Language"));
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
    if (signedIn() != null) {
      preferences.languageChosen(locale);
    }
  }

  private static String signedIn() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null) {
      return null;
    }
    java.security.Principal principal = faces.getExternalContext().getUserPrincipal();
    return principal == null ? null : principal.getName();
  }
}
