package id.loket.team.boundary;

import id.loket.team.entity.Team;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What other features ask about teams: who is in which team, whether a team exists, the active
 * teams for a choice, and the rosters routing decides on. Reads only, apart from {@link #assigned}
 * (routing's round-robin turn), and no checks of the caller beyond being signed in: the callers
 * decide what to show (the queue feature scopes its queries with {@link #teamsOf}).
 */
@Stateless
@PermitAll // facts about teams for other features, also where no one is signed in (mail, timers)
public class Teams {

  @PersistenceContext EntityManager em;

  /** The codes of the teams {@code username} is a member of (active teams only), by code. */
  @SuppressWarnings("unchecked")
  public List<String> teamsOf(String username) {
    return em.createNativeQuery(
            "SELECT m.team_code FROM team_member m JOIN team t ON t.code = m.team_code"
                + " WHERE m.username = ?1 AND t.active ORDER BY m.team_code")
        .setParameter(1, username)
        .getResultList();
  }

  /** The codes of the active teams {@code username} leads, by code. */
  @SuppressWarnings("unchecked")
  public List<String> teamsLedBy(String username) {
    return em.createNativeQuery(
            "SELECT m.team_code FROM team_member m JOIN team t ON t.code = m.team_code"
                + " WHERE m.username = ?1 AND m.lead AND t.active ORDER BY m.team_code")
        .setParameter(1, username)
        .getResultList();
  }

  public boolean isMember(String team, String username) {
    return !member(team, username, "").isEmpty();
  }

  public boolean isLead(String team, String username) {
    return !member(team, username, " AND lead").isEmpty();
  }

  private List<?> member(String team, String username, String filter) {
    return em.createNativeQuery(
            "SELECT 1 FROM team_member WHERE team_code = ?1 AND username = ?2" + filter)
        .setParameter(1, team)
        .setParameter(2, username)
        .getResultList();
  }

  /** Whether {@code code} names an active team. */
  public boolean exists(String code) {
    if (code == null || code.isBlank() || code.length() > 40) {
      return false;
    }
    Team t = em.find(Team.class, code);
    return t != null && t.isActive();
  }

  /** Whether {@code code} names a team, active or retired. */
  public boolean known(String code) {
    return code != null && code.length() <= 40 && em.find(Team.class, code) != null;
  }

  /** The active teams, by code. */
  public List<TeamName> active() {
    return em
        .createQuery("SELECT t FROM Team t WHERE t.active = TRUE ORDER BY t.code", Team.class)
        .getResultList()
        .stream()
        .map(t -> new TeamName(t.getCode(), t.getNameEn(), t.getNameId()))
        .toList();
  }

  /**
   * Every active team with its members' skills, away flag and capacity: three queries, whatever the
   * number of teams.
   */
  @SuppressWarnings("unchecked")
  public List<Roster> rosters() {
    List<Team> teams =
        em.createQuery("SELECT t FROM Team t WHERE t.active = TRUE ORDER BY t.code", Team.class)
            .getResultList();
    Map<String, List<String>> members = new LinkedHashMap<>();
    Map<String, Object[]> profiles = new TreeMap<>();
    for (Object[] row :
        (List<Object[]>)
            em.createNativeQuery(
                    "SELECT m.team_code, m.username, p.away, p.capacity FROM team_member m"
                        + " JOIN team t ON t.code = m.team_code"
                        + " LEFT JOIN agent_profile p ON p.username = m.username"
                        + " WHERE t.active ORDER BY m.team_code, m.username")
                .getResultList()) {
      members.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
      profiles.put((String) row[1], row);
    }
    Map<String, Map<String, Integer>> skills = new TreeMap<>();
    for (Object[] row :
        (List<Object[]>)
            em.createNativeQuery(
                    "SELECT s.username, s.skill, s.level FROM agent_skill s WHERE s.username IN"
                        + " (SELECT m.username FROM team_member m)")
                .getResultList()) {
      skills
          .computeIfAbsent((String) row[0], k -> new TreeMap<>())
          .put((String) row[1], ((Number) row[2]).intValue());
    }
    List<Roster> rosters = new ArrayList<>();
    for (Team t : teams) {
      List<Roster.Agent> agents = new ArrayList<>();
      for (String user : members.getOrDefault(t.getCode(), List.of())) {
        Object[] p = profiles.get(user);
        agents.add(
            new Roster.Agent(
                user,
                Boolean.TRUE.equals(p[2]),
                p[3] == null ? null : ((Number) p[3]).intValue(),
                skills.getOrDefault(user, Map.of())));
      }
      rosters.add(
          new Roster(
              t.getCode(),
              t.getNameEn(),
              t.getNameId(),
              t.getAssignmentMode().name(),
              t.isAutoAssign(),
              t.getLastAssigned(),
              agents));
    }
    return rosters;
  }

  /**
   * Routing gave a ticket of {@code team} to {@code username}: round robin continues after them.
   * Written without the team's version (it is not an edit of the team).
   */
  public void assigned(String team, String username) {
    em.createNativeQuery("UPDATE team SET last_assigned = ?1 WHERE code = ?2")
        .setParameter(1, username)
        .setParameter(2, team)
        .executeUpdate();
  }

  /** The leads of {@code team} (system callers: the SLA escalations), by name. */
  @PermitAll
  @SuppressWarnings("unchecked")
  public List<String> leadsOf(String team) {
    if (team == null) {
      return List.of();
    }
    return em.createNativeQuery(
            "SELECT username FROM team_member WHERE team_code = ?1 AND lead ORDER BY username")
        .setParameter(1, team)
        .getResultList();
  }

  /** The calendar {@code team} works on, or null if it has none of its own (the SLA clock). */
  @PermitAll
  public String calendarOf(String team) {
    if (team == null) {
      return null;
    }
    List<?> rows =
        em.createNativeQuery("SELECT calendar_code FROM team WHERE code = ?1")
            .setParameter(1, team)
            .getResultList();
    return rows.isEmpty() ? null : (String) rows.get(0);
  }
}
