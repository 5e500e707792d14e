package id.loket.platform.web;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in user's own choices for how pages show things, where they made one: language and
 * time zone. Implemented by the identity feature (which stores them); empty without a signed-in
 * user or a choice.
 */
public interface DisplayPreferences {

  Optional<Locale> locale();

  Optional<ZoneId> zone();

  /** The user switched the language in the header: remember it for them. */
  void languageChosen(Locale locale);
}
