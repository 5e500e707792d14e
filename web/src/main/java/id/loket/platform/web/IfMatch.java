package id.loket.platform.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;

/**
 * The version a write was based on, as a client sends it back in {@code If-Match}, and the {@code
 * ETag} an answer names its version with. Every resource reads and writes versions here, so that
 * all of them accept the same forms and refuse the same way.
 */
public final class IfMatch {

  private IfMatch() {}

  /**
   * The version named by {@code If-Match: "7"} (also {@code W/"7"} or {@code 7}); {@code null} when
   * the header is absent or {@code *} (no check asked for).
   *
   * @throws BadRequestException if the header names something that is not a version
   */
  public static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String v = ifMatch.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      v = v.substring(1, v.length() - 1);
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new BadRequestException("If-Match must name a version, e.g. \"3\"");
    }
  }

  /**
   * The version named by an {@code If-Match} that a write requires: a change that could overwrite
   * someone else's must say what it was based on.
   *
   * @throws WebApplicationException 428 (Precondition Required) if the header is absent
   * @throws BadRequestException if it names no version ({@code *} included)
   */
  public static long required(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new WebApplicationException(428); // Precondition Required
    }
    Long version = version(ifMatch);
    if (version == null) {
      throw new BadRequestException("If-Match must name a version, e.g. \"2\"");
    }
    return version;
  }

  /**
   * @return the strong {@code ETag} of {@code version}, as {@link #version} reads it back
   */
  public static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }
}
