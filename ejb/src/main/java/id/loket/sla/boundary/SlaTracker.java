package id.loket.sla.boundary;

import id.loket.followup.boundary.EscalationAcknowledged;
import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Roles;
import id.loket.platform.LoketConfig;
import id.loket.sla.control.SlaBook;
import id.loket.sla.entity.BusinessCalendar;
import id.loket.sla.entity.SlaEvent;
import id.loket.sla.entity.SlaPolicy;
import id.loket.sla.entity.SlaTarget;
import id.loket.sla.entity.TicketSla;
import id.loket.team.boundary.Teams;
import id.loket.ticket.boundary.TicketChanged;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves a ticket's SLA clocks with every write to the ticket, in the write's transaction: starts
 * them when the ticket opens, pauses them while it waits (for the requester; for a third party
 * unless configured otherwise), resumes them, meets the first response at the first public answer
 * of staff and the resolution when resolved (a reopened ticket's resolution clock goes on), stops
 * them when closed or merged, and recalculates them when the priority, request type or team changes
 * — the time used stays used, the new target applies to the whole life. Every step is a ledger line
 * with the due instant before and after; the ticket stores the due instants.
 */
@Stateless
@PermitAll
public class SlaTracker {

  /** The actor of what the SLA engine does by itself. */
  public static final String SYSTEM = "sla";

  static final String WAITING_FOR_REQUESTER = "WAITING_FOR_REQUESTER";
  static final String WAITING_FOR_THIRD_PARTY = "WAITING_FOR_THIRD_PARTY";

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject LoketConfig config;
  @EJB Teams teams;
  @EJB UserDirectory directory;

  public void onChange(@Observes TicketChanged change) {
    SlaBook book = new SlaBook(em);
    Map<SlaTarget, TicketSla> clocks = lock(change.ticketId());
    List<Line> lines = new ArrayList<>();
    Map<SlaTarget, Instant> dueBefore = new EnumMap<>(SlaTarget.class);
    clocks.forEach((t, c) -> dueBefore.put(t, c.getDueAt()));
    if (clocks.isEmpty()) {
      Instant at = change.isCreation() ? change.createdAt() : lastAt(change);
      start(change, book, at, clocks, lines, change.isCreation() ? null : "tracking-began");
      if (!change.isCreation()) {
        applyStatus(change, clocks, lines, null, change.status(), at, SYSTEM);
      }
    } else {
      boolean retarget = false;
      JsonObjectBuilder why = Json.createObjectBuilder();
      for (TicketChanged.Field f : change.changes()) {
        switch (f.field()) {
          case "status" ->
              applyStatus(change, clocks, lines, f.oldValue(), f.newValue(), f.at(), f.actor());
          case "priority", "request_type", "team" -> {
            retarget = true;
            why.add("field", f.field())
                .add("from", String.valueOf(f.oldValue()))
                .add("to", String.valueOf(f.newValue()));
          }
          case "comment" -> comment(change, book, clocks, lines, f);
          case "merged_into" -> {
            for (TicketSla c : clocks.values()) {
              if (c.stop(f.at())) {
                lines.add(new Line(c, SlaEvent.Kind.STOPPED, f.actor(), f.at(), detail("merged")));
              }
            }
          }
          default -> {
            // other fields do not move a clock
          }
        }
      }
      if (retarget) {
        retarget(change, book, clocks, lines, why, lastAt(change), lastActor(change));
      }
    }
    for (TicketSla c : clocks.values()) {
      plan(book, c);
    }
    for (Line l : lines) {
      em.persist(
          new SlaEvent(
              change.ticketId(),
              l.clock().getTarget(),
              l.at(),
              l.kind(),
              l.actor(),
              l.detail().toString(),
              dueBefore.get(l.clock().getTarget()),
              l.clock().getDueAt()));
    }
    TicketSla fr = clocks.get(SlaTarget.FIRST_RESPONSE);
    TicketSla res = clocks.get(SlaTarget.RESOLUTION);
    change.due(
        new TicketChanged.Due(
            fr == null ? null : fr.activeDue(), res == null ? null : res.activeDue()));
  }

  /**
   * A breach was acknowledged: the clock sends no more reminders (ledger line ACKNOWLEDGED), in the
   * acknowledging transaction.
   */
  public void onAcknowledged(@Observes EscalationAcknowledged ack) {
    SlaTarget target;
    try {
      target = SlaTarget.valueOf(ack.target());
    } catch (IllegalArgumentException | NullPointerException e) {
      return;
    }
    TicketSla c = lock(ack.ticketId()).get(target);
    if (c == null || !c.acknowledge(ack.at())) {
      return;
    }
    SlaBook book = new SlaBook(em);
    Instant due = c.getDueAt();
    plan(book, c);
    em.persist(
        new SlaEvent(
            ack.ticketId(),
            target,
            ack.at(),
            SlaEvent.Kind.ACKNOWLEDGED,
            ack.by(),
            "{}",
            due,
            c.getDueAt()));
  }

  /** A ledger line to write once the clocks are planned (its new due is then known). */
  record Line(TicketSla clock, SlaEvent.Kind kind, String actor, Instant at, Object detail) {}

  private void start(
      TicketChanged change,
      SlaBook book,
      Instant at,
      Map<SlaTarget, TicketSla> clocks,
      List<Line> lines,
      String reason) {
    Optional<SlaBook.Chosen> chosen = choose(change, book);
    if (chosen.isEmpty()) {
      return;
    }
    for (SlaTarget target : List.of(SlaTarget.FIRST_RESPONSE, SlaTarget.RESOLUTION)) {
      chosen
          .get()
          .terms(target)
          .ifPresent(
              terms -> {
                TicketSla c = TicketSla.start(change.ticketId(), target, terms, at);
                em.persist(c);
                clocks.put(target, c);
                JsonObjectBuilder d = terms(chosen.get().policy(), terms, change.priority());
                if (reason != null) {
                  d.add("reason", reason);
                }
                lines.add(new Line(c, SlaEvent.Kind.STARTED, actorOf(change), at, d.build()));
              });
    }
  }

  private void applyStatus(
      TicketChanged change,
      Map<SlaTarget, TicketSla> clocks,
      List<Line> lines,
      String from,
      String to,
      Instant at,
      String actor) {
    boolean pausing = pauses(to);
    for (TicketSla c : clocks.values()) {
      SlaTarget t = c.getTarget();
      if ("RESOLVED".equals(to)) {
        if (t == SlaTarget.NEXT_RESPONSE ? c.stop(at) : c.meet(at)) {
          lines.add(
              line(
                  c,
                  t == SlaTarget.NEXT_RESPONSE ? SlaEvent.Kind.STOPPED : SlaEvent.Kind.MET,
                  actor,
                  at,
                  to));
        }
      } else if ("CLOSED".equals(to)) {
        if (c.getMetAt() == null && c.stop(at)) {
          lines.add(line(c, SlaEvent.Kind.STOPPED, actor, at, to));
        }
      } else if ("REOPENED".equals(to) && t == SlaTarget.RESOLUTION) {
        if (c.unmeet(at)) {
          lines.add(line(c, SlaEvent.Kind.REOPENED, actor, at, to));
        }
      } else if (pausing) {
        if (c.pause(at, to)) {
          lines.add(line(c, SlaEvent.Kind.PAUSED, actor, at, to));
        }
      } else if (c.resume(at)) {
        lines.add(line(c, SlaEvent.Kind.RESUMED, actor, at, from));
      }
    }
  }

  private void comment(
      TicketChanged change,
      SlaBook book,
      Map<SlaTarget, TicketSla> clocks,
      List<Line> lines,
      TicketChanged.Field f) {
    if (!"PUBLIC".equals(f.newValue())) {
      return;
    }
    if (f.actor().equals(change.requester())) {
      startNextResponse(change, book, clocks, lines, f.at());
      return;
    }
    if (!isStaff()) {
      return; // a watcher's reply is not an answer of the desk
    }
    for (SlaTarget t : List.of(SlaTarget.FIRST_RESPONSE, SlaTarget.NEXT_RESPONSE)) {
      TicketSla c = clocks.get(t);
      if (c != null && c.isLive() && c.meet(f.at())) {
        lines.add(line(c, SlaEvent.Kind.MET, f.actor(), f.at(), "reply"));
      }
    }
  }

  private void startNextResponse(
      TicketChanged change,
      SlaBook book,
      Map<SlaTarget, TicketSla> clocks,
      List<Line> lines,
      Instant at) {
    TicketSla current = clocks.get(SlaTarget.NEXT_RESPONSE);
    if (current != null && current.isLive()) {
      return; // already waiting for an answer: its clock runs from the first unanswered reply
    }
    TicketSla fr = clocks.get(SlaTarget.FIRST_RESPONSE);
    if (fr != null && fr.isLive()) {
      return; // no answer yet at all: the first-response clock covers it
    }
    Optional<SlaBook.Chosen> chosen = choose(change, book);
    Optional<TicketSla.Terms> terms = chosen.flatMap(c -> c.terms(SlaTarget.NEXT_RESPONSE));
    if (terms.isEmpty()) {
      return;
    }
    TicketSla c;
    if (current == null) {
      c = TicketSla.start(change.ticketId(), SlaTarget.NEXT_RESPONSE, terms.get(), at);
      em.persist(c);
      clocks.put(SlaTarget.NEXT_RESPONSE, c);
    } else {
      c = current;
      c.restart(terms.get(), at);
    }
    if (pauses(change.status())) {
      c.pause(at, change.status());
    }
    lines.add(
        new Line(
            c,
            SlaEvent.Kind.STARTED,
            change.requester(),
            at,
            terms(chosen.get().policy(), terms.get(), change.priority())
                .add("round", c.getRound())
                .build()));
  }

  private void retarget(
      TicketChanged change,
      SlaBook book,
      Map<SlaTarget, TicketSla> clocks,
      List<Line> lines,
      JsonObjectBuilder why,
      Instant at,
      String actor) {
    Optional<SlaBook.Chosen> chosen = choose(change, book);
    if (chosen.isEmpty()) {
      return;
    }
    var cause = why.build();
    for (TicketSla c : clocks.values()) {
      if (!c.isLive()) {
        continue;
      }
      Optional<TicketSla.Terms> terms = chosen.get().terms(c.getTarget());
      if (terms.isEmpty()) {
        if (c.stop(at)) {
          lines.add(line(c, SlaEvent.Kind.STOPPED, actor, at, "no-target"));
        }
        continue;
      }
      TicketSla.Terms old = c.terms();
      long usedPercent =
          book.calendar(old.calendarCode()).map(cal -> c.usedPercent(cal, at)).orElse(0L);
      if (c.retarget(terms.get())) {
        JsonObjectBuilder d = Json.createObjectBuilder(cause);
        d.add("oldPolicy", old.policyCode())
            .add("policy", terms.get().policyCode())
            .add("oldCalendar", old.calendarCode())
            .add("calendar", terms.get().calendarCode())
            .add("oldTargetSeconds", old.target().toSeconds())
            .add("targetSeconds", terms.get().target().toSeconds())
            .add("usedPercent", usedPercent);
        lines.add(new Line(c, SlaEvent.Kind.RECALCULATED, actor, at, d.build()));
      }
    }
  }

  private void plan(SlaBook book, TicketSla c) {
    Optional<BusinessCalendar> cal = book.calendar(c.getCalendarCode());
    Optional<SlaPolicy> policy = book.policy(c.getPolicyCode());
    if (cal.isEmpty() || policy.isEmpty()) {
      return;
    }
    c.plan(cal.get(), policy.get().getSecondLevelAfter(), policy.get().getReminderEvery());
  }

  private Optional<SlaBook.Chosen> choose(TicketChanged change, SlaBook book) {
    String group = directory.placement(change.requester()).department();
    return book.choose(
        change.priority(), change.requestType(), group, teams.calendarOf(change.team()));
  }

  private boolean pauses(String status) {
    return WAITING_FOR_REQUESTER.equals(status)
        || (WAITING_FOR_THIRD_PARTY.equals(status) && config.slaPauseThirdParty());
  }

  private boolean isStaff() {
    try {
      return Roles.isStaff(session::isCallerInRole);
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private Map<SlaTarget, TicketSla> lock(long ticketId) {
    Map<SlaTarget, TicketSla> out = new EnumMap<>(SlaTarget.class);
    em.createQuery("SELECT s FROM TicketSla s WHERE s.ticketId = :t", TicketSla.class)
        .setParameter("t", ticketId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .forEach(s -> out.put(s.getTarget(), s));
    return out;
  }

  private static Line line(TicketSla c, SlaEvent.Kind kind, String actor, Instant at, String why) {
    return new Line(c, kind, actor, at, detail(why));
  }

  private static jakarta.json.JsonObject detail(String reason) {
    return Json.createObjectBuilder().add("reason", reason).build();
  }

  private static JsonObjectBuilder terms(SlaPolicy p, TicketSla.Terms t, String priority) {
    return Json.createObjectBuilder()
        .add("policy", p.getCode())
        .add("calendar", t.calendarCode())
        .add("priority", priority)
        .add("targetSeconds", t.target().toSeconds())
        .add("warnPercent", t.warnPercent());
  }

  private static String actorOf(TicketChanged change) {
    return change.changes().isEmpty() ? SYSTEM : change.changes().get(0).actor();
  }

  private static Instant lastAt(TicketChanged change) {
    return change.changes().get(change.changes().size() - 1).at();
  }

  private static String lastActor(TicketChanged change) {
    return change.changes().get(change.changes().size() - 1).actor();
  }
}
