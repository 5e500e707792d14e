package id.loket.sla.boundary;

import id.loket.identity.entity.Roles;
import id.loket.shared.Json;
import id.loket.shared.Keyset;
import id.loket.shared.Page;
import id.loket.sla.control.SlaBook;
import id.loket.sla.entity.BusinessCalendar;
import id.loket.sla.entity.SlaEvent;
import id.loket.sla.entity.SlaTarget;
import id.loket.sla.entity.TicketSla;
import id.loket.ticket.boundary.TicketEscalation;
import id.loket.ticket.boundary.TicketNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A ticket's SLA as staff read it: each clock's state, due instant and the reasons behind it ("due
 * at 14:32 because: P2, 8 h on Jakarta office hours from 09:10; paused 1 h 20 min waiting for the
 * requester; recalculated when the priority went P3 → P2 after 60 % was used"), and the ledger a
 * page at a time, newest first (keyset over {@code ix_sla_ledger_keyset}).
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class TicketSlas {

  public static final int MAX_PAGE = 100;

  @PersistenceContext EntityManager em;
  @EJB TicketEscalation tickets;

  /** One reason, as a bundle key ({@code sla.because.*}) and its arguments. */
  public record Reason(String key, List<String> args) {}

  /** One clock. {@code state}: RUNNING, PAUSED, MET, MET_LATE, BREACHED, STOPPED. */
  public record Clock(
      String target,
      String state,
      String policy,
      String calendar,
      long targetSeconds,
      Instant startedAt,
      @JsonbNillable Instant warnAt,
      @JsonbNillable Instant dueAt,
      @JsonbNillable Instant metAt,
      long usedPercent,
      int level,
      int round,
      List<Reason> because) {}

  /** One ledger line. */
  public record Line(
      long id,
      String target,
      Instant at,
      String kind,
      String actor,
      JsonObject detail,
      @JsonbNillable Instant oldDue,
      @JsonbNillable Instant newDue) {}

  /** The clocks of the ticket, first response first; empty if it has none (yet). */
  public List<Clock> clocks(String number, Instant now) {
    long id = ticketId(number);
    SlaBook book = new SlaBook(em);
    List<Clock> out = new ArrayList<>();
    List<TicketSla> rows =
        em.createQuery(
                "SELECT s FROM TicketSla s WHERE s.ticketId = :t ORDER BY s.target",
                TicketSla.class)
            .setParameter("t", id)
            .getResultList();
    rows.sort(java.util.Comparator.comparing(TicketSla::getTarget));
    for (TicketSla s : rows) {
      Optional<BusinessCalendar> cal = book.calendar(s.getCalendarCode());
      long used = cal.map(c -> s.usedPercent(c, now)).orElse(0L);
      out.add(
          new Clock(
              s.getTarget().name(),
              state(s, now),
              s.getPolicyCode(),
              s.getCalendarCode(),
              s.getTargetDuration().toSeconds(),
              s.getStartedAt(),
              s.getWarnAt(),
              s.getDueAt(),
              s.getMetAt(),
              used,
              s.getLevel(),
              s.getRound(),
              because(s, lastRecalculation(id, s.getTarget()))));
    }
    return out;
  }

  /** The ledger, newest first, {@code limit} lines after the cursor {@code before}. */
  @SuppressWarnings("unchecked")
  public Page<Line> ledger(String number, String before, int limit) {
    long id = ticketId(number);
    int max = Math.max(1, Math.min(limit, MAX_PAGE));
    Keyset from = Keyset.parse(before);
    List<SlaEvent> rows =
        em.createNativeQuery(
                "SELECT * FROM sla_ledger WHERE ticket_id = ?1 AND (at, id) < (?2, ?3)"
                    + " ORDER BY at DESC, id DESC LIMIT ?4",
                SlaEvent.class)
            .setParameter(1, id)
            .setParameter(2, OffsetDateTime.ofInstant(from.at(), ZoneOffset.UTC))
            .setParameter(3, from.id())
            .setParameter(4, max + 1)
            .getResultList();
    boolean more = rows.size() > max;
    List<SlaEvent> shown = more ? rows.subList(0, max) : rows;
    return new Page<>(
        shown.stream().map(TicketSlas::line).toList(),
        more ? Keyset.of(shown.get(max - 1).getAt(), shown.get(max - 1).getId()) : null);
  }

  static String state(TicketSla s, Instant now) {
    if (s.getStoppedAt() != null && s.getMetAt() == null) {
      return "STOPPED";
    }
    if (s.getMetAt() != null) {
      return s.getLevel() >= TicketSla.BREACH
              || (s.getDueAt() != null && s.getMetAt().isAfter(s.getDueAt()))
          ? "MET_LATE"
          : "MET";
    }
    if (s.isPaused()) {
      return "PAUSED";
    }
    return s.getDueAt() != null && !now.isBefore(s.getDueAt()) ? "BREACHED" : "RUNNING";
  }

  /** The reasons of a clock's due instant, from its terms, pauses and last recalculation. */
  static List<Reason> because(TicketSla s, SlaEvent recalculated) {
    List<Reason> out = new ArrayList<>();
    out.add(
        new Reason(
            "sla.because.policy",
            List.of(
                s.getPolicyCode(),
                Long.toString(s.getTargetDuration().toSeconds()),
                s.getCalendarCode(),
                s.getStartedAt().toString())));
    Duration paused = Duration.ZERO;
    for (TicketSla.Pause p : s.pauseList()) {
      if (p.isOpen()) {
        out.add(new Reason("sla.because.pausedNow", List.of(p.reason(), p.from().toString())));
      } else {
        paused = paused.plus(Duration.between(p.from(), p.to()));
      }
    }
    if (!paused.isZero()) {
      out.add(new Reason("sla.because.paused", List.of(Long.toString(paused.toSeconds()))));
    }
    if (recalculated != null) {
      JsonObject d = read(recalculated.getDetail());
      out.add(
          new Reason(
              "sla.because.recalculated",
              List.of(
                  d.getString("field", ""),
                  d.getString("from", ""),
                  d.getString("to", ""),
                  Long.toString(
                      d.getJsonNumber("usedPercent") == null
                          ? 0
                          : d.getJsonNumber("usedPercent").longValue()),
                  recalculated.getAt().toString(),
                  Long.toString(
                      d.getJsonNumber("oldTargetSeconds") == null
                          ? 0
                          : d.getJsonNumber("oldTargetSeconds").longValue()))));
    }
    if (s.getMetAt() != null) {
      out.add(new Reason("sla.because.met", List.of(s.getMetAt().toString())));
    }
    return out;
  }

  private SlaEvent lastRecalculation(long ticketId, SlaTarget target) {
    return em.createQuery(
            "SELECT e FROM SlaEvent e WHERE e.ticketId = :t AND e.target = :g AND e.kind = :k"
                + " ORDER BY e.at DESC, e.id DESC",
            SlaEvent.class)
        .setParameter("t", ticketId)
        .setParameter("g", target)
        .setParameter("k", SlaEvent.Kind.RECALCULATED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private long ticketId(String number) {
    return tickets.byNumber(number).orElseThrow(() -> new TicketNotFoundException(number)).id();
  }

  private static Line line(SlaEvent e) {
    return new Line(
        e.getId(),
        e.getTarget().name(),
        e.getAt(),
        e.getKind().name(),
        e.getActor(),
        read(e.getDetail()),
        e.getOldDue(),
        e.getNewDue());
  }

  private static JsonObject read(String json) {
    try (var r = Json.createReader((json))) {
      return r.readObject();
    }
  }
}
