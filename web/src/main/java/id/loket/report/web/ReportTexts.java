package id.loket.report.web;

import id.loket.platform.web.Messages;
import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Texts of the report pages and charts in the reader's language. */
final class ReportTexts {

  private ReportTexts() {}

  static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  static String text(String key, Object... args) {
    return Messages.get(locale(), key, args);
  }

  /** A day on a chart's axis: "3 Dec". */
  static String day(LocalDate day) {
    return DateTimeFormatter.ofPattern("d MMM", locale()).format(day);
  }

  /** A week on a chart's axis, by its Monday. */
  static String week(LocalDate monday) {
    return text("report.chart.week", day(monday));
  }

  static String level(String level) {
    return text("report.level." + level);
  }
}
