package id.loket.mail.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header fields of a mail as text: unfolded, raw 8-bit bytes repaired, addresses and message
 * ids pulled out even from headers that do not follow the RFCs.
 */
final class MailHeaders {

  private static final Pattern ID = Pattern.compile("<([^<>]*)>");
  private static final Pattern ADDRESS =
      Pattern.compile("[^\\s<>,;:\"()\\[\\]]+@[^\\s<>,;:\"()\\[\\]]+");

  private MailHeaders() {}

  /** The first header of that name, unfolded and as text, or null. */
  static String get(Part part, String name) {
    try {
      String[] values = part.getHeader(name);
      if (values == null || values.length == 0) {
        return null;
      }
      return unfold(MailCharsets.rawHeader(values[0]));
    } catch (MessagingException e) {
      return null;
    }
  }

  /** All headers of that name joined with commas (for address lists), or null. */
  static String all(Part part, String name) {
    try {
      String[] values = part.getHeader(name);
      if (values == null || values.length == 0) {
        return null;
      }
      return unfold(MailCharsets.rawHeader(String.join(", ", values)));
    } catch (MessagingException e) {
      return null;
    }
  }

  static String unfold(String value) {
    return value == null ? null : value.replaceAll("\r?\n(?=[ \t])", "").replaceAll("[\r\n]", "");
  }

  /** Message ids without angle brackets; bare ids (without brackets) are taken as they are. */
  static List<String> ids(String value) {
    List<String> ids = new ArrayList<>();
    if (value == null) {
      return List.of();
    }
    Matcher m = ID.matcher(value);
    while (m.find()) {
      String id = m.group(1).replaceAll("\\s", "");
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    if (ids.isEmpty()) {
      for (String token : value.split("[\\s,]+")) {
        if (token.contains("@")) {
          ids.add(token);
        }
      }
    }
    return List.copyOf(ids);
  }

  /**
   * The addresses in a header, lower case; what the RFC parser refuses is searched for by shape.
   */
  static List<InternetAddress> addresses(String value, List<String> warnings, String name) {
    List<InternetAddress> result = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return result;
    }
    try {
      for (InternetAddress a : InternetAddress.parseHeader(value, false)) {
        if (a.isGroup()) {
          result.addAll(List.of(a.getGroup(false)));
        } else if (a.getAddress() != null && ADDRESS.matcher(a.getAddress().strip()).matches()) {
          result.add(a);
        } else if (a.getAddress() != null && !a.getAddress().isBlank()) {
          throw new AddressException("not an address: " + a.getAddress());
        }
      }
      return result;
    } catch (AddressException | RuntimeException e) {
      warnings.add("broken " + name + " header");
      result.clear();
    }
    Matcher m = ADDRESS.matcher(value);
    while (m.find()) {
      InternetAddress a = new InternetAddress();
      a.setAddress(m.group());
      result.add(a);
    }
    return result;
  }

  static String lower(InternetAddress a) {
    return a.getAddress().strip().toLowerCase(Locale.ROOT);
  }

  static List<String> lowerAll(List<InternetAddress> list) {
    return list.stream().map(MailHeaders::lower).toList();
  }

  /** The decoded display name, null if none. */
  static String name(InternetAddress a, List<String> warnings) {
    String personal = a.getPersonal();
    if (personal == null || personal.isBlank()) {
      return null;
    }
    return EncodedWords.decode(personal, warnings).strip();
  }
}
