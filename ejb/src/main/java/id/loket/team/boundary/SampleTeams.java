package id.loket.team.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The demo agents' teams and skills, for demo data: sari in the service desk and network (network
 * 3, laptops 2), tono leading the service desk and in the travel desk (travel 3). A local bean only
 * (no API reaches it). Idempotent: nothing happens once either of them is in a team (so an
 * administrator's later changes stay), or when they do not exist.
 */
@Stateless
@PermitAll
public class SampleTeams {

  @PersistenceContext EntityManager em;

  public void create() {
    Number placed =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM team_member WHERE username IN ('sari', 'tono')")
                .getSingleResult();
    if (placed.longValue() > 0) {
      return;
    }
    member("service-desk", "sari", false);
    member("network", "sari", false);
    member("service-desk", "tono", true);
    member("travel-desk", "tono", false);
    skill("sari", "network", 3);
    skill("sari", "laptops", 2);
    skill("tono", "travel", 3);
  }

  private void member(String team, String user, boolean lead) {
    em.createNativeQuery(
            "INSERT INTO team_member (team_code, username, lead) SELECT ?1, ?2, ?3"
                + " WHERE EXISTS (SELECT 1 FROM app_user WHERE username = ?2)"
                + " ON CONFLICT DO NOTHING")
        .setParameter(1, team)
        .setParameter(2, user)
        .setParameter(3, lead)
        .executeUpdate();
  }

  private void skill(String user, String skill, int level) {
    em.createNativeQuery(
            "INSERT INTO agent_skill (username, skill, level) SELECT ?1, ?2, ?3"
                + " WHERE EXISTS (SELECT 1 FROM app_user WHERE username = ?1)"
                + " ON CONFLICT DO NOTHING")
        .setParameter(1, user)
        .setParameter(2, skill)
        .setParameter(3, level)
        .executeUpdate();
  }
}
