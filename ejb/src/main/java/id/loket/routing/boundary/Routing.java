package id.loket.routing.boundary;

import static id.loket.shared.SqlValues.instant;

import id.loket.identity.entity.Roles;
import id.loket.platform.LoketConfig;
import id.loket.routing.control.RoutingDecision;
import id.loket.routing.control.RoutingEngine;
import id.loket.routing.control.RoutingTrace;
import id.loket.routing.control.RuleCodec;
import id.loket.routing.control.TraceJson;
import id.loket.routing.entity.Agent;
import id.loket.routing.entity.AssignmentMode;
import id.loket.routing.entity.RoutingInput;
import id.loket.routing.entity.RoutingRule;
import id.loket.routing.entity.RuleEntry;
import id.loket.routing.entity.TeamRoster;
import id.loket.shared.Keyset;
import id.loket.shared.Page;
import id.loket.team.boundary.Roster;
import id.loket.team.boundary.Teams;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides where a ticket goes and keeps the decision: the active rules, else the request type's
 * first team, else the configured default team ({@code LOKET_ROUTING_DEFAULT_TEAM}); within the
 * team, if it assigns automatically, an agent by skills, then load or turn (see {@link
 * RoutingEngine}). Each decision is stored as a {@code ticket_routing} row with its trace, in the
 * caller's transaction; the caller (the ticket feature) applies team and assignee to the ticket,
 * whose history records them. The caller also decides who may read the decisions.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class Routing {

  public static final String SYSTEM = "system";
  private static final int MAX_PAGE = 200;
  private static final RoutingEngine ENGINE = new RoutingEngine();

  @PersistenceContext EntityManager em;
  @EJB Teams teams;
  @Inject LoketConfig config;

  /**
   * Decides where a ticket goes, without recording anything: the caller applies the decision to the
   * ticket and then {@linkplain #record records} it, once the ticket is stored.
   *
   * @param firstTeam the request type's first team, {@code null} if none
   */
  @PermitAll // also for channels where no one is signed in (mail); the ticket feature decides
  public Routed decide(RoutingInput ticket, String firstTeam) {
    List<RoutingRule> rules =
        em
            .createQuery(
                "SELECT r FROM RuleEntry r WHERE r.active = TRUE ORDER BY r.position, r.id",
                RuleEntry.class)
            .getResultList()
            .stream()
            .map(RuleCodec::rule)
            .toList();
    List<Roster> rosters = teams.rosters();
    Map<String, Integer> loads = loads();
    Map<String, TeamRoster> byCode = new LinkedHashMap<>();
    Map<String, String> namesId = new HashMap<>();
    for (Roster r : rosters) {
      byCode.put(r.code(), roster(r, loads));
      namesId.put(r.code(), r.nameId());
    }
    String fallback =
        firstTeam != null && byCode.containsKey(firstTeam)
            ? firstTeam
            : config.routingDefaultTeam();
    RoutingDecision decision = ENGINE.route(ticket, rules, byCode, fallback);
    RoutingTrace trace = decision.trace();
    return new Routed(
        teams.known(decision.team()) ? decision.team() : null,
        decision.assignee(),
        decision.team(),
        trace.ruleOrder(),
        ruleId(trace.ruleOrder()),
        TraceJson.write(trace, namesId.get(decision.team())),
        decision.isAssigned() && trace.mode() == AssignmentMode.ROUND_ROBIN);
  }

  /**
   * Records a decision for the stored ticket {@code ticketId} and, for round robin, whose turn it
   * was.
   *
   * @param actor {@link #SYSTEM} or the user who asked
   */
  @PermitAll
  public void record(long ticketId, Routed routed, String actor, Instant at) {
    em.createNativeQuery(
            "INSERT INTO ticket_routing (id, ticket_id, decided_at, actor, rule_id, rule_position,"
                + " team, assignee, trace) VALUES (nextval('ticket_routing_seq'), ?1, ?2, ?3,"
                + " CAST(?4 AS BIGINT), CAST(?5 AS INTEGER), ?6, CAST(?7 AS VARCHAR),"
                + " CAST(?8 AS jsonb))") // a NULL parameter is bound untyped (as text)
        .setParameter(1, ticketId)
        .setParameter(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .setParameter(3, actor)
        .setParameter(4, routed.ruleId())
        .setParameter(5, routed.rulePosition())
        .setParameter(6, routed.chosenTeam())
        .setParameter(7, routed.assignee())
        .setParameter(8, routed.trace())
        .executeUpdate();
    if (routed.roundRobin()) {
      teams.assigned(routed.chosenTeam(), routed.assignee());
    }
  }

  /**
   * The decisions of a ticket, newest first: at most {@code limit} after the cursor {@code before}
   * (null: from the newest), with the trace in {@code locale}'s language.
   */
  @SuppressWarnings("unchecked")
  public Page<RoutingRecord> decisions(long ticketId, String before, int limit, Locale locale) {
    int max = Math.max(1, Math.min(limit, MAX_PAGE));
    Keyset from = Keyset.parse(before);
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, decided_at, actor, rule_position, team, assignee, trace::text"
                    + " FROM ticket_routing WHERE ticket_id = ?1 AND (decided_at, id) < (?2, ?3)"
                    + " ORDER BY decided_at DESC, id DESC LIMIT ?4")
            .setParameter(1, ticketId)
            .setParameter(2, OffsetDateTime.ofInstant(from.at(), ZoneOffset.UTC))
            .setParameter(3, from.id())
            .setParameter(4, max + 1)
            .getResultList();
    boolean indonesian = locale != null && "id".equals(locale.getLanguage());
    List<RoutingRecord> items = new ArrayList<>();
    for (Object[] row : rows.subList(0, Math.min(max, rows.size()))) {
      RoutingTrace trace = TraceJson.read((String) row[6], indonesian);
      items.add(
          new RoutingRecord(
              ((Number) row[0]).longValue(),
              instant(row[1]),
              (String) row[2],
              row[3] == null ? null : ((Number) row[3]).intValue(),
              (String) row[4],
              (String) row[5],
              trace.outcome().name(),
              trace.text(indonesian ? Locale.forLanguageTag("id") : Locale.ENGLISH)));
    }
    String next =
        rows.size() > max
            ? Keyset.of(items.get(max - 1).decidedAt(), items.get(max - 1).id())
            : null;
    return new Page<>(items, next);
  }

  private TeamRoster roster(Roster r, Map<String, Integer> loads) {
    List<Agent> agents =
        r.members().stream()
            .map(
                m ->
                    new Agent(
                        m.username(),
                        m.skills(),
                        m.away(),
                        m.capacity() == null ? config.routingDefaultCapacity() : m.capacity(),
                        loads.getOrDefault(m.username(), 0),
                        null))
            .toList();
    return new TeamRoster(
        r.code(),
        r.nameEn(),
        agents,
        AssignmentMode.valueOf(r.assignmentMode()),
        r.autoAssign(),
        r.lastAssigned());
  }

  /**
   * The open tickets of every member of a team that assigns automatically: one grouped query over
   * the partial index of open assignments.
   */
  @SuppressWarnings("unchecked")
  private Map<String, Integer> loads() {
    Map<String, Integer> loads = new HashMap<>();
    for (Object[] row :
        (List<Object[]>)
            em.createNativeQuery(
                    "SELECT assignee, COUNT(*) FROM ticket WHERE assignee IS NOT NULL"
                        + " AND status NOT IN ('RESOLVED', 'CLOSED') AND assignee IN"
                        + " (SELECT m.username FROM team_member m JOIN team t"
                        + " ON t.code = m.team_code WHERE t.active AND t.auto_assign)"
                        + " GROUP BY assignee")
                .getResultList()) {
      loads.put((String) row[0], ((Number) row[1]).intValue());
    }
    return loads;
  }

  private Long ruleId(Integer position) {
    if (position == null) {
      return null;
    }
    return em
        .createQuery(
            "SELECT r.id FROM RuleEntry r WHERE r.active = TRUE AND r.position = :p", Long.class)
        .setParameter("p", position)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }
}
