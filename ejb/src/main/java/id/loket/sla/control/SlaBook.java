package id.loket.sla.control;

import id.loket.shared.Json;
import id.loket.sla.entity.BusinessCalendar;
import id.loket.sla.entity.PolicyChoice;
import id.loket.sla.entity.SlaCalendar;
import id.loket.sla.entity.SlaPolicy;
import id.loket.sla.entity.SlaTarget;
import id.loket.sla.entity.TicketSla;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the SLA configuration a clock needs: the policy that applies to a ticket, the calendar it
 * counts on (the team's own, else the policy's) and the calendar's meaning. A handful of rows; each
 * book keeps what it read for the length of one call only (no cross-node caching: an
 * administrator's change applies to the next write at once, on every node).
 */
public class SlaBook {

  private final EntityManager em;

  private final Map<String, BusinessCalendar> calendars = new HashMap<>();
  private final Map<String, SlaPolicy> policiesByCode = new HashMap<>();
  private List<SlaPolicy> policies;

  /** A book for one call chain: what it read it keeps until dropped. */
  public SlaBook(EntityManager em) {
    this.em = em;
  }

  /** What a ticket's clocks are measured against: its policy and the calendar they count on. */
  public record Chosen(SlaPolicy policy, String calendarCode) {

    /** The terms of {@code target}'s clock, or empty if the policy has no such target. */
    public Optional<TicketSla.Terms> terms(SlaTarget target) {
      Duration d = policy.target(target);
      return d == null
          ? Optional.empty()
          : Optional.of(
              new TicketSla.Terms(policy.getCode(), calendarCode, d, policy.getWarnPercent()));
    }
  }

  /**
   * The policy for a ticket of {@code priority} and {@code requestType}, whose requester is in
   * {@code group}, and the calendar: {@code teamCalendar} if the team has one.
   */
  public Optional<Chosen> choose(
      String priority, String requestType, String group, String teamCalendar) {
    return PolicyChoice.choose(policies(), priority, requestType, group)
        .map(
            p ->
                new Chosen(
                    p,
                    teamCalendar != null && calendar(teamCalendar).isPresent()
                        ? teamCalendar
                        : p.getCalendarCode()));
  }

  /** The policy stored under {@code code} (active or not), for the escalation matrix. */
  public Optional<SlaPolicy> policy(String code) {
    if (!policiesByCode.containsKey(code)) {
      em.createQuery("SELECT p FROM SlaPolicy p WHERE p.code = :c", SlaPolicy.class)
          .setParameter("c", code)
          .getResultList()
          .forEach(p -> policiesByCode.put(p.getCode(), p));
    }
    return Optional.ofNullable(policiesByCode.get(code));
  }

  /** What the calendar stored under {@code code} means, or empty if there is none. */
  public Optional<BusinessCalendar> calendar(String code) {
    if (!calendars.containsKey(code)) {
      List<SlaCalendar> found =
          em.createQuery("SELECT c FROM SlaCalendar c WHERE c.code = :c", SlaCalendar.class)
              .setParameter("c", code)
              .getResultList();
      calendars.put(
          code,
          found.isEmpty()
              ? null
              : PreviewReader.readCalendar(
                  Json.createReader((found.get(0).getDefinition())).readObject()));
    }
    return Optional.ofNullable(calendars.get(code));
  }

  private List<SlaPolicy> policies() {
    if (policies == null) {
      policies =
          em.createQuery("SELECT p FROM SlaPolicy p WHERE p.active = TRUE", SlaPolicy.class)
              .getResultList();
      policies.forEach(p -> policiesByCode.put(p.getCode(), p));
    }
    return policies;
  }
}
