package id.loket.canned.boundary;

import java.time.Instant;

/**
 * A canned response as a caller who may use it reads it; {@code editable} says whether they may
 * also change it, {@code version} goes back as If-Match.
 */
public record CannedView(
    long id,
    String scope,
    String team,
    String owner,
    String language,
    String title,
    String body,
    Instant updatedAt,
    long version,
    boolean editable) {}
