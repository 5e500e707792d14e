package id.loket.ticket.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link TicketNumber} as its canonical text, e.g. {@code LKT-2026-000042-6}. */
@Converter(autoApply = false)
public class TicketNumberConverter implements AttributeConverter<TicketNumber, String> {

  @Override
  public String convertToDatabaseColumn(TicketNumber number) {
    return number == null ? null : number.value();
  }

  @Override
  public TicketNumber convertToEntityAttribute(String column) {
    return column == null ? null : new TicketNumber(column);
  }
}
