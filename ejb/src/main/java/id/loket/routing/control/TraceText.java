package id.loket.routing.control;

import id.loket.routing.control.RoutingTrace.Candidate;
import id.loket.routing.control.RoutingTrace.Condition;
import id.loket.routing.control.RoutingTrace.MissingSkill;
import id.loket.routing.entity.RuleAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a {@link RoutingTrace} as lines of English or Indonesian text, one line per step: the
 * rule, the required skills, each member judged, the result. The few templates live here rather
 * than in the resource bundles of the web tier, because the trace is also written to tickets by
 * background work that has no request and no bundle.
 */
final class TraceText {

  /** The templates, English and Indonesian; arguments as in {@link String#format}. */
  enum Phrase {
    RULE("rule %d: %s → %s", "aturan %d: %s → %s"),
    ANY_TICKET("any ticket", "semua tiket"),
    DEFAULT_TEAM(
        "no rule matched → default team %s", "tidak ada aturan yang cocok → tim bawaan %s"),
    REQUIRED("required skills: %s", "keahlian wajib: %s"),
    UNKNOWN_TEAM(
        "team %s is unknown; the ticket stays unassigned",
        "tim %s tidak dikenal; tiket tetap belum ditugaskan"),
    AUTO_ASSIGN_OFF(
        "auto-assignment is off in %s; the ticket waits in the queue",
        "penugasan otomatis nonaktif di %s; tiket menunggu di antrean"),
    ELIGIBLE("%s: eligible; %s", "%s: memenuhi syarat; %s"),
    SKIPPED("%s: skipped, %s", "%s: dilewati, %s"),
    AWAY("away", "sedang tidak hadir"),
    MISSING_SKILL("missing skill %s (has level %d of %d)", "kurang keahlian %s (level %d dari %d)"),
    AT_CAPACITY("at capacity (load %d of %d)", "kapasitas penuh (beban %d dari %d)"),
    SKILLS("skills %d/%d", "keahlian %d/%d"),
    LOAD("load %d of %d", "beban %d dari %d"),
    CHOSEN("→ %s: %s; %s", "→ %s: %s; %s"),
    NOBODY_ELIGIBLE(
        "nobody eligible; the ticket stays unassigned in the %s queue",
        "tidak ada yang memenuhi syarat; tiket tetap belum ditugaskan di antrean %s"),
    ONLY_ELIGIBLE("the only eligible member", "satu-satunya yang memenuhi syarat"),
    LOWEST_LOAD("lowest load", "beban paling sedikit"),
    BETTER_SKILL_MATCH("same load, better skill match", "beban sama, keahlian lebih cocok"),
    LONGEST_SINCE_ASSIGNED(
        "same load and skills, longest since last assigned",
        "beban dan keahlian sama, paling lama tidak mendapat tiket"),
    USER_NAME("all equal, first by user name", "semua sama, urutan nama pengguna"),
    NEXT_IN_TURN("next in turn", "giliran berikutnya"),
    TYPE("type", "jenis"),
    CATEGORY("category", "kategori"),
    SERVICE("service", "layanan"),
    KEYWORD("keyword", "kata kunci"),
    DEPARTMENT("department", "departemen"),
    LOCATION("location", "lokasi");

    private final String english;
    private final String indonesian;

    Phrase(String english, String indonesian) {
      this.english = english;
      this.indonesian = indonesian;
    }

    String in(boolean inIndonesian, Object... args) {
      return String.format(Locale.ROOT, inIndonesian ? indonesian : english, args);
    }
  }

  private TraceText() {}

  static String render(RoutingTrace trace, Locale locale) {
    boolean id = isIndonesian(locale);
    List<String> lines = new ArrayList<>();
    if (trace.isDefaultTeam()) {
      lines.add(Phrase.DEFAULT_TEAM.in(id, trace.teamName()));
    } else {
      String held =
          trace.conditions().isEmpty()
              ? Phrase.ANY_TICKET.in(id)
              : trace.conditions().stream()
                  .map(c -> condition(c, id))
                  .collect(Collectors.joining(", "));
      lines.add(Phrase.RULE.in(id, trace.ruleOrder(), held, trace.teamName()));
    }
    if (!trace.requiredSkills().isEmpty()) {
      lines.add(
          Phrase.REQUIRED.in(
              id,
              trace.requiredSkills().stream()
                  .map(s -> s.skill() + " ≥ " + s.level())
                  .collect(Collectors.joining(", "))));
    }
    for (Candidate candidate : trace.candidates()) {
      lines.add(
          candidate.eligible()
              ? Phrase.ELIGIBLE.in(id, candidate.userName(), skillsAndLoad(candidate, id))
              : Phrase.SKIPPED.in(id, candidate.userName(), skipReasons(candidate, id)));
    }
    lines.add(result(trace, id));
    return String.join("\n", lines);
  }

  private static String result(RoutingTrace trace, boolean id) {
    return switch (trace.outcome()) {
      case UNKNOWN_TEAM -> Phrase.UNKNOWN_TEAM.in(id, trace.team());
      case AUTO_ASSIGN_OFF -> Phrase.AUTO_ASSIGN_OFF.in(id, trace.teamName());
      case NOBODY_ELIGIBLE -> Phrase.NOBODY_ELIGIBLE.in(id, trace.teamName());
      case ASSIGNED -> {
        Candidate winner =
            trace.candidates().stream()
                .filter(c -> c.userName().equals(trace.assignee()))
                .findFirst()
                .orElseThrow();
        String why = Phrase.valueOf(trace.winReason().name()).in(id);
        yield Phrase.CHOSEN.in(id, winner.userName(), why, skillsAndLoad(winner, id));
      }
    };
  }

  private static String condition(Condition condition, boolean id) {
    return attribute(condition.attribute(), id) + "=" + condition.value();
  }

  private static String attribute(RuleAttribute attribute, boolean id) {
    return Phrase.valueOf(attribute.name()).in(id);
  }

  private static String skillsAndLoad(Candidate candidate, boolean id) {
    String load = Phrase.LOAD.in(id, candidate.load(), candidate.capacity());
    if (candidate.skillsRequired() == 0) {
      return load;
    }
    return Phrase.SKILLS.in(id, candidate.skillsMet(), candidate.skillsRequired()) + "; " + load;
  }

  private static String skipReasons(Candidate candidate, boolean id) {
    List<String> reasons = new ArrayList<>();
    if (candidate.away()) {
      reasons.add(Phrase.AWAY.in(id));
    }
    for (MissingSkill missing : candidate.missingSkills()) {
      reasons.add(Phrase.MISSING_SKILL.in(id, missing.skill(), missing.has(), missing.needed()));
    }
    if (candidate.atCapacity()) {
      reasons.add(Phrase.AT_CAPACITY.in(id, candidate.load(), candidate.capacity()));
    }
    return String.join("; ", reasons);
  }

  /** Java knows Indonesian as "id" and, with old ISO codes, as "in". */
  private static boolean isIndonesian(Locale locale) {
    return locale != null
        && ("id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()));
  }
}
