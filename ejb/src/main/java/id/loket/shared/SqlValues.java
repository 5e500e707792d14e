package id.loket.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the values of native query rows whatever Java type the driver and EclipseLink chose for
 * them (timestamps as {@link Timestamp}, {@link OffsetDateTime} or {@link Instant}; dates as {@link
 * java.sql.Date} or {@link LocalDate}; numbers as any {@link Number}); null stays null. A value of
 * another type is a programming error.
 */
public final class SqlValues {

  private SqlValues() {}

  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("not a time: " + value.getClass().getName());
  }

  public static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    throw new IllegalStateException("not a date: " + value.getClass().getName());
  }

  public static long count(Object value) {
    return value == null ? 0L : ((Number) value).longValue();
  }

  public static Double decimal(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }

  /** An instant as a parameter the PostgreSQL driver binds as timestamptz. */
  public static OffsetDateTime param(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
