package id.loket.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.SQLException;
import org.postgresql.util.PGobject;

/**
 * Maps a JSON document held as text in Java to a PostgreSQL {@code jsonb} column. The driver needs
 * the type named on the way in; on the way out it hands a {@code PGobject} (or a string).
 */
@Converter
public class JsonbConverter implements AttributeConverter<String, Object> {

  @Override
  public Object convertToDatabaseColumn(String json) {
    try {
      // A typed NULL too: an untyped one would be bound as varchar, which jsonb refuses.
      PGobject value = new PGobject();
      value.setType("jsonb");
      value.setValue(json);
      return value;
    } catch (SQLException e) {
      throw new IllegalArgumentException("Not storable as jsonb: " + json, e);
    }
  }

  @Override
  public String convertToEntityAttribute(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof PGobject pg ? pg.getValue() : value.toString();
  }
}
