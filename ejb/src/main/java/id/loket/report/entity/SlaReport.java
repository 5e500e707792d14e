package id.loket.report.entity;

import java.io.Serializable;
import java.util.List;

/**
 * SLA compliance over a window: first response (MTTA) and resolution (MTTR) figures, and the weekly
 * trend.
 */
public record SlaReport(SlaFigure firstResponse, SlaFigure resolution, List<SlaWeek> weeks)
    implements Serializable {
  public SlaReport {
    weeks = List.copyOf(weeks);
  }
}
