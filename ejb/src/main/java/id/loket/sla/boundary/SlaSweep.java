package id.loket.sla.boundary;

import id.loket.followup.boundary.SlaEscalations;
import id.loket.shared.Json;
import id.loket.sla.control.SlaBook;
import id.loket.sla.entity.BusinessCalendar;
import id.loket.sla.entity.EscalationLadder;
import id.loket.sla.entity.SlaEvent;
import id.loket.sla.entity.SlaPolicy;
import id.loket.sla.entity.TicketSla;
import id.loket.ticket.boundary.TicketEscalation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One batch of the SLA sweep, in its own transaction: claims up to {@code limit} clocks whose next
 * look is due by the database's clock ({@code FOR UPDATE SKIP LOCKED} over the partial index on
 * {@code next_at}: another node's sweep, or a ticket being written, skips or waits, never doubles),
 * takes each rung of the escalation ladder reached (an escalation record and its outbox event,
 * unique per ticket, target, round, level and reminder) and plans the next look. Idempotent: a
 * batch that fails rolls back whole and the rows are found again.
 */
@Stateless
@PermitAll
public class SlaSweep {

  @PersistenceContext EntityManager em;
  @EJB SlaEscalations escalations;
  @EJB TicketEscalation tickets;

  /** What one batch did. */
  public record Batch(int claimed, int escalated, Instant now) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @SuppressWarnings("unchecked")
  public Batch once(int limit) {
    Instant now = databaseNow();
    List<TicketSla> due =
        em.createNativeQuery(
                "SELECT * FROM ticket_sla WHERE next_at <= ?1 ORDER BY next_at LIMIT ?2"
                    + " FOR UPDATE SKIP LOCKED",
                TicketSla.class)
            .setParameter(1, OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
            .setParameter(2, limit)
            .getResultList();
    if (due.isEmpty()) {
      return new Batch(0, 0, now);
    }
    Map<Long, TicketEscalation.Facts> facts =
        tickets.facts(due.stream().map(TicketSla::getTicketId).distinct().toList());
    SlaBook book = new SlaBook(em);
    int escalated = 0;
    for (TicketSla clock : due) {
      Optional<BusinessCalendar> cal = book.calendar(clock.getCalendarCode());
      Optional<SlaPolicy> policy = book.policy(clock.getPolicyCode());
      TicketEscalation.Facts ticket = facts.get(clock.getTicketId());
      if (cal.isEmpty() || policy.isEmpty() || ticket == null) {
        // Nothing to measure against (a calendar or policy removed by hand): look again in an
        // hour rather than claim it on every sweep.
        clock.lookAgainAt(now.plus(java.time.Duration.ofHours(1)));
        continue;
      }
      SlaPolicy p = policy.get();
      EscalationLadder ladder =
          clock.ladder(cal.get(), p.getSecondLevelAfter(), p.getReminderEvery());
      for (EscalationLadder.Step step : ladder.reached(now)) {
        escalations.record(
            new SlaEscalations.Draft(
                clock.getTicketId(),
                ticket.number(),
                ticket.requester(),
                ticket.team(),
                ticket.assignee(),
                clock.getTarget().name(),
                clock.getRound(),
                step.level(),
                step.reminder(),
                clock.getDueAt(),
                p.getEscalationTeam(),
                step.at()));
        clock.took(step);
        escalated++;
        em.persist(
            new SlaEvent(
                clock.getTicketId(),
                clock.getTarget(),
                step.at(),
                kind(step.level()),
                SlaTracker.SYSTEM,
                Json.createObjectBuilder()
                    .add("level", step.level())
                    .add("reminder", step.reminder())
                    .add("usedPercent", clock.usedPercent(cal.get(), step.at()))
                    .build()
                    .toString(),
                clock.getDueAt(),
                clock.getDueAt()));
      }
      clock.plan(cal.get(), p.getSecondLevelAfter(), p.getReminderEvery());
    }
    return new Batch(due.size(), escalated, now);
  }

  private Instant databaseNow() {
    Object now = em.createNativeQuery("SELECT statement_timestamp()").getSingleResult();
    if (now instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (now instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    return Instant.parse(now.toString());
  }

  private static SlaEvent.Kind kind(int level) {
    return switch (level) {
      case TicketSla.WARNING -> SlaEvent.Kind.WARNED;
      case TicketSla.BREACH -> SlaEvent.Kind.BREACHED;
      case TicketSla.SECOND_LEVEL -> SlaEvent.Kind.SECOND_LEVEL;
      default -> SlaEvent.Kind.REMINDED;
    };
  }
}
