package id.loket.report.entity;

import java.io.Serializable;
import java.util.List;

/** The dashboard: tiles and the three charts (escalations per week by level, flow, SLA trend). */
public record Dashboard(
    Kpis kpis, List<SeriesPoint> escalationsPerWeek, List<DayFlow> flow, List<SlaWeek> slaWeeks)
    implements Serializable {
  public Dashboard {
    escalationsPerWeek = List.copyOf(escalationsPerWeek);
    flow = List.copyOf(flow);
    slaWeeks = List.copyOf(slaWeeks);
  }
}
