package id.loket.canned.boundary;

import id.loket.canned.entity.CannedCursor;
import id.loket.canned.entity.CannedPolicy;
import id.loket.canned.entity.CannedPolicy.Actor;
import id.loket.canned.entity.CannedResponse;
import id.loket.canned.entity.CannedScope;
import id.loket.canned.entity.CannedText;
import id.loket.canned.entity.Placeholders;
import id.loket.identity.boundary.CallerIdentity;
import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Roles;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.NotPermittedException;
import id.loket.shared.Page;
import id.loket.team.boundary.TeamName;
import id.loket.team.boundary.Teams;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Canned responses for the caller: the ones they may use (their own and their teams', by title,
 * keyset pages), writing, changing and deleting them (each change based on the version read: 412
 * when it moved on), and filling one in for a ticket the caller may see. {@link CannedPolicy}
 * decides; a response the caller may not use is a 404, and requesters get 404 for everything.
 */
@Stateless
@DeclareRoles({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class CannedResponses {

  public static final int MAX_PAGE = 200;

  /** The union of "mine" and "my teams'" by title: each branch one range of its partial index. */
  private static final String USABLE =
      "SELECT * FROM ((SELECT * FROM canned_response WHERE scope = 'PERSONAL' AND owner = ?1"
          + " AND (?5 = '' OR language = ?5) AND (title, id) > (?2, ?3)"
          + " ORDER BY title, id LIMIT ?4)"
          + " UNION ALL (SELECT * FROM canned_response WHERE scope = 'TEAM'"
          + " AND (?7 OR team_code = ANY (string_to_array(?6, ',')))"
          + " AND (?5 = '' OR language = ?5) AND (title, id) > (?2, ?3)"
          + " ORDER BY title, id LIMIT ?4)) u ORDER BY title, id LIMIT ?4";

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @EJB Teams teams;
  @EJB TicketService tickets;
  @EJB UserDirectory directory;
  @Inject Clock clock;

  /**
   * The responses the caller may use, by title then id, optionally in one language.
   *
   * @param language {@code en}, {@code id} or null/blank for both
   * @param after the cursor of the previous page, or null
   */
  @SuppressWarnings("unchecked")
  public Page<CannedView> usable(String language, String after, int limit) {
    Actor me = actor();
    requireStaff(me);
    String lang = language == null ? "" : language.strip();
    if (!lang.isEmpty() && !CannedText.LANGUAGES.contains(lang)) {
      throw new InvalidFieldException("lang", "canned.language.invalid");
    }
    int size = Math.max(1, Math.min(limit, MAX_PAGE));
    CannedCursor from = CannedCursor.parse(after);
    List<CannedResponse> rows =
        em.createNativeQuery(USABLE, CannedResponse.class)
            .setParameter(1, me.username())
            .setParameter(2, from.title())
            .setParameter(3, from.id())
            .setParameter(4, size + 1)
            .setParameter(5, lang)
            .setParameter(6, String.join(",", me.teams()))
            .setParameter(7, me.admin())
            .getResultList();
    boolean more = rows.size() > size;
    List<CannedResponse> page = more ? rows.subList(0, size) : rows;
    String next = null;
    if (more) {
      CannedResponse last = page.get(page.size() - 1);
      next = new CannedCursor(last.getTitle(), last.getId()).toString();
    }
    return new Page<>(page.stream().map(r -> view(r, me)).toList(), next);
  }

  public CannedView get(long id) {
    Actor me = actor();
    return view(usable(id, null, me), me);
  }

  public CannedView create(CannedData data) {
    Actor me = actor();
    requireStaff(me);
    CannedScope scope = scope(data);
    CannedText text = text(data);
    CannedResponse r;
    if (scope == CannedScope.TEAM) {
      String team = data.getTeam();
      if (!teams.exists(team)) {
        throw new InvalidFieldException("team", "canned.team.invalid");
      }
      requireKeep(me, scope, team, null);
      r = CannedResponse.team(team, text, me.username(), clock.instant());
    } else {
      if (data.getTeam() != null) {
        throw new InvalidFieldException("team", "canned.team.personal");
      }
      r = CannedResponse.personal(me.username(), text, clock.instant());
    }
    em.persist(r);
    em.flush();
    return view(r, me);
  }

  /** Changes language, title and body of a response read at {@code expectedVersion}. */
  public CannedView change(long id, CannedData data, long expectedVersion) {
    Actor me = actor();
    CannedResponse r = usable(id, expectedVersion, me);
    requireKeep(me, r.getScope(), r.getTeam(), r.getOwner());
    r.change(text(data), clock.instant());
    em.flush();
    return view(r, me);
  }

  public void delete(long id, long expectedVersion) {
    Actor me = actor();
    CannedResponse r = usable(id, expectedVersion, me);
    requireKeep(me, r.getScope(), r.getTeam(), r.getOwner());
    em.remove(r);
    em.flush();
  }

  /**
   * The response filled in for ticket {@code number}: 404 for a response the caller may not use or
   * a ticket they may not see (the ticket feature decides).
   */
  public CannedRendering render(long id, String number) {
    Actor me = actor();
    CannedResponse r = usable(id, null, me);
    TicketDetails t = tickets.get(number);
    String team =
        t.team() == null
            ? null
            : teams.active().stream()
                .filter(n -> n.code().equals(t.team()))
                .map(n -> "id".equals(r.getLanguage()) ? n.nameId() : n.nameEn())
                .findFirst()
                .orElse(t.team());
    Map<String, String> values = new java.util.HashMap<>();
    values.put(Placeholders.REQUESTER_NAME, name(t.requester()));
    values.put(Placeholders.TICKET_NUMBER, t.number());
    values.put(Placeholders.TICKET_TITLE, t.title());
    values.put(Placeholders.AGENT_NAME, name(me.username()));
    values.put(Placeholders.TEAM_NAME, team);
    return new CannedRendering(
        r.getId(), t.number(), r.getLanguage(), Placeholders.render(r.getBody(), values));
  }

  /**
   * The language the requester of ticket {@code number} chose, if any (the ticket must be seen).
   */
  public Optional<String> requesterLanguage(String number) {
    requireStaff(actor());
    return directory.language(tickets.get(number).requester());
  }

  /** The active teams the caller may keep team responses for (leads: theirs; admins: all). */
  public List<TeamName> keptTeams() {
    Actor me = actor();
    return teams.active().stream()
        .filter(t -> CannedPolicy.mayKeep(me, CannedScope.TEAM, t.code(), null))
        .toList();
  }

  private String name(String username) {
    return directory.find(username).map(CallerIdentity::displayName).orElse(username);
  }

  private CannedResponse usable(long id, Long expectedVersion, Actor me) {
    CannedResponse r = em.find(CannedResponse.class, id);
    if (r == null || !CannedPolicy.mayUse(me, r)) {
      throw new DomainException(Kind.NOT_FOUND, "canned.not-found", "No canned response " + id, id);
    }
    if (expectedVersion != null && expectedVersion != r.getVersion()) {
      throw DomainException.stale("canned.stale", r.getTitle(), expectedVersion, r.getVersion());
    }
    return r;
  }

  private static void requireStaff(Actor me) {
    if (!me.staff()) {
      throw new DomainException(Kind.NOT_FOUND, "canned.not-found", "No canned responses", "");
    }
  }

  private static void requireKeep(Actor me, CannedScope scope, String team, String owner) {
    if (!CannedPolicy.mayKeep(me, scope, team, owner)) {
      throw new NotPermittedException(
          "canned.forbidden", "Only the team's leads and administrators keep its responses");
    }
  }

  private static CannedScope scope(CannedData data) {
    String s = data == null ? null : data.getScope();
    for (CannedScope scope : CannedScope.values()) {
      if (scope.name().equals(s)) {
        return scope;
      }
    }
    throw new InvalidFieldException("scope", "canned.scope.invalid");
  }

  private static CannedText text(CannedData data) {
    if (data == null) {
      throw new InvalidFieldException("body", "canned.body.invalid", CannedResponse.MAX_BODY);
    }
    return new CannedText(data.getLanguage(), data.getTitle(), data.getBody());
  }

  private Actor actor() {
    String me = session.getCallerPrincipal().getName();
    boolean admin = session.isCallerInRole(Roles.ADMIN);
    boolean staff = Roles.isStaff(session::isCallerInRole);
    if (!staff) {
      return new Actor(me, false, false, null, null);
    }
    List<String> led = session.isCallerInRole(Roles.TEAM_LEAD) ? teams.teamsLedBy(me) : List.of();
    return new Actor(me, true, admin, new HashSet<>(teams.teamsOf(me)), new HashSet<>(led));
  }

  private static CannedView view(CannedResponse r, Actor me) {
    return new CannedView(
        r.getId(),
        r.getScope().name(),
        r.getTeam(),
        r.getOwner(),
        r.getLanguage(),
        r.getTitle(),
        r.getBody(),
        r.getUpdatedAt(),
        r.getVersion(),
        CannedPolicy.mayKeep(me, r));
  }
}
