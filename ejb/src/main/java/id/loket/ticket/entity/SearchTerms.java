package id.loket.ticket.entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The significant words of a text, as the duplicate guard compares them: lower case, at least three
 * letters or digits, common English and Indonesian words left out, at most {@link #MAX} distinct
 * ones in text order. PostgreSQL's {@code 'simple'} text-search configuration lower-cases the same
 * way and does not stem, so a word here matches the same word in a stored ticket.
 */
public record SearchTerms(List<String> words) {

  public static final int MAX = 24;

  /** How many terms {@link #anyTwo()} pairs (the first ones: the title comes first). */
  public static final int PAIRED = 6;

  /** How many terms {@link #ranking()} scores with. */
  public static final int RANKED = 10;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,40}");

  private static final Set<String> COMMON =
      Set.of(
          // English
          "the",
          "and",
          "for",
          "with",
          "this",
          "that",
          "from",
          "have",
          "has",
          "had",
          "not",
          "but",
          "are",
          "was",
          "were",
          "you",
          "your",
          "our",
          "can",
          "cannot",
          "can't",
          "please",
          "help",
          "thanks",
          "thank",
          "hello",
          "after",
          "before",
          "when",
          "what",
          "since",
          "into",
          "any",
          "all",
          "there",
          "they",
          "them",
          "will",
          "would",
          "could",
          "should",
          "does",
          "did",
          "also",
          "just",
          "about",
          "again",
          "still",
          "very",
          "need",
          "today",
          "yesterday",
          // Indonesian
          "yang",
          "dan",
          "dari",
          "untuk",
          "dengan",
          "tidak",
          "bisa",
          "saya",
          "kami",
          "ini",
          "itu",
          "ada",
          "sudah",
          "belum",
          "akan",
          "pada",
          "juga",
          "atau",
          "tolong",
          "mohon",
          "terima",
          "kasih",
          "karena",
          "jika",
          "kalau",
          "lagi",
          "sejak",
          "sangat",
          "masih",
          "hari",
          "tapi",
          "bapak",
          "ibu",
          "halo",
          "selamat",
          "pagi",
          "siang",
          "sore",
          "malam",
          "apa",
          "kenapa");

  public SearchTerms {
    words = List.copyOf(words);
  }

  /** The terms of {@code text} (empty for {@code null}). */
  public static SearchTerms of(String text) {
    Set<String> found = new LinkedHashSet<>();
    if (text != null) {
      Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
      while (m.find() && found.size() < MAX) {
        String w = m.group();
        if (!COMMON.contains(w)) {
          found.add(w);
        }
      }
    }
    return new SearchTerms(List.copyOf(found));
  }

  public boolean isEmpty() {
    return words.isEmpty();
  }

  public int size() {
    return words.size();
  }

  /**
   * The terms as a PostgreSQL {@code to_tsquery('simple', …)} text: any of them ({@code a | b}).
   * Safe to pass as a parameter: words are letters and digits only.
   */
  public String anyOf() {
    return String.join(" | ", words);
  }

  /** The first {@link #RANKED} terms, any of them: what results are ranked by (cheap to score). */
  public String ranking() {
    return String.join(" | ", words.subList(0, Math.min(words.size(), RANKED)));
  }

  /**
   * The terms as a {@code to_tsquery('simple', …)} text that needs any <em>two</em> of the first
   * {@link #PAIRED} of them ({@code (a & b) | (a & c) | (b & c)}), or the one term there is: a
   * single common word does not make two tickets alike, and the index then reads far fewer rows.
   */
  public String anyTwo() {
    List<String> w = words.subList(0, Math.min(words.size(), PAIRED));
    if (w.size() == 1) {
      return w.get(0);
    }
    List<String> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      for (int j = i + 1; j < w.size(); j++) {
        pairs.add("(" + w.get(i) + " & " + w.get(j) + ")");
      }
    }
    return String.join(" | ", pairs);
  }

  /** Which of the terms occur as words in {@code text}, in the order of the terms. */
  public List<String> foundIn(String text) {
    Set<String> there = new java.util.HashSet<>(of(text == null ? "" : text).words());
    if (text != null) {
      Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
      while (m.find()) {
        there.add(m.group()); // words past MAX too
      }
    }
    return words.stream().filter(there::contains).toList();
  }
}
