package id.loket.guard.boundary;

import id.loket.guard.control.SecretScanner;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The secret guard as other features use it: check a text before it is sent (to warn the writer)
 * and mask it before it is stored. Masking is not optional and does not depend on the warning: a
 * client that skips the warning still gets its text stored masked.
 */
@Stateless
@PermitAll
public class SecretGuard {

  /** The secrets in {@code text} and the text as it would be stored. */
  public SecretCheck check(@NotNull @Valid TextToCheck request) {
    return check(request.getText());
  }

  /** The secrets in {@code text} and the text as it would be stored. */
  public SecretCheck check(String text) {
    return SecretCheck.of(SecretScanner.scan(text == null ? "" : text));
  }

  /**
   * {@code text} with every secret masked, cut to {@code maxLength} characters (a mask can be a
   * little longer than what it hides); {@code null} stays {@code null}.
   */
  public static String mask(String text, int maxLength) {
    if (text == null) {
      return null;
    }
    String masked = SecretScanner.mask(text);
    return masked.length() <= maxLength ? masked : masked.substring(0, maxLength);
  }

  /**
   * A request type's field values with every secret in a text value masked (arrays of texts too);
   * numbers, dates, yes/no and anything not a text stay as they are.
   */
  public static JsonObject mask(JsonObject values, int maxLength) {
    if (values == null) {
      return null;
    }
    JsonObjectBuilder masked = Json.createObjectBuilder();
    values.forEach((key, value) -> masked.add(key, mask(value, maxLength)));
    return masked.build();
  }

  private static JsonValue mask(JsonValue value, int maxLength) {
    if (value instanceof JsonString text) {
      return Json.createValue(mask(text.getString(), maxLength));
    }
    if (value instanceof JsonArray items) {
      JsonArrayBuilder masked = Json.createArrayBuilder();
      items.forEach(item -> masked.add(mask(item, maxLength)));
      return masked.build();
    }
    return value;
  }

  /** Whether {@code text} holds no secret. */
  public static boolean clean(String text) {
    return SecretScanner.scan(text).clean();
  }
}
