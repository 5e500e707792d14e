package id.loket.report.control;

import id.loket.report.entity.AgentLoad;
import id.loket.report.entity.BacklogReport;
import id.loket.report.entity.Count;
import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.ReportFilter;
import id.loket.report.entity.SlaReport;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text of a digest mail, in English or Bahasa Indonesia: per chosen report its key figures for
 * the period, and a link to the dashboard with the same window and filters. Plain text, short,
 * numbers written the reader's way (a decimal comma in Indonesian); a figure that cannot be known
 * (no clock completed, no rating) is "-", never a made-up zero.
 */
public final class DigestText {

  /** A digest's subject and body. */
  public record Text(String subject, String body) {}

  public static final int TOP_AGENTS = 5;

  private static final Map<String, Map<String, String>> TEXTS =
      Map.of(
          "en",
          texts(
              "subject.DAILY", "Loket daily digest {0}",
              "subject.WEEKLY", "Loket weekly digest {0}",
              "period", "Period: {0}",
              "filters", "Filters: {0}",
              "filters.none", "none",
              "ESCALATIONS", "Escalations",
              "escalations.total", "Total: {0}, still open: {1}",
              "escalations.levels", "By level: {0}",
              "level.WARNING", "warning",
              "level.BREACH", "breach",
              "level.SECOND_LEVEL", "second level",
              "level.REMINDER", "reminder",
              "level.NOT_SATISFIED", "not satisfied",
              "SLA", "SLA",
              "sla.fr", "First response met in time: {0} (MTTA {1})",
              "sla.res", "Resolution met in time: {0} (MTTR {1})",
              "sla.breaches", "Breaches: {0}",
              "BACKLOG", "Backlog",
              "backlog.open", "Open now: {0}",
              "backlog.flow", "Created: {0}, resolved: {1}",
              "backlog.reopen", "Reopen rate: {0}",
              "SATISFACTION", "Satisfaction",
              "csat", "CSAT: {0} of 5 ({1} ratings)",
              "LOAD", "Load: top " + TOP_AGENTS + " agents by open tickets",
              "load.agent", "{0}: {1} open, {2} resolved",
              "load.none", "No agent has open tickets.",
              "hours", "{0} h",
              "dashboard", "Dashboard: {0}",
              "footer", "You receive this digest because you subscribed to it in Loket."),
          "id",
          texts(
              "subject.DAILY", "Ringkasan harian Loket {0}",
              "subject.WEEKLY", "Ringkasan mingguan Loket {0}",
              "period", "Periode: {0}",
              "filters", "Filter: {0}",
              "filters.none", "tidak ada",
              "ESCALATIONS", "Eskalasi",
              "escalations.total", "Total: {0}, masih terbuka: {1}",
              "escalations.levels", "Per tingkat: {0}",
              "level.WARNING", "peringatan",
              "level.BREACH", "pelanggaran",
              "level.SECOND_LEVEL", "tingkat kedua",
              "level.REMINDER", "pengingat",
              "level.NOT_SATISFIED", "tidak puas",
              "SLA", "SLA",
              "sla.fr", "Respons pertama tepat waktu: {0} (MTTA {1})",
              "sla.res", "Penyelesaian tepat waktu: {0} (MTTR {1})",
              "sla.breaches", "Pelanggaran: {0}",
              "BACKLOG", "Backlog",
              "backlog.open", "Terbuka saat ini: {0}",
              "backlog.flow", "Dibuat: {0}, diselesaikan: {1}",
              "backlog.reopen", "Tingkat dibuka kembali: {0}",
              "SATISFACTION", "Kepuasan",
              "csat", "CSAT: {0} dari 5 ({1} penilaian)",
              "LOAD", "Beban: " + TOP_AGENTS + " agen dengan tiket terbuka terbanyak",
              "load.agent", "{0}: {1} terbuka, {2} diselesaikan",
              "load.none", "Tidak ada agen dengan tiket terbuka.",
              "hours", "{0} jam",
              "dashboard", "Dasbor: {0}",
              "footer", "Anda menerima ringkasan ini karena berlangganan di Loket."));

  private final String language;
  private final Map<String, String> texts;

  /**
   * @param language {@code id} for Bahasa Indonesia; anything else is English
   */
  public DigestText(String language) {
    this.language = "id".equals(language) ? "id" : "en";
    this.texts = TEXTS.get(this.language);
  }

  public String language() {
    return language;
  }

  /**
   * @param baseUrl the desk's public address ending in a slash (may be empty: a relative link)
   */
  public Text render(DigestFigures d, String baseUrl) {
    ReportFilter f = d.filter();
    String period = f.from().equals(f.to()) ? f.from().toString() : f.from() + " – " + f.to();
    String subject = say("subject." + d.frequency().name(), period);
    List<String> lines = new ArrayList<>();
    lines.add(say("period", period));
    lines.add(say("filters", filters(f)));
    if (d.escalations() != null) {
      EscalationReport e = d.escalations();
      section(lines, "ESCALATIONS");
      lines.add("  " + say("escalations.total", e.total(), e.open()));
      List<String> levels = new ArrayList<>();
      for (Count c : e.byLevel()) {
        if (c.n() > 0) {
          levels.add(say("level." + c.key()) + " " + c.n());
        }
      }
      if (!levels.isEmpty()) {
        lines.add("  " + say("escalations.levels", String.join(", ", levels)));
      }
    }
    if (d.sla() != null) {
      SlaReport s = d.sla();
      section(lines, "SLA");
      lines.add(
          "  "
              + say(
                  "sla.fr",
                  percent(s.firstResponse().percentMet()),
                  hours(s.firstResponse().averageSeconds())));
      lines.add(
          "  "
              + say(
                  "sla.res",
                  percent(s.resolution().percentMet()),
                  hours(s.resolution().averageSeconds())));
      lines.add("  " + say("sla.breaches", breaches(s)));
    }
    if (d.backlog() != null) {
      BacklogReport b = d.backlog();
      section(lines, "BACKLOG");
      lines.add("  " + say("backlog.open", b.open()));
      lines.add("  " + say("backlog.flow", b.created(), b.resolvedInFlow()));
      lines.add("  " + say("backlog.reopen", percent(b.reopenRate())));
    }
    if (d.satisfaction() != null) {
      section(lines, "SATISFACTION");
      lines.add(
          "  "
              + say(
                  "csat", decimal(d.satisfaction().average(), "0.0"), d.satisfaction().ratings()));
    }
    if (d.load() != null) {
      section(lines, "LOAD");
      List<AgentLoad> top =
          d.load().agents().stream()
              .filter(a -> a.open() > 0)
              .sorted((a, b) -> Long.compare(b.open(), a.open()))
              .limit(TOP_AGENTS)
              .toList();
      if (top.isEmpty()) {
        lines.add("  " + say("load.none"));
      }
      for (AgentLoad a : top) {
        lines.add("  " + say("load.agent", a.agent(), a.open(), a.resolved()));
      }
    }
    lines.add("");
    lines.add(say("dashboard", link(baseUrl, f)));
    lines.add("");
    lines.add("-- ");
    lines.add(say("footer"));
    return new Text(subject, String.join("\n", lines) + "\n");
  }

  /** The dashboard showing the digest's window and filters. */
  public static String link(String baseUrl, ReportFilter f) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("from", f.from().toString());
    params.put("to", f.to().toString());
    params.put("team", f.team());
    params.put("agent", f.agent());
    params.put("category", f.category());
    params.put("requestType", f.requestType());
    params.put("priority", f.priority());
    params.put("channel", f.channel());
    StringBuilder url = new StringBuilder(baseUrl == null ? "" : baseUrl);
    url.append("manager/reports.xhtml");
    char sep = '?';
    for (Map.Entry<String, String> p : params.entrySet()) {
      if (p.getValue() != null) {
        url.append(sep)
            .append(p.getKey())
            .append('=')
            .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
        sep = '&';
      }
    }
    return url.toString();
  }

  /** Late plus still open past due, of both targets. */
  public static long breaches(SlaReport s) {
    return s.firstResponse().breaches() + s.resolution().breaches();
  }

  /** A share such as 87.5 (per cent) as the reader writes it, "-" when unknown. */
  public String percent(Double p) {
    return p == null ? "-" : decimal(p, "0.0") + " %";
  }

  /** Seconds as hours with one decimal, "-" when unknown. */
  public String hours(Double seconds) {
    return seconds == null ? "-" : say("hours", decimal(seconds / 3600.0, "0.0"));
  }

  private String decimal(Double value, String pattern) {
    if (value == null) {
      return "-";
    }
    DecimalFormat format =
        new DecimalFormat(
            pattern, DecimalFormatSymbols.getInstance(Locale.forLanguageTag(language)));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  private String filters(ReportFilter f) {
    List<String> set = new ArrayList<>();
    add(set, "team", f.team());
    add(set, "agent", f.agent());
    add(set, "category", f.category());
    add(set, "requestType", f.requestType());
    add(set, "priority", f.priority());
    add(set, "channel", f.channel());
    return set.isEmpty() ? say("filters.none") : String.join(", ", set);
  }

  private static void add(List<String> set, String name, String value) {
    if (value != null) {
      set.add(name + "=" + value);
    }
  }

  private void section(List<String> lines, String key) {
    lines.add("");
    lines.add(say(key));
  }

  private String say(String key, Object... args) {
    String t = texts.get(key);
    if (t == null) {
      throw new IllegalArgumentException("No digest text " + key);
    }
    for (int i = 0; i < args.length; i++) {
      t = t.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return t;
  }

  private static Map<String, String> texts(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return Map.copyOf(m);
  }
}
