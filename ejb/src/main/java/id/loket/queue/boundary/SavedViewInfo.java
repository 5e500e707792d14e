package id.loket.queue.boundary;

import jakarta.json.JsonObject;
import java.time.Instant;

/** A saved view as its owner reads it; {@code version} goes back as If-Match. */
public record SavedViewInfo(
    long id, String name, JsonObject definition, Instant updatedAt, long version) {}
