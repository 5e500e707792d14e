package id.loket.ticket.boundary;

import id.loket.ticket.control.TicketStore;
import id.loket.ticket.entity.Impact;
import id.loket.ticket.entity.Priority;
import id.loket.ticket.entity.Ticket;
import id.loket.ticket.entity.TicketNumber;
import id.loket.ticket.entity.Urgency;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the SLA engine does to tickets: reads the few facts its escalations carry, raises a breached
 * ticket's priority one step and moves it to an escalation team — through the aggregate, audited
 * (actor {@value #ACTOR}), in the caller's transaction (the escalation consumer's, whose inbox row
 * makes it happen once). Local callers only (no REST), hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class TicketEscalation {

  public static final String ACTOR = "sla";

  @PersistenceContext EntityManager em;
  @Inject TicketStore store;
  @Inject TicketTrail trail;
  @Inject Clock clock;

  /** The facts of a ticket an escalation carries. */
  public record Facts(
      long id, String number, String requester, String team, String assignee, String status) {}

  /** The facts of the tickets with these ids (unknown ids are left out). */
  public Map<Long, Facts> facts(List<Long> ids) {
    Map<Long, Facts> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT t.id, t.number, t.requester, t.team, t.assignee, t.status FROM Ticket t"
                    + " WHERE t.id IN :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList();
    for (Object[] r : rows) {
      long id = ((Number) r[0]).longValue();
      out.put(
          id,
          new Facts(
              id,
              ((TicketNumber) r[1]).value(),
              (String) r[2],
              (String) r[3],
              (String) r[4],
              ((Enum<?>) r[5]).name()));
    }
    return out;
  }

  /** The facts of the ticket numbered {@code number}, if there is one. */
  public Optional<Facts> byNumber(String number) {
    return store
        .byNumber(TicketNumber.parse(number))
        .map(
            t ->
                new Facts(
                    t.getId(),
                    t.getNumber().value(),
                    t.getRequester(),
                    t.getTeam(),
                    t.getAssignee(),
                    t.getStatus().name()));
  }

  /**
   * Raises the priority of an open ticket one step (urgency first, then impact, then both, until
   * the priority changes); a P1, resolved or closed ticket stays as it is.
   *
   * @return the new priority, if it changed
   */
  public Optional<String> raisePriority(String number) {
    Optional<Ticket> found = store.byNumber(TicketNumber.parse(number));
    if (found.isEmpty() || !found.get().getStatus().isOpen()) {
      return Optional.empty();
    }
    Ticket t = found.get();
    Optional<Assessment> next = raised(t.getImpact(), t.getUrgency());
    if (next.isEmpty()) {
      return Optional.empty();
    }
    t.reclassify(next.get().impact(), next.get().urgency(), ACTOR, clock.instant());
    trail.record(t);
    em.flush();
    return Optional.of(t.getPriority().name());
  }

  /** Moves an open ticket to {@code team}'s queue (its assignee keeps it). */
  public boolean moveToTeam(String number, String team) {
    Optional<Ticket> found = store.byNumber(TicketNumber.parse(number));
    if (found.isEmpty()
        || !found.get().getStatus().isOpen()
        || team.equals(found.get().getTeam())) {
      return false;
    }
    found.get().route(team, null, ACTOR, clock.instant());
    trail.record(found.get());
    em.flush();
    return true;
  }

  /** Impact and urgency, the two axes of the priority matrix. */
  record Assessment(Impact impact, Urgency urgency) {}

  /** The assessment one priority step up from {@code impact} × {@code urgency}, if any. */
  static Optional<Assessment> raised(Impact impact, Urgency urgency) {
    Priority now = Priority.of(impact, urgency);
    Impact i = up(impact);
    Urgency u = up(urgency);
    for (Assessment a :
        List.of(new Assessment(impact, u), new Assessment(i, urgency), new Assessment(i, u))) {
      if (Priority.of(a.impact(), a.urgency()).compareTo(now) < 0) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  private static Impact up(Impact i) {
    return i == Impact.LOW ? Impact.MEDIUM : Impact.HIGH;
  }

  private static Urgency up(Urgency u) {
    return u == Urgency.LOW ? Urgency.MEDIUM : Urgency.HIGH;
  }
}
