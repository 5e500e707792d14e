package id.loket.report.web.pdf;

import id.loket.report.entity.AgeCount;
import id.loket.report.entity.AgentLoad;
import id.loket.report.entity.BacklogReport;
import id.loket.report.entity.Count;
import id.loket.report.entity.Dashboard;
import id.loket.report.entity.DayFlow;
import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.Kpis;
import id.loket.report.entity.LoadReport;
import id.loket.report.entity.OldestRow;
import id.loket.report.entity.RatingRow;
import id.loket.report.entity.ReportFilter;
import id.loket.report.entity.SatisfactionReport;
import id.loket.report.entity.SlaFigure;
import id.loket.report.entity.SlaReport;
import id.loket.report.entity.SlaWeek;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a report as PDF in the reader's language: its title, the filter it was made with, its
 * figures as tables and its charts. Plain Java over the report records (no container), so every
 * report can be rendered and checked in a unit test.
 */
public final class ReportPdf {

  private final PdfTexts texts;
  private final ReportCharts charts;
  private final Instant madeAt;
  private final String madeBy;

  public ReportPdf(PdfTexts texts, Instant madeAt, String madeBy) {
    this.texts = texts;
    this.charts = new ReportCharts(texts);
    this.madeAt = madeAt;
    this.madeBy = madeBy;
  }

  public void dashboard(ReportFilter filter, Dashboard report, OutputStream out) {
    write(
        ReportKind.DASHBOARD,
        filter,
        out,
        pdf -> {
          kpis(pdf, report.kpis());
          pdf.chart(charts.escalationsPerWeek(report.escalationsPerWeek()));
          pdf.chart(charts.flow(report.flow()));
          pdf.chart(charts.slaPerWeek(report.slaWeeks()));
        });
  }

  public void escalations(ReportFilter filter, EscalationReport report, OutputStream out) {
    write(
        ReportKind.ESCALATIONS,
        filter,
        out,
        pdf -> {
          figures(
              pdf,
              List.of(
                  row("esc.total", texts.count(report.total())),
                  row("esc.open", texts.count(report.open())),
                  row("esc.acknowledged", texts.count(report.acknowledged())),
                  row("esc.closed", texts.count(report.closed()))));
          pdf.chart(charts.escalationsPerWeek(report.perWeek()));
          counts(pdf, "esc.byLevel", "level", report.byLevel(), "level.");
          counts(pdf, "esc.byCause", "cause", report.byCause(), "cause.");
          counts(pdf, "esc.byTeam", "team", report.byTeam(), null);
          counts(pdf, "esc.byCategory", "category", report.byCategory(), null);
          counts(pdf, "esc.byPriority", "priority", report.byPriority(), null);
          counts(pdf, "esc.repeatRequesters", "requester", report.repeatRequesters(), null);
          counts(pdf, "esc.repeatServices", "service", report.repeatServices(), null);
        });
  }

  public void sla(ReportFilter filter, SlaReport report, OutputStream out) {
    write(
        ReportKind.SLA,
        filter,
        out,
        pdf -> {
          pdf.heading(texts.text("sla.figures"));
          pdf.table(
              header(
                  "sla.target",
                  "sla.completed",
                  "sla.met",
                  "sla.late",
                  "sla.openOverdue",
                  "sla.percentMet",
                  "sla.average",
                  "sla.p90"),
              List.of(
                  sla(texts.text("sla.firstResponse"), report.firstResponse()),
                  sla(texts.text("sla.resolution"), report.resolution())));
          pdf.chart(charts.slaPerWeek(report.weeks()));
          pdf.heading(texts.text("sla.weeks"));
          List<List<String>> rows = new ArrayList<>();
          for (SlaWeek w : report.weeks()) {
            rows.add(
                List.of(
                    texts.date(w.week()),
                    texts.count(w.firstResponseCompleted()),
                    texts.percent(w.firstResponsePercent()),
                    texts.count(w.resolutionCompleted()),
                    texts.percent(w.resolutionPercent())));
          }
          table(
              pdf,
              header(
                  "axis.week",
                  "sla.firstResponseCompleted",
                  "sla.firstResponsePercent",
                  "sla.resolutionCompleted",
                  "sla.resolutionPercent"),
              rows);
        });
  }

  public void backlog(
      ReportFilter filter, BacklogReport report, List<OldestRow> oldest, OutputStream out) {
    write(
        ReportKind.BACKLOG,
        filter,
        out,
        pdf -> {
          figures(
              pdf,
              List.of(
                  row("backlog.open", texts.count(report.open())),
                  row("flow.created", texts.count(report.created())),
                  row("flow.resolved", texts.count(report.resolvedInFlow())),
                  row("backlog.reopened", texts.count(report.reopened())),
                  row("backlog.reopenRate", texts.percent(report.reopenRate()))));
          pdf.chart(charts.flow(report.flow()));
          pdf.heading(texts.text("backlog.ages"));
          List<List<String>> ages = new ArrayList<>();
          for (AgeCount a : report.ages()) {
            ages.add(
                List.of(
                    texts.text("bucket." + a.bucket()),
                    texts.label("status.", a.status()),
                    texts.count(a.n())));
          }
          table(pdf, header("backlog.age", "backlog.status", "count"), ages);
          pdf.heading(texts.text("backlog.flow"));
          List<List<String>> flow = new ArrayList<>();
          for (DayFlow d : report.flow()) {
            flow.add(
                List.of(texts.date(d.day()), texts.count(d.created()), texts.count(d.resolved())));
          }
          table(pdf, header("axis.day", "flow.created", "flow.resolved"), flow);
          pdf.heading(texts.text("backlog.oldest"));
          List<List<String>> rows = new ArrayList<>();
          for (OldestRow o : oldest) {
            rows.add(
                List.of(
                    o.number(),
                    o.title(),
                    texts.label("status.", o.status()),
                    texts.orNone(o.team()),
                    texts.orNone(o.assignee()),
                    texts.orNone(o.priority()),
                    texts.instant(o.createdAt())));
          }
          table(
              pdf,
              header(
                  "ticket",
                  "ticketTitle",
                  "backlog.status",
                  "team",
                  "assignee",
                  "priority",
                  "createdAt"),
              rows,
              new float[] {3.4f, 5, 2.2f, 2.2f, 2, 1.4f, 2.8f});
        });
  }

  public void satisfaction(
      ReportFilter filter, SatisfactionReport report, List<RatingRow> low, OutputStream out) {
    write(
        ReportKind.SATISFACTION,
        filter,
        out,
        pdf -> {
          figures(
              pdf,
              List.of(
                  row("csat.ratings", texts.count(report.ratings())),
                  row("csat.average", texts.decimal(report.average()))));
          pdf.chart(charts.ratings(report.distribution()));
          counts(pdf, "csat.distribution", "axis.rating", report.distribution(), null);
          pdf.heading(texts.text("csat.low"));
          List<List<String>> rows = new ArrayList<>();
          for (RatingRow r : low) {
            rows.add(
                List.of(
                    r.ticketNumber(),
                    texts.count(r.rating()),
                    texts.orNone(r.comment()),
                    texts.orNone(r.ratedBy()),
                    texts.instant(r.ratedAt()),
                    texts.orNone(r.team()),
                    texts.orNone(r.assignee())));
          }
          table(
              pdf,
              header(
                  "ticket",
                  "axis.rating",
                  "csat.comment",
                  "csat.ratedBy",
                  "csat.ratedAt",
                  "team",
                  "assignee"),
              rows,
              new float[] {3.4f, 1.2f, 5, 2, 2.8f, 2, 2});
        });
  }

  public void load(ReportFilter filter, LoadReport report, OutputStream out) {
    write(
        ReportKind.LOAD,
        filter,
        out,
        pdf -> {
          pdf.chart(charts.openPerAgent(report.agents()));
          pdf.heading(texts.text("load.agents"));
          table(
              pdf,
              header("axis.agent", "load.open", "load.resolved", "load.handling"),
              loads(report.agents()));
          pdf.heading(texts.text("load.teams"));
          table(
              pdf,
              header("team", "load.open", "load.resolved", "load.handling"),
              loads(report.teams()));
        });
  }

  private void write(
      ReportKind kind, ReportFilter filter, OutputStream out, Consumer<PdfDocument> body) {
    String title = texts.text("title." + kind.parameter());
    try (PdfDocument pdf = new PdfDocument(out, title, texts.locale().getLanguage())) {
      pdf.title(title);
      pdf.note(texts.text("made", texts.instant(madeAt), madeBy, texts.zone().getId()));
      pdf.heading(texts.text("filter"));
      pdf.table(header("filter.name", "filter.value"), filterRows(filter));
      body.accept(pdf);
    }
  }

  private List<List<String>> filterRows(ReportFilter f) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        row(
            "window",
            texts.text("window.value", texts.date(f.from()), texts.date(f.to()), f.days())));
    rows.add(row("team", orAll(f.team())));
    rows.add(row("agent", orAll(f.agent())));
    rows.add(row("category", orAll(f.category())));
    rows.add(row("requestType", orAll(f.requestType())));
    rows.add(row("priority", orAll(f.priority())));
    rows.add(
        row(
            "channel",
            f.channel() == null ? texts.text("all") : texts.label("channel.", f.channel())));
    return rows;
  }

  private void kpis(PdfDocument pdf, Kpis k) {
    figures(
        pdf,
        List.of(
            row("kpi.escalations", texts.count(k.escalations())),
            row("kpi.openEscalations", texts.count(k.openEscalations())),
            row("kpi.firstResponseMet", texts.percent(k.firstResponseMetPercent())),
            row("kpi.resolutionMet", texts.percent(k.resolutionMetPercent())),
            row("kpi.backlog", texts.count(k.backlog())),
            row("kpi.created", texts.count(k.created())),
            row("kpi.resolved", texts.count(k.resolved())),
            row("kpi.csat", texts.decimal(k.csat())),
            row("kpi.ratings", texts.count(k.ratings()))));
  }

  private void figures(PdfDocument pdf, List<List<String>> rows) {
    pdf.heading(texts.text("figures"));
    pdf.table(header("figure", "value"), rows);
  }

  /** A table of counts under a heading; keys translated with {@code labels} unless null. */
  private void counts(
      PdfDocument pdf, String heading, String keyHeader, List<Count> counts, String labels) {
    pdf.heading(texts.text(heading));
    List<List<String>> rows = new ArrayList<>();
    for (Count c : counts) {
      String key = labels == null ? texts.orNone(c.key()) : texts.text(labels + c.key());
      rows.add(List.of(key, texts.count(c.n())));
    }
    table(pdf, header(keyHeader, "count"), rows);
  }

  private List<String> sla(String target, SlaFigure f) {
    return List.of(
        target,
        texts.count(f.completed()),
        texts.count(f.met()),
        texts.count(f.late()),
        texts.count(f.openOverdue()),
        texts.percent(f.percentMet()),
        texts.duration(f.averageSeconds()),
        texts.duration(f.p90Seconds()));
  }

  private List<List<String>> loads(List<AgentLoad> loads) {
    List<List<String>> rows = new ArrayList<>();
    for (AgentLoad a : loads) {
      rows.add(
          List.of(
              texts.orNone(a.agent()),
              texts.count(a.open()),
              texts.count(a.resolved()),
              texts.decimal(a.averageHandlingMinutes())));
    }
    return rows;
  }

  private void table(PdfDocument pdf, List<String> header, List<List<String>> rows) {
    table(pdf, header, rows, null);
  }

  private void table(
      PdfDocument pdf, List<String> header, List<List<String>> rows, float[] widths) {
    if (rows.isEmpty()) {
      pdf.empty(texts.text("none"));
    } else {
      pdf.table(header, rows, widths);
    }
  }

  private List<String> row(String key, String value) {
    return List.of(texts.text(key), value);
  }

  private List<String> header(String... keys) {
    List<String> header = new ArrayList<>();
    for (String key : keys) {
      header.add(texts.text(key));
    }
    return header;
  }

  private String orAll(String value) {
    return value == null ? texts.text("all") : value;
  }
}
