package id.loket.canned.entity;

import id.loket.shared.InvalidFieldException;
import id.loket.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The editable part of a canned response, checked: language {@code en} or {@code id}, a title of
 * 1–{@value CannedResponse#MAX_TITLE} characters, a body of 1–{@value CannedResponse#MAX_BODY}
 * characters whose placeholders Loket knows. Texts arrive already cleaned (trimmed, NFC).
 */
public record CannedText(String language, String title, String body) {

  public static final Set<String> LANGUAGES = Set.of("en", "id");

  /** Every bad field at once (422), then the first bad placeholder of the body. */
  public CannedText {
    List<InvalidFieldException.Field> bad = new ArrayList<>();
    if (language == null || !LANGUAGES.contains(language)) {
      bad.add(new InvalidFieldException.Field("language", "canned.language.invalid"));
    }
    if (title == null
        || title.isBlank()
        || title.length() > CannedResponse.MAX_TITLE
        || !Text.isPlain(title)) {
      bad.add(
          new InvalidFieldException.Field(
              "title", "canned.title.invalid", CannedResponse.MAX_TITLE));
    }
    if (body == null
        || body.isBlank()
        || body.length() > CannedResponse.MAX_BODY
        || !Text.isPlain(body)) {
      bad.add(
          new InvalidFieldException.Field("body", "canned.body.invalid", CannedResponse.MAX_BODY));
    }
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    Placeholders.check(body);
  }
}
