package id.loket.report.web.pdf;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The reports a PDF can be made of, by the name the {@code report} parameter gives them. */
public enum ReportKind {
  DASHBOARD,
  ESCALATIONS,
  SLA,
  BACKLOG,
  SATISFACTION,
  LOAD;

  /** The parameter's value for this report: {@code dashboard}, {@code sla} … */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The report a parameter names (exactly, in lower case), if any. */
  public static Optional<ReportKind> of(String parameter) {
    return Arrays.stream(values()).filter(k -> k.parameter().equals(parameter)).findFirst();
  }
}
