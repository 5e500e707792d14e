package id.loket.mail.web;

import id.loket.mail.boundary.InboundView;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A received mail as a row of the mail pages: the stored summary plus what an agent needs to judge
 * it without opening the source — the start of its text and the names of its files, read from what
 * was parsed when it arrived.
 *
 * @param snippet the start of the mail's text (empty when none was parsed)
 * @param attachments the names of its files, in the order of the mail
 */
public record MailRow(InboundView mail, String snippet, List<String> attachments) {

  public static MailRow of(InboundView mail) {
    JsonObject parsed = parse(mail.parsed());
    String snippet = parsed.get("textSnippet") instanceof JsonString s ? s.getString().strip() : "";
    List<String> names = new ArrayList<>();
    if (parsed.get("attachments") instanceof jakarta.json.JsonArray files) {
      for (JsonValue file : files) {
        if (file instanceof JsonObject o && o.get("name") instanceof JsonString name) {
          names.add(name.getString());
        }
      }
    }
    return new MailRow(mail, snippet, List.copyOf(names));
  }

  /** The parsed JSON, or an empty object when there is none or it cannot be read. */
  static JsonObject parse(String json) {
    if (json == null || json.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    } catch (JsonException e) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  public long id() {
    return mail.id();
  }

  /** The names of the files, comma-separated (empty when none). */
  public String attachmentNames() {
    return String.join(", ", attachments);
  }
}
