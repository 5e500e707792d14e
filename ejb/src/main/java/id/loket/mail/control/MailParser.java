package id.loket.mail.control;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Reads one raw incoming mail (RFC 5322 bytes) into a {@link ParsedMail}. It never throws: whatever
 * cannot be understood is quarantined with the reason, so that no customer mail is silently lost,
 * and everything that could be repaired (charsets, line ends, boundaries, dates) is repaired and
 * noted as a warning.
 */
public final class MailParser {

  /** Longest text kept; a ticket is no archive for mail loops or pasted log files. */
  public static final int MAX_TEXT = 100_000;

  private static final Pattern HEADER_LINE = Pattern.compile("^[\\x21-\\x39\\x3B-\\x7E]+[ \\t]*:");

  private final Session session;

  /** A parser with forgiving Jakarta Mail settings. */
  public MailParser() {
    // As asked of Jakarta Mail; but 2.1 reads most of these as System properties only, which a
    // shared server must not change, so the parser does not rely on them: it decodes encoded words,
    // parameters, transfer encodings, charsets and boundaries itself (see the classes here).
    Properties p = new Properties();
    p.setProperty("mail.mime.address.strict", "false");
    p.setProperty("mail.mime.decodetext.strict", "false");
    p.setProperty("mail.mime.decodefilename", "true");
    p.setProperty("mail.mime.decodeparameters", "true");
    p.setProperty("mail.mime.parameters.strict", "false");
    p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
    p.setProperty("mail.mime.multipart.allowempty", "true");
    p.setProperty("mail.mime.base64.ignoreerrors", "true");
    // Headers are read byte for byte (ISO-8859-1) and repaired here: UTF-8 if valid, else
    // windows-1252. With allowutf8 the bytes of a windows-1252 header would be lost.
    p.setProperty("mail.mime.allowutf8", "false");
    this.session = Session.getInstance(p);
  }

  /** Parses a raw mail; never throws. */
  public ParsedMail parse(byte[] raw) {
    List<String> warnings = new ArrayList<>();
    try {
      return read(raw, warnings);
    } catch (Exception | LinkageError | StackOverflowError e) {
      return quarantine("cannot parse: " + e, warnings);
    }
  }

  private ParsedMail read(byte[] raw, List<String> warnings) throws Exception {
    if (raw == null || raw.length == 0 || new String(raw, "ISO-8859-1").isBlank()) {
      return quarantine("empty message", warnings);
    }
    byte[] bytes = LineEnds.toCrlf(raw, warnings);
    bytes = LineEnds.withoutMboxFromLine(bytes);
    if (!HEADER_LINE.matcher(LineEnds.firstLine(bytes)).find()) {
      return quarantine("no headers", warnings);
    }
    MimeMessage msg = new MimeMessage(session, new ByteArrayInputStream(bytes));

    String subject = EncodedWords.decode(MailHeaders.get(msg, "Subject"), warnings);
    subject = subject == null ? "" : subject.replace('\t', ' ').strip();
    List<InternetAddress> from =
        MailHeaders.addresses(MailHeaders.all(msg, "From"), warnings, "From");
    if (from.isEmpty()) {
      from = MailHeaders.addresses(MailHeaders.all(msg, "Sender"), warnings, "Sender");
    }
    String fromAddress = from.isEmpty() ? null : MailHeaders.lower(from.get(0));
    String fromName = from.isEmpty() ? null : MailHeaders.name(from.get(0), warnings);
    List<InternetAddress> replyTo =
        MailHeaders.addresses(MailHeaders.all(msg, "Reply-To"), warnings, "Reply-To");

    List<MailAttachment> attachments = new ArrayList<>();
    MimeWalk walk = new MimeWalk(session, warnings, attachments);
    walk.walk(msg, "");
    String text = LineEnds.tidy(walk.text());
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
      warnings.add("text cut at " + MAX_TEXT + " characters");
    }

    MimeParams type = MimeParams.parse(MailHeaders.get(msg, "Content-Type"), warnings);
    NoiseRules.Verdict verdict =
        NoiseRules.classify(name -> MailHeaders.get(msg, name), fromAddress, subject, type);
    String quarantine = walk.problem();
    if (quarantine == null && fromAddress == null && text.isBlank() && attachments.isEmpty()) {
      quarantine = "no sender and no body";
    }
    return new ParsedMail(
        firstOrNull(MailHeaders.ids(MailHeaders.get(msg, "Message-ID"))),
        MailHeaders.ids(MailHeaders.get(msg, "In-Reply-To")),
        MailHeaders.ids(MailHeaders.all(msg, "References")),
        fromAddress,
        fromName,
        MailHeaders.lowerAll(MailHeaders.addresses(MailHeaders.all(msg, "To"), warnings, "To")),
        MailHeaders.lowerAll(MailHeaders.addresses(MailHeaders.all(msg, "Cc"), warnings, "Cc")),
        replyTo.isEmpty() ? null : MailHeaders.lower(replyTo.get(0)),
        subject,
        date(MailHeaders.get(msg, "Date"), warnings),
        text,
        List.copyOf(attachments),
        verdict.noise(),
        verdict.reason(),
        quarantine,
        warnings.stream().distinct().toList());
  }

  static Instant date(String value, List<String> warnings) {
    if (value == null || value.isBlank()) {
      warnings.add("no Date header");
      return null;
    }
    try {
      Date d = new MailDateFormat().parse(value.strip());
      if (d != null) {
        return d.toInstant();
      }
    } catch (ParseException | RuntimeException e) {
      // reported below
    }
    warnings.add("broken Date header: " + value.strip());
    return null;
  }

  private static String firstOrNull(List<String> ids) {
    return ids.isEmpty() ? null : ids.get(0);
  }

  private static ParsedMail quarantine(String reason, List<String> warnings) {
    return new ParsedMail(
        null,
        List.of(),
        List.of(),
        null,
        null,
        List.of(),
        List.of(),
        null,
        "",
        null,
        "",
        List.of(),
        Noise.NONE,
        null,
        reason,
        warnings.stream().distinct().toList());
  }
}
