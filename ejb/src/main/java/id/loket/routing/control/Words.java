package id.loket.routing.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How routing compares what people typed: without regard to case, accents or the way a character
 * was encoded, so that "Café", "cafe" and "CAFÉ" are one word. Requesters write in a hurry and on
 * phones; a rule should not miss "wi-fi" because someone wrote "Wi-Fi".
 */
final class Words {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Words() {}

  /**
   * @return {@code text} decomposed (NFKD), without combining marks, in lower case, trimmed and
   *     with runs of white space as one space; the empty string for {@code null}
   */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip();
    return SPACES.matcher(folded).replaceAll(" ");
  }

  /**
   * @return the folded words of {@code text}: runs of letters and digits, everything else being a
   *     separator
   */
  static List<String> tokens(String text) {
    String folded = fold(text);
    if (folded.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(NOT_WORD.split(folded)).filter(w -> !w.isEmpty()).toList();
  }

  /**
   * @return whether the words of {@code phrase} occur in {@code words} consecutively and whole
   */
  static boolean containsPhrase(List<String> words, List<String> phrase) {
    if (phrase.isEmpty() || phrase.size() > words.size()) {
      return false;
    }
    for (int start = 0; start + phrase.size() <= words.size(); start++) {
      if (words.subList(start, start + phrase.size()).equals(phrase)) {
        return true;
      }
    }
    return false;
  }
}
