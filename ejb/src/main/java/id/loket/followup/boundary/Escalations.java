package id.loket.followup.boundary;

import id.loket.followup.entity.EscalationCase;
import id.loket.identity.entity.Roles;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.Page;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
@DeclareRoles({Roles.MANAGER, Roles.ADMIN})
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class Escalations {

  public static final int MAX_PAGE = 200;

  @PersistenceContext EntityManager em;

  @SuppressWarnings("unchecked")
  public Page<EscalationCaseView> page(String before, int limit) {
    int max = Math.max(1, Math.min(limit, MAX_PAGE));
    Cursor from = Cursor.parse(before);
    List<EscalationCase> rows =
        em.createNativeQuery(
                "SELECT * FROM escalation_case WHERE (escalated_at, id) < (?1, ?2)"
                    + " ORDER BY escalated_at DESC, id DESC LIMIT ?3",
                EscalationCase.class)
            .setParameter(1, OffsetDateTime.ofInstant(from.at(), ZoneOffset.UTC))
            .setParameter(2, from.id())
            .setParameter(3, max + 1)
            .getResultList();
    boolean more = rows.size() > max;
    List<EscalationCase> shown = more ? rows.subList(0, max) : rows;
    return new Page<>(
        shown.stream()
            .map(
                c ->
                    new EscalationCaseView(
                        c.getId(),
                        c.getTicketNumber(),
                        c.getRequester(),
                        c.getReason(),
                        c.getEscalatedAt(),
                        c.getRecordedAt(),
                        c.getStatus()))
            .toList(),
        more ? Cursor.of(shown.get(max - 1).getEscalatedAt(), shown.get(max - 1).getId()) : null);
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
