package id.loket.mail.control;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Walks the MIME tree of a mail and collects what a person reads (the text, with forwarded mail
 * below it) and what a person keeps (the files), repairing what can be repaired and noting it.
 */
final class MimeWalk {

  static final String FORWARDED = "---- Forwarded message ----";

  /** Deeper than this, parts are kept as files: no real mail nests so deep, a mail bomb does. */
  static final int MAX_DEPTH = 30;

  private final Session session;
  private final List<String> warnings;
  private final List<MailAttachment> attachments;
  private final List<String> sections = new ArrayList<>();
  private final int nesting;
  private String problem;

  MimeWalk(Session session, List<String> warnings, List<MailAttachment> attachments) {
    this(session, warnings, attachments, 0);
  }

  private MimeWalk(
      Session session, List<String> warnings, List<MailAttachment> attachments, int nesting) {
    this.session = session;
    this.warnings = warnings;
    this.attachments = attachments;
    this.nesting = nesting;
  }

  String text() {
    return String.join("\n\n", sections);
  }

  /** The first thing that could not be decoded, or null. */
  String problem() {
    return problem;
  }

  /** Walks a part; failures are kept as the problem and the walk goes on with the next part. */
  void walk(Part part, String path) {
    try {
      visit(part, path);
    } catch (MessagingException | IOException | RuntimeException e) {
      if (problem == null) {
        problem = "cannot decode part " + (path.isEmpty() ? "1" : path) + ": " + e.getMessage();
      }
    }
  }

  private void visit(Part part, String path) throws MessagingException, IOException {
    MimeParams type = contentType(part);
    if (path.chars().filter(c -> c == '.').count() + nesting > MAX_DEPTH) {
      warnings.add("parts nested deeper than " + MAX_DEPTH + " kept as files");
      attach(part, type, false);
    } else if (type.primaryType().equals("multipart")) {
      multipart(part, type, path);
    } else if (type.is("message/rfc822")) {
      forwarded(part, path);
    } else if (isBodyText(part, type)) {
      bodyText(part, type);
    } else {
      attach(part, type, false);
    }
  }

  private MimeParams contentType(Part part) {
    MimeParams type = MimeParams.parse(MailHeaders.get(part, "Content-Type"), warnings);
    if (!type.value().contains("/")) {
      return new MimeParams("text/plain", type.params());
    }
    return type;
  }

  private boolean isBodyText(Part part, MimeParams type) {
    if (!type.is("text/plain") && !type.is("text/html")) {
      return false;
    }
    MimeParams disposition = disposition(part);
    return !disposition.is("attachment")
        && disposition.param("filename") == null
        && type.param("name") == null
        && !isUuencoded(part);
  }

  private void multipart(Part part, MimeParams type, String path)
      throws MessagingException, IOException {
    String boundary = type.param("boundary");
    byte[] raw = decoded(part);
    if (boundary == null || boundary.isEmpty()) {
      warnings.add("multipart without boundary parameter, read as text");
      sections.add(MailCharsets.decode(raw, type.param("charset"), warnings));
      return;
    }
    String content = new String(raw, StandardCharsets.ISO_8859_1);
    if (!content.contains("--" + boundary + "--")) {
      warnings.add("missing closing boundary");
    }
    MimeMultipart multipart = new MimeMultipart(new MultipartSource(raw, type.value(), boundary));
    int count;
    try {
      count = multipart.getCount();
    } catch (MessagingException e) {
      warnings.add("cannot split multipart (" + e.getMessage() + "), read as text");
      sections.add(MailCharsets.decode(raw, type.param("charset"), warnings));
      return;
    }
    if (count == 0) {
      warnings.add("multipart without parts, read as text");
      sections.add(MailCharsets.decode(raw, type.param("charset"), warnings));
      return;
    }
    List<BodyPart> children = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      children.add(multipart.getBodyPart(i));
    }
    String prefix = path.isEmpty() ? "" : path + ".";
    if (type.is("multipart/alternative")) {
      int chosen = chooseAlternative(children);
      walk(children.get(chosen), prefix + (chosen + 1));
    } else if (type.is("multipart/related")) {
      int root = relatedRoot(children, type.param("start"));
      for (int i = 0; i < children.size(); i++) {
        if (i == root) {
          walk(children.get(i), prefix + (i + 1));
        } else {
          attachRelated(children.get(i), prefix + (i + 1));
        }
      }
    } else {
      for (int i = 0; i < children.size(); i++) {
        walk(children.get(i), prefix + (i + 1));
      }
    }
  }

  private int chooseAlternative(List<BodyPart> children) throws MessagingException, IOException {
    int html = -1;
    for (int i = 0; i < children.size(); i++) {
      MimeParams t = contentType(children.get(i));
      if (t.is("text/plain") && !readText(children.get(i), t).isBlank()) {
        return i;
      }
      if (html < 0 && (t.is("text/html") || t.primaryType().equals("multipart"))) {
        html = i;
      }
    }
    return html >= 0 ? html : children.size() - 1;
  }

  private int relatedRoot(List<BodyPart> children, String start) {
    if (start != null) {
      String id = start.replaceAll("[<>\\s]", "");
      for (int i = 0; i < children.size(); i++) {
        if (id.equals(contentId(children.get(i)))) {
          return i;
        }
      }
    }
    return 0;
  }

  private void attachRelated(Part part, String path) {
    try {
      attach(part, contentType(part), true);
    } catch (MessagingException | IOException | RuntimeException e) {
      if (problem == null) {
        problem = "cannot decode part " + path + ": " + e.getMessage();
      }
    }
  }

  private void forwarded(Part part, String path) throws MessagingException, IOException {
    byte[] raw = decoded(part);
    MimeMessage nested = new MimeMessage(session, new ByteArrayInputStream(raw));
    String subject = EncodedWords.decode(MailHeaders.get(nested, "Subject"), warnings);
    subject = subject == null ? "" : subject.strip();
    String from = EncodedWords.decode(MailHeaders.get(nested, "From"), warnings);
    String name = subject.isEmpty() ? "forwarded-message" : subject;
    attachments.add(
        new MailAttachment(
            AttachmentNames.clean(name) + ".eml", "message/rfc822", raw.length, false, null, raw));
    int depth = nesting + 1 + (int) path.chars().filter(c -> c == '.').count();
    MimeWalk inner = new MimeWalk(session, warnings, attachments, depth);
    inner.walk(nested, "");
    if (problem == null) {
      problem = inner.problem();
    }
    StringBuilder s = new StringBuilder(FORWARDED).append('\n');
    if (from != null) {
      s.append("From: ").append(from.strip()).append('\n');
    }
    s.append("Subject: ").append(subject).append("\n\n").append(inner.text());
    sections.add(s.toString().strip());
  }

  private void bodyText(Part part, MimeParams type) throws MessagingException, IOException {
    String text = readText(part, type);
    if ("flowed".equalsIgnoreCase(type.param("format"))) {
      text = LineEnds.unflow(text, "yes".equalsIgnoreCase(type.param("delsp")));
    }
    if (type.is("text/html")) {
      sections.add(HtmlText.toText(text));
      return;
    }
    Uudecode.Extracted extracted = Uudecode.extract(text.replace("\r\n", "\n"));
    for (Uudecode.File f : extracted.files()) {
      attachments.add(
          new MailAttachment(
              AttachmentNames.clean(f.fileName()),
              AttachmentNames.typeOf(f.fileName()),
              f.content().length,
              false,
              null,
              f.content()));
    }
    sections.add(extracted.text());
  }

  private String readText(Part part, MimeParams type) throws MessagingException, IOException {
    return MailCharsets.decode(decoded(part), type.param("charset"), warnings);
  }

  private void attach(Part part, MimeParams type, boolean related)
      throws MessagingException, IOException {
    MimeParams disposition = disposition(part);
    String name = disposition.param("filename");
    if (name == null || name.isBlank()) {
      name = type.param("name");
    }
    if (isUuencoded(part)) {
      String fallback = name == null ? AttachmentNames.fallback(attachments.size(), type) : name;
      Uudecode.File f = Uudecode.decodePart(raw(part), fallback);
      String fileName = name == null ? f.fileName() : name;
      attachments.add(
          new MailAttachment(
              AttachmentNames.clean(fileName),
              AttachmentNames.typeOf(fileName),
              f.content().length,
              false,
              null,
              f.content()));
      return;
    }
    byte[] bytes = decoded(part);
    String fileName =
        name == null || name.isBlank()
            ? AttachmentNames.fallback(attachments.size(), type)
            : AttachmentNames.clean(name);
    boolean inline = related || disposition.is("inline");
    attachments.add(
        new MailAttachment(fileName, type.value(), bytes.length, inline, contentId(part), bytes));
  }

  private MimeParams disposition(Part part) {
    return MimeParams.parse(MailHeaders.get(part, "Content-Disposition"), warnings);
  }

  private static String contentId(Part part) {
    String id = MailHeaders.get(part, "Content-ID");
    if (id == null) {
      return null;
    }
    id = id.replaceAll("[<>\\s]", "");
    return id.isEmpty() ? null : id;
  }

  private static String encoding(Part part) {
    String cte = MailHeaders.get(part, "Content-Transfer-Encoding");
    return cte == null ? "" : cte.strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isUuencoded(Part part) {
    return encoding(part).matches("x-uuencode|uuencode|x-uue|uue");
  }

  private static byte[] decoded(Part part) throws MessagingException, IOException {
    return TransferDecoding.decode(raw(part), encoding(part));
  }

  private static byte[] raw(Part part) throws MessagingException, IOException {
    InputStream in =
        part instanceof MimeMessage m
            ? m.getRawInputStream()
            : ((MimeBodyPart) part).getRawInputStream();
    try (in) {
      return in.readAllBytes();
    }
  }
}
