package id.loket.identity.web;

import id.loket.identity.boundary.ProfileChange;
import id.loket.identity.boundary.ProfileView;
import id.loket.identity.boundary.Profiles;
import id.loket.platform.web.DisplayPreferences;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.Principal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The signed-in user's language and time zone, read from their profile once per session (and again
 * after they change it), for every page of the session.
 */
@SessionScoped
public class UserSettings implements DisplayPreferences, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(UserSettings.class.getName());

  @Inject transient Profiles profiles;
  @Inject transient HttpServletRequest request;

  private ProfileView profile;

  @Override
  public Optional<Locale> locale() {
    return current().map(ProfileView::language).map(Locale::forLanguageTag);
  }

  @Override
  public Optional<ZoneId> zone() {
    return current().map(ProfileView::timeZone).filter(Profiles::isZone).map(ZoneId::of);
  }

  @Override
  public void languageChosen(Locale locale) {
    Optional<ProfileView> mine = current();
    if (mine.isEmpty() || locale.getLanguage().equals(mine.get().language())) {
      return;
    }
    ProfileChange change = ProfileChange.of(profiles.mine());
    change.setLanguage(locale.getLanguage());
    try {
      profile = profiles.update(change);
    } catch (RuntimeException e) { // a concurrent change: the session keeps the choice anyway
      LOG.log(Level.FINE, "Language not remembered", e);
      profile = null;
    }
  }

  /** The profile as it is now stored (after the user changed it). */
  void changed(ProfileView now) {
    profile = now;
  }

  private Optional<ProfileView> current() {
    Principal principal = request.getUserPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    if (profile == null || !profile.username().equals(principal.getName())) {
      profile = profiles.mine();
    }
    return Optional.of(profile);
  }
}
