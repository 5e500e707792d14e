package id.loket.shared;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;

/**
 * Jakarta JSON Processing through one provider, looked up once. The static methods of {@code
 * jakarta.json.Json} look the provider up on every call, which inside the server scans the
 * application's jars each time (the profile of ticket creation showed it as its hottest frame).
 */
public final class Json {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Json() {}

  public static JsonObjectBuilder createObjectBuilder() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonObjectBuilder createObjectBuilder(jakarta.json.JsonObject copy) {
    return PROVIDER.createObjectBuilder(copy);
  }

  public static jakarta.json.JsonArrayBuilder createArrayBuilder() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonReader createReader(String json) {
    return PROVIDER.createReader(new StringReader(json));
  }

  public static JsonString createValue(String value) {
    return PROVIDER.createValue(value);
  }

  public static JsonValue createValue(long value) {
    return PROVIDER.createValue(value);
  }

  public static JsonValue createValue(BigDecimal value) {
    return PROVIDER.createValue(value);
  }
}
