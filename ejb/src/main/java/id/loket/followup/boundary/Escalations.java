package id.loket.followup.boundary;

import id.loket.followup.entity.Escalation;
import id.loket.followup.entity.EscalationCase;
import id.loket.followup.entity.Reason;
import id.loket.identity.entity.Roles;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Page;
import id.loket.team.boundary.Teams;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The managers' escalation list, newest first, a keyset page at a time (cursor {@code
 * <epoch-microseconds>.<id>} of the last line read; the index {@code ix_escalation_case_keyset}
 * serves it).
 */
@Stateless
@DeclareRoles({Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
@RolesAllowed({Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class Escalations {

  public static final int MAX_PAGE = 200;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @EJB Teams teams;
  @Inject Clock clock;
  @Inject Event<EscalationAcknowledged> acknowledged;

  public Page<EscalationCaseView> page(String before, int limit) {
    return page(before, limit, false, null);
  }

  /**
   * One page of the list, newest first: all cases, or only the open ones; of one ticket if {@code
   * ticketNumber} is given. Managers and admins see every team's cases, team leads those of the
   * teams they lead (the scope is in the query).
   */
  @SuppressWarnings("unchecked")
  public Page<EscalationCaseView> page(
      String before, int limit, boolean openOnly, String ticketNumber) {
    int max = Math.max(1, Math.min(limit, MAX_PAGE));
    Cursor from = Cursor.parse(before);
    boolean all = session.isCallerInRole(Roles.MANAGER) || session.isCallerInRole(Roles.ADMIN);
    List<String> led = all ? List.of() : teams.teamsLedBy(me());
    if (!all && led.isEmpty()) {
      return new Page<>(List.of(), null);
    }
    StringBuilder sql =
        new StringBuilder("SELECT * FROM escalation_case WHERE (escalated_at, id) < (?1, ?2)");
    if (openOnly) {
      sql.append(" AND status = 'OPEN'");
    }
    if (ticketNumber != null) {
      sql.append(" AND ticket_number = ?4");
    }
    if (!all) {
      sql.append(" AND team IN (");
      for (int i = 0; i < led.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append('?').append(10 + i);
      }
      sql.append(')');
    }
    sql.append(" ORDER BY escalated_at DESC, id DESC LIMIT ?3");
    var query =
        em.createNativeQuery(sql.toString(), EscalationCase.class)
            .setParameter(1, OffsetDateTime.ofInstant(from.at(), ZoneOffset.UTC))
            .setParameter(2, from.id())
            .setParameter(3, max + 1);
    if (ticketNumber != null) {
      query.setParameter(4, ticketNumber);
    }
    for (int i = 0; i < led.size(); i++) {
      query.setParameter(10 + i, led.get(i));
    }
    List<EscalationCase> rows = query.getResultList();
    boolean more = rows.size() > max;
    List<EscalationCase> shown = more ? rows.subList(0, max) : rows;
    return new Page<>(
        shown.stream().map(Escalations::view).toList(),
        more ? Cursor.of(shown.get(max - 1).getEscalatedAt(), shown.get(max - 1).getId()) : null);
  }

  /**
   * Acknowledges a case with a note (what is being done). Managers and admins any case, team leads
   * their teams' cases; an SLA case's clock stops its reminders in the same transaction.
   *
   * @throws DomainException NOT_FOUND if the caller may not see it, 412 if stale, CONFLICT if it
   *     was acknowledged already
   */
  public EscalationCaseView acknowledge(long id, String note, long expectedVersion) {
    EscalationCase c = em.find(EscalationCase.class, id);
    boolean all = session.isCallerInRole(Roles.MANAGER) || session.isCallerInRole(Roles.ADMIN);
    if (c == null || (!all && (c.getTeam() == null || !teams.isLead(c.getTeam(), me())))) {
      throw new DomainException(
          Kind.NOT_FOUND, "escalation.notfound", "No escalation " + id, Long.toString(id));
    }
    if (c.getVersion() != expectedVersion) {
      throw DomainException.stale(
          "escalation.stale", Long.toString(id), expectedVersion, c.getVersion());
    }
    String text = note == null ? "" : note.strip();
    if (text.isEmpty() || text.length() > Reason.MAX) {
      throw new InvalidFieldException("note", "escalation.note.invalid", Reason.MAX);
    }
    Instant now = clock.instant();
    if (!c.acknowledge(me(), text, now)) {
      throw new DomainException(
          Kind.CONFLICT,
          "escalation.acknowledged",
          "Escalation " + id + " was acknowledged already",
          Long.toString(id));
    }
    if (Escalation.SLA.equals(c.getCause()) && c.getTicketId() != null) {
      acknowledged.fire(new EscalationAcknowledged(c.getTicketId(), c.getTarget(), me(), now));
    }
    em.flush();
    return view(c);
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  static EscalationCaseView view(EscalationCase c) {
    return new EscalationCaseView(
        c.getId(),
        c.getTicketNumber(),
        c.getRequester(),
        c.getReason(),
        c.getEscalatedAt(),
        c.getRecordedAt(),
        c.getStatus(),
        c.getCause(),
        c.getTarget(),
        c.getLevel(),
        c.getReminder(),
        c.getTeam(),
        c.getAcknowledgedAt(),
        c.getAcknowledgedBy(),
        c.getAckNote(),
        c.getVersion());
  }

  /** Where the next page starts. */
  record Cursor(Instant at, long id) {

    static final Cursor START = new Cursor(Instant.parse("9999-12-31T00:00:00Z"), Long.MAX_VALUE);

    static Cursor parse(String cursor) {
      if (cursor == null || cursor.isBlank()) {
        return START;
      }
      try {
        int dot = cursor.indexOf('.');
        long micros = Long.parseLong(cursor.substring(0, dot));
        return new Cursor(
            Instant.ofEpochSecond(
                Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L),
            Long.parseLong(cursor.substring(dot + 1)));
      } catch (RuntimeException e) {
        throw new DomainException(
            Kind.MALFORMED, "page.cursor.invalid", "Not a page cursor: " + cursor, cursor);
      }
    }

    static String of(Instant at, long id) {
      return Math.addExact(
              Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L)
          + "."
          + id;
    }
  }
}
