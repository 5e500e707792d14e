package id.loket.demo;

import id.loket.canned.boundary.SampleCanned;
import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Role;
import id.loket.platform.LoketConfig;
import id.loket.team.boundary.SampleTeams;
import id.loket.ticket.boundary.SampleTickets;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo users (one per role, two requesters) and a few tickets, created once on an empty database
 * when {@code loket.demo.enabled} is true, and listed in the log at every start so that whoever
 * starts Loket can sign in. Off unless turned on.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** A demo user; department and location let routing rules on them be tried out. */
  record DemoUser(
      String username,
      String displayName,
      String locale,
      Set<Role> roles,
      String department,
      String location) {}

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser(
              "rina", "Rina Wulandari", null, EnumSet.of(Role.REQUESTER), "Finance", "Jakarta"),
          new DemoUser(
              "budi", "Budi Santoso", null, EnumSet.of(Role.REQUESTER), "Sales", "Surabaya"),
          new DemoUser("sari", "Sari Dewi", null, EnumSet.of(Role.AGENT), "IT", "Jakarta"),
          new DemoUser(
              "tono",
              "Tono Hartono",
              null,
              EnumSet.of(Role.AGENT, Role.TEAM_LEAD),
              "IT",
              "Surabaya"),
          new DemoUser("maya", "Maya Putri", null, EnumSet.of(Role.MANAGER), "Finance", "Jakarta"),
          new DemoUser(
              "admin", "Loket Administrator", null, EnumSet.of(Role.ADMIN), "IT", "Jakarta"));

  @EJB UserDirectory users;
  @EJB SampleTickets samples;
  @EJB SampleTeams teams;
  @EJB SampleCanned canned;
  @Inject LoketConfig config;
  @Inject Clock clock;

  @PostConstruct
  void seed() {
    if (!config.demoEnabled()) {
      return;
    }
    String password = config.demoPassword();
    if (users.count() == 0) {
      Instant now = clock.instant();
      for (DemoUser u : USERS) {
        users.create(
            u.username(),
            u.displayName(),
            u.username() + "@loket.example",
            password.toCharArray(),
            u.locale(),
            u.roles(),
            now);
        users.seedPlacement(u.username(), u.department(), u.location());
      }
      samples.create(now);
    }
    teams.create();
    canned.create(clock.instant());
    StringBuilder banner =
        new StringBuilder("\n")
            .append("==================== Loket demo users ====================\n");
    for (DemoUser u : USERS) {
      banner.append(String.format("  %-6s / %-10s %s%n", u.username(), password, u.roles()));
    }
    banner
        .append("  (demo data is on: set LOKET_DEMO_ENABLED=false for production)\n")
        .append("==========================================================");
    LOG.info(banner::toString);
  }
}
