package id.loket.sla.boundary;

import id.loket.followup.boundary.EscalationAcknowledged;
import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Roles;
import id.loket.platform.LoketConfig;
import id.loket.shared.Json;
import id.loket.sla.control.SlaBook;
import id.loket.sla.entity.BusinessCalendar;
import id.loket.sla.entity.ClockMoves;
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
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
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

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject LoketConfig config;
  @EJB Teams teams;
  @EJB UserDirectory directory;

  public void onChange(@Observes TicketChanged change) {
    SlaBook book = new SlaBook(em);
    Map<SlaTarget, TicketSla> clocks = lock(change.ticketId());
    ClockMoves moves = new ClockMoves(clocks, config.slaPauseThirdParty());
    Map<SlaTarget, Instant> dueBefore = new EnumMap<>(SlaTarget.class);
    clocks.forEach((t, c) -> dueBefore.put(t, c.getDueAt()));
    if (clocks.isEmpty()) {
      Instant at = change.isCreation() ? change.createdAt() : lastAt(change);
      start(change, book, at, clocks, moves, change.isCreation() ? null : "tracking-began");
      if (!change.isCreation()) {
        moves.status(null, change.status(), at, SYSTEM);
      }
    } else {
      boolean retarget = false;
      JsonObjectBuilder why = Json.createObjectBuilder();
      for (TicketChanged.Field f : change.changes()) {
        switch (f.field()) {
          case "status" -> moves.status(f.oldValue(), f.newValue(), f.at(), f.actor());
          case "priority", "request_type", "team" -> {
            retarget = true;
            why.add("field", f.field())
                .add("from", String.valueOf(f.oldValue()))
                .add("to", String.valueOf(f.newValue()));
          }
          case "comment" -> comment(change, book, clocks, moves, f);
          case "merged_into" -> moves.stopAll(f.at(), f.actor(), "merged");
          default -> {
            // other fields do not move a clock
          }
        }
      }
      if (retarget) {
        retarget(change, book, clocks, moves, why, lastAt(change), lastActor(change));
      }
    }
    for (TicketSla c : clocks.values()) {
      plan(book, c);
    }
    for (ClockMoves.Move m : moves.moves()) {
      em.persist(
          new SlaEvent(
              change.ticketId(),
              m.clock().getTarget(),
              m.at(),
              m.kind(),
              m.actor(),
              m.detail().toString(),
              dueBefore.get(m.clock().getTarget()),
              m.clock().getDueAt()));
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

  private void start(
      TicketChanged change,
      SlaBook book,
      Instant at,
      Map<SlaTarget, TicketSla> clocks,
      ClockMoves moves,
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
                moves.add(
                    new ClockMoves.Move(c, SlaEvent.Kind.STARTED, actorOf(change), at, d.build()));
              });
    }
  }

  private void comment(
      TicketChanged change,
      SlaBook book,
      Map<SlaTarget, TicketSla> clocks,
      ClockMoves moves,
      TicketChanged.Field f) {
    if (!"PUBLIC".equals(f.newValue())) {
      return;
    }
    if (f.actor().equals(change.requester())) {
      startNextResponse(change, book, clocks, moves, f.at());
      return;
    }
    if (isStaff()) {
      moves.staffReply(f.at(), f.actor()); // a watcher's reply is not an answer of the desk
    }
  }

  private void startNextResponse(
      TicketChanged change,
      SlaBook book,
      Map<SlaTarget, TicketSla> clocks,
      ClockMoves moves,
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
    if (moves.pauses(change.status())) {
      c.pause(at, change.status());
    }
    moves.add(
        new ClockMoves.Move(
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
      ClockMoves moves,
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
          moves.add(new ClockMoves.Move(c, SlaEvent.Kind.STOPPED, actor, at, detail("no-target")));
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
        moves.add(new ClockMoves.Move(c, SlaEvent.Kind.RECALCULATED, actor, at, d.build()));
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
