package id.loket.sla.entity;

import java.time.LocalTime;

/**
 * One stretch of working time within a day, in the calendar's local time: from {@code fromMinute}
 * (inclusive) to {@code toMinute} (exclusive), counted in minutes after midnight. {@code toMinute}
 * may be 1440, the following midnight, so that a 24-hour day is {@code [0, 1440)}.
 */
public record WorkingHours(int fromMinute, int toMinute) implements Comparable<WorkingHours> {

  public static final int DAY = 24 * 60;

  /** The whole day. */
  public static final WorkingHours ALL_DAY = new WorkingHours(0, DAY);

  /**
   * @throws IllegalArgumentException unless {@code 0 <= fromMinute < toMinute <= 1440}
   */
  public WorkingHours {
    if (fromMinute < 0 || toMinute > DAY || fromMinute >= toMinute) {
      throw new IllegalArgumentException(
          "working hours must run forward within one day: " + fromMinute + "-" + toMinute);
    }
  }

  /**
   * @param from e.g. {@code "08:00"}
   * @param to e.g. {@code "12:00"}, or {@code "24:00"} for the following midnight
   */
  public static WorkingHours of(String from, String to) {
    return new WorkingHours(minute(from), "24:00".equals(to) ? DAY : minute(to));
  }

  private static int minute(String hhmm) {
    LocalTime t = LocalTime.parse(hhmm);
    if (t.getSecond() != 0 || t.getNano() != 0) {
      throw new IllegalArgumentException("working hours are whole minutes: " + hhmm);
    }
    return t.getHour() * 60 + t.getMinute();
  }

  /** Whether a minute of the day (0–1439) lies in these hours. */
  public boolean contains(int minuteOfDay) {
    return minuteOfDay >= fromMinute && minuteOfDay < toMinute;
  }

  @Override
  public int compareTo(WorkingHours o) {
    return Integer.compare(fromMinute, o.fromMinute);
  }

  @Override
  public String toString() {
    return hhmm(fromMinute) + "-" + hhmm(toMinute);
  }

  private static String hhmm(int m) {
    return String.format("%02d:%02d", m / 60, m % 60);
  }
}
