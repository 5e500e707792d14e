package id.loket.report.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** One week (its Monday) of the SLA trend: clocks completed and met in time, per target. */
public record SlaWeek(
    LocalDate week,
    long firstResponseCompleted,
    long firstResponseMet,
    long resolutionCompleted,
    long resolutionMet)
    implements Serializable {

  public Double firstResponsePercent() {
    return SlaFigure.percent(firstResponseMet, firstResponseCompleted);
  }

  public Double resolutionPercent() {
    return SlaFigure.percent(resolutionMet, resolutionCompleted);
  }
}
