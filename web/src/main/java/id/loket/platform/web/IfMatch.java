package id.loket.platform.web;

import jakarta.ws.rs.BadRequestException;

/** The version a write was based on, as a client sends it back in {@code If-Match}. */
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
}
