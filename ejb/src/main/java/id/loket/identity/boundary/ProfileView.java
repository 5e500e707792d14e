package id.loket.identity.boundary;

import java.io.Serializable;

/**
 * A user's own settings as they read them: e-mail (may be null), language ({@code en}, {@code id},
 * or null for the browser's), time zone id (null: the desk's zone, {@code effectiveTimeZone} says
 * which) and the version to send back with a change.
 */
public record ProfileView(
    String username,
    String displayName,
    String email,
    String language,
    String timeZone,
    String effectiveTimeZone,
    long version)
    implements Serializable {}
