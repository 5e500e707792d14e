package id.loket.platform.web;

import java.net.URI;

/**
 * Links the API hands out (the {@code Location} of a created resource). Never built from the
 * request's {@code Host} header, which any client may forge: from the configured public base URL
 * when there is one, otherwise as a reference relative to the server ({@code /ctx/api/tickets/…}).
 * ({@link RestApplication} tells Jersey not to make a relative {@code Location} absolute again.)
 */
public final class Links {

  static final String API = "api/";

  private Links() {}

  /**
   * @param publicBase the configured public base URL, context root included; blank if none
   * @param requestBase the API's base URI of this request (only its path is used)
   * @param path the resource's path below the API, e.g. {@code tickets/LKT-2026-000001-7}
   */
  public static URI api(String publicBase, URI requestBase, String path) {
    if (publicBase == null || publicBase.isBlank()) {
      String basePath = requestBase.getRawPath();
      return URI.create(basePath.endsWith("/") ? basePath : basePath + "/").resolve(path);
    }
    String base = publicBase.strip();
    return URI.create(base.endsWith("/") ? base : base + "/").resolve(API + path);
  }
}
