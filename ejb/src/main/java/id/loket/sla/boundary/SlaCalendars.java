package id.loket.sla.boundary;

import id.loket.identity.entity.Roles;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Json;
import id.loket.shared.Text;
import id.loket.sla.control.PreviewReader;
import id.loket.sla.entity.BusinessCalendar;
import id.loket.sla.entity.SlaCalendar;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The stored business calendars: administrators keep them (a calendar is checked exactly as the SLA
 * preview checks a typed one, so what was previewed is what is stored), managers read them, and the
 * SLA clock reads them by id. Few rows: listed whole, by code.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class SlaCalendars {

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;

  /** A stored calendar as callers read it; {@code version} goes back as If-Match. */
  public record View(
      long id, String code, String name, JsonObject calendar, Instant updatedAt, long version) {}

  public List<View> all() {
    return em
        .createQuery("SELECT c FROM SlaCalendar c ORDER BY c.code", SlaCalendar.class)
        .setMaxResults(500)
        .getResultList()
        .stream()
        .map(SlaCalendars::view)
        .toList();
  }

  public View get(String code) {
    return view(byCode(code));
  }

  /**
   * Creates the calendar {@code code} ({@code expectedVersion} null) or changes it (412 when the
   * version is not the stored one; 409 when creating one that exists).
   *
   * @param draft {@code {"name": "…", "calendar": {"zone", "week" | "twentyFourSeven",
   *     "holidays"}}}
   */
  @RolesAllowed(Roles.ADMIN)
  public View save(String code, JsonObject draft, Long expectedVersion) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidFieldException("code", "sla.calendar.code");
    }
    if (draft != null) {
      for (String key : draft.keySet()) {
        if (!key.equals("name") && !key.equals("calendar")) {
          throw new InvalidFieldException(key, "sla.preview.unknown", key);
        }
      }
    }
    String name = draft == null ? null : Text.cleanOrNull(draft.getString("name", null));
    JsonObject calendar = draft != null && draft.get("calendar") instanceof JsonObject c ? c : null;
    if (name == null || name.length() > 120) {
      throw new InvalidFieldException("name", "sla.calendar.name");
    }
    if (calendar == null) {
      throw new InvalidFieldException("calendar", "sla.preview.calendar");
    }
    PreviewReader.readCalendar(calendar); // 422 naming every bad field
    String me = session.getCallerPrincipal().getName();
    Instant now = clock.instant();
    List<SlaCalendar> found = find(code);
    SlaCalendar stored;
    if (expectedVersion == null) {
      if (!found.isEmpty()) {
        throw new DomainException(
            Kind.CONFLICT, "sla.calendar.exists", "Calendar " + code + " exists", code);
      }
      stored = new SlaCalendar(code, name, calendar.toString(), me, now);
      em.persist(stored);
    } else {
      stored = byCode(code);
      if (stored.getVersion() != expectedVersion) {
        throw DomainException.stale(
            "sla.calendar.stale", code, expectedVersion, stored.getVersion());
      }
      stored.change(name, calendar.toString(), me, now);
    }
    em.flush();
    return view(stored);
  }

  /**
   * The business calendar stored under {@code id}, for the clock.
   *
   * @throws InvalidFieldException on {@code calendarId} if there is none
   */
  public BusinessCalendar calendar(long id) {
    SlaCalendar c = em.find(SlaCalendar.class, id);
    if (c == null) {
      throw new InvalidFieldException("calendarId", "sla.calendar.unknown", id);
    }
    return PreviewReader.readCalendar(json(c.getDefinition()));
  }

  /** Whether {@code code} names a stored calendar (for policies and teams to name one). */
  public boolean exists(String code) {
    return code != null && code.length() <= 40 && !find(code).isEmpty();
  }

  private SlaCalendar byCode(String code) {
    List<SlaCalendar> found = find(code);
    if (found.isEmpty()) {
      throw new DomainException(
          Kind.NOT_FOUND, "sla.calendar.not-found", "No calendar " + code, code);
    }
    return found.get(0);
  }

  private List<SlaCalendar> find(String code) {
    return em.createQuery("SELECT c FROM SlaCalendar c WHERE c.code = :code", SlaCalendar.class)
        .setParameter("code", code)
        .getResultList();
  }

  private static View view(SlaCalendar c) {
    return new View(
        c.getId(),
        c.getCode(),
        c.getName(),
        json(c.getDefinition()),
        c.getUpdatedAt(),
        c.getVersion());
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(text)) {
      return reader.readObject();
    }
  }
}
