package id.loket.team.boundary;

import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Roles;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.NotPermittedException;
import id.loket.team.control.TeamPolicy;
import id.loket.team.control.TeamRules;
import id.loket.team.entity.AgentProfile;
import id.loket.team.entity.AssignmentMode;
import id.loket.team.entity.Team;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Administrators and team leads change teams and agents here; {@link TeamPolicy} says who may do
 * what. Every change names the version it is based on and is refused as stale (412) otherwise — a
 * change of the members moves the team's version on, a change of the skills the agent's.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class TeamAdmin {

  private static final TeamPolicy POLICY = new TeamPolicy();

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @EJB Teams teams;
  @EJB UserDirectory directory;

  /** Every team, retired ones too, by code. */
  public List<TeamView> all() {
    requireRead();
    return em
        .createQuery("SELECT t FROM Team t ORDER BY t.code", Team.class)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  public TeamView team(String code) {
    requireRead();
    return view(find(code));
  }

  /**
   * Creates the team {@code code} ({@code expectedVersion} null or 0) or changes it (the current
   * version). Administrators only.
   */
  public TeamView save(String code, TeamDraft draft, Long expectedVersion) {
    TeamPolicy.Actor me = actor();
    if (!POLICY.mayDefineTeams(me)) {
      throw forbidden();
    }
    Team t = code == null || code.length() > 40 ? null : em.find(Team.class, code);
    if (t == null && expectedVersion != null && expectedVersion != 0) {
      throw notFound(code);
    }
    if (t != null && expectedVersion == null) {
      throw new DomainException(
          Kind.CONFLICT, "team.exists", "Team " + code + " exists already", code);
    }
    if (t != null) {
      requireVersion(t.getVersion(), expectedVersion, code);
    }
    List<InvalidFieldException.Field> bad =
        TeamRules.team(code, draft.getNameEn(), draft.getNameId());
    if (draft.getCalendar() != null && !calendarExists(draft.getCalendar())) {
      bad = new ArrayList<>(bad);
      bad.add(
          new InvalidFieldException.Field(
              "calendar", "team.calendar.unknown", draft.getCalendar()));
    }
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    if (t == null) {
      t = new Team(code);
      define(t, draft);
      em.persist(t);
    } else {
      define(t, draft);
    }
    em.flush();
    return view(t);
  }

  private static void define(Team t, TeamDraft d) {
    t.define(
        d.getNameEn(),
        d.getNameId(),
        d.getAssignmentMode() == null ? AssignmentMode.LEAST_LOADED : d.getAssignmentMode(),
        d.isAutoAssign(),
        d.isActive());
    t.setCalendarCode(d.getCalendar());
  }

  /**
   * Whether an SLA calendar {@code code} is stored. Asked of the table, not of the SLA feature,
   * which itself asks this one about teams.
   */
  private boolean calendarExists(String code) {
    return code.length() <= 40
        && !em.createNativeQuery("SELECT 1 FROM sla_calendar WHERE code = ?1")
            .setParameter(1, code)
            .getResultList()
            .isEmpty();
  }

  /**
   * Sets the members of a team (all of them afterwards), each an active member of staff, based on
   * the team's current version.
   */
  public TeamView setMembers(String code, List<TeamView.Member> members, long expectedVersion) {
    Team t = find(code);
    requireVersion(t.getVersion(), expectedVersion, code);
    Map<String, Boolean> before = members(code);
    Map<String, Boolean> after = new LinkedHashMap<>();
    List<InvalidFieldException.Field> bad = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      TeamView.Member m = members.get(i);
      if (!directory.isActiveStaff(m.username())) {
        bad.add(
            new InvalidFieldException.Field("members[" + i + "].username", "team.member.unknown"));
      } else if (after.put(m.username(), m.lead()) != null) {
        bad.add(
            new InvalidFieldException.Field("members[" + i + "].username", "team.member.twice"));
      }
    }
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    if (!POLICY.mayChangeMembers(actor(), code, before, after)) {
      throw forbidden();
    }
    em.createNativeQuery("DELETE FROM team_member WHERE team_code = ?1")
        .setParameter(1, code)
        .executeUpdate();
    for (var e : after.entrySet()) {
      em.createNativeQuery(
              "INSERT INTO team_member (team_code, username, lead) VALUES (?1, ?2, ?3)")
          .setParameter(1, code)
          .setParameter(2, e.getKey())
          .setParameter(3, e.getValue())
          .executeUpdate();
    }
    em.lock(t, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    return view(t);
  }

  /** The agent's skills, away flag, capacity and teams (version 0: nothing set yet). */
  public AgentView agent(String username) {
    TeamPolicy.Actor me = actor();
    if (!me.username().equals(username) && !POLICY.mayRead(me)) {
      throw forbidden();
    }
    if (!directory.isActiveStaff(username)) {
      throw new DomainException(
          Kind.NOT_FOUND, "team.agent.notFound", "No agent " + username, username);
    }
    return agentView(username);
  }

  /**
   * Sets an agent's away flag, capacity and skills (all of them afterwards), based on the version
   * of their profile (0 before anything was set).
   */
  public AgentView saveAgent(String username, AgentDraft draft, long expectedVersion) {
    agent(username);
    if (!POLICY.mayChangeAgent(actor(), teams.teamsOf(username))) {
      throw forbidden();
    }
    AgentProfile p = profile(username, expectedVersion); // a stale copy first (412)
    Map<String, Integer> skills = draft.skillMap();
    List<InvalidFieldException.Field> bad = TeamRules.agent(draft.getCapacity(), skills);
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    if (p == null) {
      p = new AgentProfile(username);
      p.define(draft.isAway(), draft.getCapacity());
      em.persist(p);
    } else {
      p.define(draft.isAway(), draft.getCapacity());
      em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // the skills are part of it
    }
    em.createNativeQuery("DELETE FROM agent_skill WHERE username = ?1")
        .setParameter(1, username)
        .executeUpdate();
    for (var e : skills.entrySet()) {
      em.createNativeQuery("INSERT INTO agent_skill (username, skill, level) VALUES (?1, ?2, ?3)")
          .setParameter(1, username)
          .setParameter(2, e.getKey())
          .setParameter(3, e.getValue())
          .executeUpdate();
    }
    em.flush();
    return agentView(username);
  }

  /** The caller (or someone who may change the agent) says the agent is away, or back. */
  public AgentView setAway(String username, boolean away, long expectedVersion) {
    agent(username);
    if (!POLICY.maySetAway(actor(), username, teams.teamsOf(username))) {
      throw forbidden();
    }
    AgentProfile p = profile(username, expectedVersion);
    if (p == null) {
      p = new AgentProfile(username);
      p.setAway(away);
      em.persist(p);
    } else {
      p.setAway(away);
      em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // a save without change counts too
    }
    em.flush();
    return agentView(username);
  }

  /** The agent's profile at {@code expectedVersion} (0: none yet, answered as {@code null}). */
  private AgentProfile profile(String username, long expectedVersion) {
    AgentProfile p = em.find(AgentProfile.class, username);
    requireVersion(p == null ? 0 : p.getVersion(), expectedVersion, username);
    return p;
  }

  @SuppressWarnings("unchecked")
  private AgentView agentView(String username) {
    AgentProfile p = em.find(AgentProfile.class, username);
    Map<String, Integer> skills = new TreeMap<>();
    for (Object[] row :
        (List<Object[]>)
            em.createNativeQuery("SELECT skill, level FROM agent_skill WHERE username = ?1")
                .setParameter(1, username)
                .getResultList()) {
      skills.put((String) row[0], ((Number) row[1]).intValue());
    }
    return new AgentView(
        username,
        p != null && p.isAway(),
        p == null ? null : p.getCapacity(),
        skills,
        teams.teamsOf(username),
        p == null ? 0 : p.getVersion());
  }

  private TeamView view(Team t) {
    List<TeamView.Member> members = new ArrayList<>();
    members(t.getCode()).forEach((user, lead) -> members.add(new TeamView.Member(user, lead)));
    return new TeamView(
        t.getCode(),
        t.getNameEn(),
        t.getNameId(),
        t.getAssignmentMode().name(),
        t.isAutoAssign(),
        t.isActive(),
        t.getVersion(),
        members,
        t.getCalendarCode());
  }

  /** The members of a team, leads first, then by user name. */
  @SuppressWarnings("unchecked")
  private Map<String, Boolean> members(String code) {
    Map<String, Boolean> members = new LinkedHashMap<>();
    for (Object[] row :
        (List<Object[]>)
            em.createNativeQuery(
                    "SELECT username, lead FROM team_member WHERE team_code = ?1"
                        + " ORDER BY lead DESC, username")
                .setParameter(1, code)
                .getResultList()) {
      members.put((String) row[0], Boolean.TRUE.equals(row[1]));
    }
    return members;
  }

  private Team find(String code) {
    Team t = code == null || code.length() > 40 ? null : em.find(Team.class, code);
    if (t == null) {
      throw notFound(code);
    }
    return t;
  }

  private void requireRead() {
    if (!POLICY.mayRead(actor())) {
      throw forbidden();
    }
  }

  private TeamPolicy.Actor actor() {
    String me = session.getCallerPrincipal().getName();
    boolean lead = session.isCallerInRole(Roles.TEAM_LEAD);
    Set<String> leads = lead ? new HashSet<>(teams.teamsLedBy(me)) : Set.of();
    return new TeamPolicy.Actor(
        me,
        session.isCallerInRole(Roles.ADMIN),
        lead,
        session.isCallerInRole(Roles.MANAGER),
        leads);
  }

  private static void requireVersion(long current, Long expected, String what) {
    if (expected == null || expected != current) {
      throw DomainException.stale("team.stale", what, expected, current);
    }
  }

  private static DomainException notFound(String code) {
    return new DomainException(Kind.NOT_FOUND, "team.notFound", "No team " + code, code);
  }

  private static NotPermittedException forbidden() {
    return new NotPermittedException("team.forbidden", "You may not change this team or agent");
  }
}
