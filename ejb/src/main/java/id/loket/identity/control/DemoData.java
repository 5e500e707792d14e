package id.loket.identity.control;

import id.loket.identity.entity.Role;
import id.loket.identity.entity.UserAccount;
import id.loket.ticket.control.TicketNumbers;
import id.loket.ticket.entity.Impact;
import id.loket.ticket.entity.Ticket;
import id.loket.ticket.entity.Urgency;
import id.loket.ticket.entity.Visibility;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo users (one per role, two requesters) and a few tickets, created once on an empty database
 * when {@code loket.demo.enabled} is true, and listed in the log at every start so that whoever
 * starts Loket can sign in. Turn it off for production.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  record DemoUser(String username, String displayName, String locale, Set<Role> roles) {}

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("rina", "Rina Wulandari", "id", EnumSet.of(Role.REQUESTER)),
          new DemoUser("budi", "Budi Santoso", "id", EnumSet.of(Role.REQUESTER)),
          new DemoUser("sari", "Sari Dewi", "id", EnumSet.of(Role.AGENT)),
          new DemoUser("tono", "Tono Hartono", "en", EnumSet.of(Role.AGENT, Role.TEAM_LEAD)),
          new DemoUser("maya", "Maya Putri", "en", EnumSet.of(Role.MANAGER)),
          new DemoUser("admin", "Loket Administrator", "en", EnumSet.of(Role.ADMIN)));

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject TicketNumbers numbers;

  @Inject
  @ConfigProperty(name = "loket.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "loket.demo.password", defaultValue = "demo2026")
  String password;

  @PostConstruct
  void seed() {
    if (!enabled) {
      return;
    }
    long users = em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
    if (users == 0) {
      Instant now = clock.instant();
      for (DemoUser u : USERS) {
        String hash = PasswordHashing.hash(password.toCharArray());
        em.persist(
            new UserAccount(
                u.username(),
                u.displayName(),
                u.username() + "@loket.example",
                hash,
                u.locale(),
                u.roles(),
                now));
      }
      seedTickets(now);
    }
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

  private void seedTickets(Instant now) {
    Ticket vpn =
        Ticket.open(
            numbers.next(now),
            "rina",
            "VPN disconnects every few minutes",
            "Since Monday the VPN client drops the connection every 5–10 minutes when working from home.",
            "network",
            Impact.MEDIUM,
            Urgency.HIGH,
            now);
    vpn.assign("sari", "tono", now);
    vpn.moveTo(id.loket.ticket.entity.TicketStatus.IN_PROGRESS, "sari", now);
    vpn.addComment(
        "sari", "Bisa kirim log VPN client dari menu Help → Export logs?", Visibility.PUBLIC, now);
    vpn.addComment(
        "sari",
        "Probably the split-tunnel profile rolled out last week.",
        Visibility.INTERNAL,
        now);
    em.persist(vpn);
    Ticket flight =
        Ticket.open(
            numbers.next(now),
            "budi",
            "Ubah jadwal penerbangan Jakarta–Surabaya",
            "Mohon ubah penerbangan tanggal 3 Desember ke pagi hari (sebelum jam 09.00).",
            "travel-change",
            Impact.LOW,
            Urgency.MEDIUM,
            now);
    em.persist(flight);
  }
}
