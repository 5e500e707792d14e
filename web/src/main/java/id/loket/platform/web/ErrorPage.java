package id.loket.platform.web;

import java.util.Locale;

/**
 * A small, self-contained HTML answer for refusals that happen before any page can be rendered
 * (request too large, method not served). It needs no script, no style sheet and no session.
 */
final class ErrorPage {

  private ErrorPage() {}

  static String html(Locale locale, String title, String detail) {
    return "<!DOCTYPE html><html lang=\""
        + locale.getLanguage()
        + "\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\""
        + " content=\"width=device-width, initial-scale=1\"><title>Loket — "
        + escape(title)
        + "</title><style>body{font-family:\"Segoe UI\",Roboto,Arial,sans-serif;background:#f8fafc;"
        + "color:#0f172a;display:flex;min-height:90vh;align-items:center;justify-content:center}"
        + "main{background:#fff;padding:2rem;border-radius:8px;max-width:32rem;"
        + "box-shadow:0 1px 3px rgba(0,0,0,.12)}a{color:#1d4ed8}</style></head><body><main><h1>"
        + escape(title)
        + "</h1><p>"
        + escape(detail)
        + "</p><p><a href=\"/\">Loket</a></p></main></body></html>";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
