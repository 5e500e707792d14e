package id.loket.mail.control;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Recognises mail that a machine wrote (RFC 3834 auto-replies, bulk and list mail, delivery
 * reports, and Loket's own outgoing mail coming back), so that it never opens a ticket or triggers
 * an answer, which could make two systems mail each other forever.
 */
final class NoiseRules {

  /** The header every mail Loket sends carries. */
  static final String OWN_HEADER = "X-Loket-Origin";

  private static final Pattern AUTO_SUBJECT =
      Pattern.compile(
          "^(out of (the )?office|automatic reply|auto(matic)?[- ]?reply|autoreply|auto:"
              + "|abwesenheitsnotiz|balasan otomatis|r[ée]ponse automatique|absence du bureau"
              + "|respuesta autom[áa]tica|fuera de la oficina)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BOUNCE_SENDER =
      Pattern.compile("^(mailer-daemon|postmaster)@.*", Pattern.CASE_INSENSITIVE);

  /**
   * A verdict.
   *
   * @param noise the kind
   * @param reason the rule that fired, null for none
   */
  record Verdict(Noise noise, String reason) {}

  private NoiseRules() {}

  /**
   * Classifies by headers (raw values by name, null if absent), sender address, decoded subject and
   * the top-level content type.
   */
  static Verdict classify(
      Function<String, String> headers, String from, String subject, MimeParams contentType) {
    if (headers.apply(OWN_HEADER) != null) {
      return new Verdict(Noise.OWN_MAIL, OWN_HEADER + " present");
    }
    if (from != null && BOUNCE_SENDER.matcher(from).matches()) {
      return new Verdict(Noise.BOUNCE, "From: " + from);
    }
    String returnPath = headers.apply("Return-Path");
    if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
      return new Verdict(Noise.BOUNCE, "Return-Path: <>");
    }
    if (contentType.is("multipart/report")) {
      String report = contentType.param("report-type");
      return new Verdict(
          Noise.BOUNCE, "Content-Type: multipart/report" + (report == null ? "" : "; " + report));
    }
    String auto = lower(headers.apply("Auto-Submitted"));
    if (auto != null && !auto.isEmpty() && !auto.startsWith("no")) {
      return new Verdict(Noise.AUTO_REPLY, "Auto-Submitted: " + auto);
    }
    for (String h : new String[] {"X-Autoreply", "X-Autorespond"}) {
      String v = headers.apply(h);
      if (v != null && !lower(v).equals("no")) {
        return new Verdict(Noise.AUTO_REPLY, h + " present");
      }
    }
    String suppress = lower(headers.apply("X-Auto-Response-Suppress"));
    if (suppress != null && (suppress.contains("all") || suppress.contains("oof"))) {
      return new Verdict(Noise.AUTO_REPLY, "X-Auto-Response-Suppress: " + suppress);
    }
    String precedence = lower(headers.apply("Precedence"));
    if (precedence != null && precedence.matches("bulk|junk|list|auto_reply")) {
      return new Verdict(Noise.AUTO_REPLY, "Precedence: " + precedence);
    }
    for (String h : new String[] {"List-Id", "List-Unsubscribe"}) {
      if (headers.apply(h) != null) {
        return new Verdict(Noise.AUTO_REPLY, h + " present");
      }
    }
    if (subject != null && AUTO_SUBJECT.matcher(subject.strip()).find()) {
      return new Verdict(Noise.AUTO_REPLY, "Subject: " + subject.strip());
    }
    return new Verdict(Noise.NONE, null);
  }

  private static String lower(String v) {
    return v == null ? null : v.strip().toLowerCase(Locale.ROOT);
  }
}
