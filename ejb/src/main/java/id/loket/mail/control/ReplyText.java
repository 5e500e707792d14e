package id.loket.mail.control;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The new part of a reply: a customer answering a ticket mail quotes the whole history and adds a
 * signature, and the ticket must show only what they wrote now. Cuts at the first quote header
 * (English and Indonesian mail programs, Outlook blocks), a run of "&gt;" lines, or a signature.
 */
public final class ReplyText {

  private static final List<Pattern> CUTS =
      List.of(
          // Gmail / Apple Mail / Thunderbird: "On Mon, 1 Jan 2024 at 10:00, Ana <a@b.c> wrote:"
          Pattern.compile("^(On|Le|Am|El)\\s.{0,300}(wrote|a écrit|schrieb|escribió)\\s*:\\s*$"),
          Pattern.compile("^Pada\\s.{0,300}menulis\\s*:\\s*$"),
          Pattern.compile(
              "^-{2,}\\s*(Original Message|Pesan Asli|Forwarded message)\\s*-{2,}\\s*$",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile("^_{10,}\\s*$"),
          Pattern.compile(
              "^(Sent from my \\w+|Dikirim dari \\S.*|Get Outlook for \\w+)\\s*$",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile("^--\\s?$"));
  private static final Pattern OUTLOOK_FROM =
      Pattern.compile("^\\*?(From|Dari)\\s*:\\*?\\s.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern OUTLOOK_SENT =
      Pattern.compile(
          "^\\*?(Sent|Date|Dikirim|Tanggal|To|Kepada)\\s*:\\*?\\s.*", Pattern.CASE_INSENSITIVE);

  private ReplyText() {}

  /** The text above the quoted history and the signature; the whole text if nothing is above. */
  public static String trim(String text) {
    if (text == null) {
      return "";
    }
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    int cut = lines.length;
    for (int i = 0; i < lines.length && cut == lines.length; i++) {
      String line = lines[i].strip();
      String raw = lines[i].replaceAll("[ \\t]+$", "");
      if (raw.equals("--") || raw.equals("-- ")) {
        cut = i;
      } else if (CUTS.stream().anyMatch(p -> p.matcher(line).matches())) {
        cut = i;
      } else if (isWrappedQuoteHeader(lines, i)) {
        cut = i;
      } else if (OUTLOOK_FROM.matcher(line).matches() && outlookBlock(lines, i)) {
        cut = i;
      } else if (line.startsWith(">") && quoteRun(lines, i)) {
        cut = i;
      }
    }
    String kept = join(lines, cut).strip();
    return kept.isEmpty() ? text.strip() : kept;
  }

  /** "On ... Ana" / "wrote:" split over two lines by the mail program. */
  private static boolean isWrappedQuoteHeader(String[] lines, int i) {
    if (i + 1 >= lines.length) {
      return false;
    }
    String joined = lines[i].strip() + " " + lines[i + 1].strip();
    return (joined.startsWith("On ") && joined.matches("On\\s.{0,300}wrote\\s*:\\s*"))
        || (joined.startsWith("Pada ") && joined.matches("Pada\\s.{0,300}menulis\\s*:\\s*"));
  }

  private static boolean outlookBlock(String[] lines, int from) {
    for (int j = from + 1; j < Math.min(lines.length, from + 5); j++) {
      if (OUTLOOK_SENT.matcher(lines[j].strip()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Quoted lines ("&gt;") that go on, with blank lines at most, to the end or for 2+ lines. */
  private static boolean quoteRun(String[] lines, int from) {
    int quoted = 0;
    for (int j = from; j < lines.length; j++) {
      String l = lines[j].strip();
      if (l.startsWith(">")) {
        quoted++;
      } else if (!l.isEmpty()) {
        return quoted >= 2;
      }
    }
    return true;
  }

  private static String join(String[] lines, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < end; i++) {
      b.append(lines[i]).append('\n');
    }
    return b.toString();
  }
}
