package id.loket.mail.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of the mails the desk sends, in the recipient's language (English, or Bahasa
 * Indonesia), from the bundles {@code id/loket/mail/templates*.properties}. Placeholders are named
 * ({@code {number}}); one that is not given becomes empty. A mail about a ticket always carries
 * {@code [#number]} in its subject: the requester sees which ticket it is, and a reply that lost
 * its headers still finds the ticket.
 */
public final class MailTemplates {

  public static final String CONFIRMATION = "confirmation";
  public static final String AGENT_REPLY = "agent-reply";
  public static final String WAITING = "waiting";
  public static final String RESOLVED = "resolved";
  public static final String ESCALATION = "escalation";
  public static final String SATISFACTION = "satisfaction";
  public static final String REJECTION = "rejection";
  public static final String SECRET_WARNING = "secret-warning";

  /** The kinds there are templates for. */
  public static final Set<String> KINDS =
      Set.of(
          CONFIRMATION,
          AGENT_REPLY,
          WAITING,
          RESOLVED,
          ESCALATION,
          SATISFACTION,
          REJECTION,
          SECRET_WARNING);

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
  private static final Properties EN = load("templates.properties");
  private static final Properties ID = load("templates_id.properties");

  /** A mail's text. */
  public record Text(String language, String subject, String body) {}

  /** {@code id} for Bahasa Indonesia (also {@code id-ID}, {@code in}); anything else is English. */
  public static String language(String language) {
    if (language == null) {
      return "en";
    }
    String l = language.strip().toLowerCase(Locale.ROOT);
    return l.equals("id") || l.startsWith("id-") || l.startsWith("id_") || l.equals("in")
        ? "id"
        : "en";
  }

  /**
   * The subject and body of a mail of {@code kind} in {@code language}.
   *
   * @param values the placeholders' values ({@code number}, {@code title}, {@code link}, ...)
   * @throws IllegalArgumentException for an unknown kind
   */
  public Text render(String kind, String language, Map<String, String> values) {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("No mail template " + kind);
    }
    String lang = language(language);
    Properties texts = "id".equals(lang) ? ID : EN;
    String subject = fill(texts.getProperty(kind + ".subject"), values).strip();
    String number = values.get("number");
    if (number != null && !number.isBlank() && !subject.contains("[#" + number + "]")) {
      subject = "[#" + number + "] " + subject;
    }
    String body = fill(texts.getProperty(kind + ".body"), values);
    return new Text(lang, subject.replaceAll("\\s+", " "), body);
  }

  private static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = MailTemplates.class.getResourceAsStream("/id/loket/mail/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing mail templates " + name);
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
