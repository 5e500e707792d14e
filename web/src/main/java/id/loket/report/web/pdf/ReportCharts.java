package id.loket.report.web.pdf;

import id.loket.report.entity.AgentLoad;
import id.loket.report.entity.Count;
import id.loket.report.entity.DayFlow;
import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.SeriesPoint;
import id.loket.report.entity.SlaWeek;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The charts of the reports, built with JFreeChart from the report records and labelled in the
 * reader's language: escalations per week by level (stacked bars), the SLA share met per week
 * (lines, 0–100 %), inflow and outflow per day (lines), the rating distribution (bars) and the open
 * tickets per agent (horizontal bars, most loaded first). {@link ReportPdf} draws them as vectors.
 */
public final class ReportCharts {

  /** At most this many agents in the load chart (the table lists them all). */
  static final int MAX_AGENTS = 15;

  static final int MAX_DAY_LABELS = 45;

  private static final Color[] PALETTE = {
    new Color(0x1f77b4),
    new Color(0xd62728),
    new Color(0x9467bd),
    new Color(0xff7f0e),
    new Color(0x2ca02c),
    new Color(0x8c564b)
  };

  private final PdfTexts texts;

  public ReportCharts(PdfTexts texts) {
    this.texts = texts;
  }

  /** Escalations per week, one stacked bar per week, one colour per level. */
  public JFreeChart escalationsPerWeek(List<SeriesPoint> perWeek) {
    Map<String, Map<LocalDate, Long>> byLevel = new LinkedHashMap<>();
    SortedSet<LocalDate> weeks = new TreeSet<>();
    for (SeriesPoint p : perWeek) {
      weeks.add(p.period());
      byLevel.computeIfAbsent(p.key(), k -> new HashMap<>()).merge(p.period(), p.n(), Long::sum);
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (String level : EscalationReport.LEVELS) {
      Map<LocalDate, Long> counts = byLevel.getOrDefault(level, Map.of());
      for (LocalDate week : weeks) {
        data.addValue(counts.getOrDefault(week, 0L), levelLabel(level), column(week));
      }
    }
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            texts.text("chart.escalationsPerWeek"),
            texts.text("axis.week"),
            texts.text("axis.escalations"),
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    return styled(chart, true);
  }

  /** Share of clocks met in time per week, first response and resolution. */
  public JFreeChart slaPerWeek(List<SlaWeek> weeks) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String firstResponse = texts.text("sla.firstResponse");
    String resolution = texts.text("sla.resolution");
    for (SlaWeek w : weeks.stream().sorted(Comparator.comparing(SlaWeek::week)).toList()) {
      Column week = column(w.week());
      data.addValue(w.firstResponsePercent(), firstResponse, week);
      data.addValue(w.resolutionPercent(), resolution, week);
    }
    JFreeChart chart =
        ChartFactory.createLineChart(
            texts.text("chart.slaPerWeek"),
            texts.text("axis.week"),
            texts.text("axis.percent"),
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    styled(chart, false);
    NumberAxis range = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
    range.setRange(0, 100);
    return chart;
  }

  /** Tickets created and resolved per desk day. */
  public JFreeChart flow(List<DayFlow> days) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String created = texts.text("flow.created");
    String resolved = texts.text("flow.resolved");
    for (DayFlow d : days.stream().sorted(Comparator.comparing(DayFlow::day)).toList()) {
      Column day = column(d.day());
      data.addValue(d.created(), created, day);
      data.addValue(d.resolved(), resolved, day);
    }
    JFreeChart chart =
        ChartFactory.createLineChart(
            texts.text("chart.flow"),
            texts.text("axis.day"),
            texts.text("axis.tickets"),
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    styled(chart, false);
    thinOut(chart.getCategoryPlot().getDomainAxis(), days.size());
    return chart;
  }

  /** How many ratings of each value, 1 to 5. */
  public JFreeChart ratings(List<Count> distribution) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String series = texts.text("axis.ratings");
    for (Count c : distribution.stream().sorted(Comparator.comparing(Count::key)).toList()) {
      data.addValue(c.n(), series, c.key());
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            texts.text("chart.ratings"),
            texts.text("axis.rating"),
            texts.text("axis.ratings"),
            data,
            PlotOrientation.VERTICAL,
            false,
            false,
            false);
    return styled(chart, true);
  }

  /** Open tickets per agent, most first, at most {@link #MAX_AGENTS}. */
  public JFreeChart openPerAgent(List<AgentLoad> agents) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String series = texts.text("load.open");
    agents.stream()
        .sorted(Comparator.comparingLong(AgentLoad::open).reversed())
        .limit(MAX_AGENTS)
        .forEach(a -> data.addValue(a.open(), series, texts.orNone(a.agent())));
    JFreeChart chart =
        ChartFactory.createBarChart(
            texts.text("chart.openPerAgent"),
            texts.text("axis.agent"),
            texts.text("axis.tickets"),
            data,
            PlotOrientation.HORIZONTAL,
            false,
            false,
            false);
    return styled(chart, true);
  }

  /**
   * A day or week of a chart's axis: ordered and told apart by its date (two days a year apart are
   * two columns), labelled short in the reader's language.
   */
  record Column(LocalDate date, String label) implements Comparable<Column> {
    @Override
    public int compareTo(Column other) {
      return date.compareTo(other.date);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Column c && c.date.equals(date);
    }

    @Override
    public int hashCode() {
      return date.hashCode();
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private Column column(LocalDate date) {
    return new Column(date, texts.shortDate(date));
  }

  private String levelLabel(String level) {
    return texts.text("level." + level);
  }

  /** Plain, printable looks: white background, flat bars, whole numbers on count axes. */
  private static JFreeChart styled(JFreeChart chart, boolean counts) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
    }
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.setOutlineVisible(false);
    Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, 8);
    Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    plot.getDomainAxis().setTickLabelFont(tick);
    plot.getDomainAxis().setLabelFont(label);
    plot.getRangeAxis().setTickLabelFont(tick);
    plot.getRangeAxis().setLabelFont(label);
    if (plot.getOrientation() == PlotOrientation.VERTICAL) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    if (counts) {
      plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    if (plot.getRenderer() instanceof BarRenderer bars) {
      bars.setBarPainter(new StandardBarPainter());
      bars.setShadowVisible(false);
    }
    for (int i = 0; i < PALETTE.length; i++) {
      plot.getRenderer().setSeriesPaint(i, PALETTE[i]);
    }
    return chart;
  }

  /** A day axis of more than {@link #MAX_DAY_LABELS} days would be unreadable: no labels then. */
  private static void thinOut(CategoryAxis axis, int days) {
    axis.setTickLabelsVisible(days <= MAX_DAY_LABELS);
  }
}
