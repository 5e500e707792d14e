package id.loket.report.boundary;

import id.loket.identity.boundary.CallerIdentity;
import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Role;
import id.loket.mail.boundary.MailOutbox;
import id.loket.platform.LoketConfig;
import id.loket.report.control.DigestBook;
import id.loket.report.control.DigestFigures;
import id.loket.report.control.DigestSchedule;
import id.loket.report.control.DigestText;
import id.loket.report.control.ReportReader;
import id.loket.report.entity.Digest;
import id.loket.report.entity.DigestReport;
import id.loket.report.entity.ReportFilter;
import id.loket.report.entity.ReportScope;
import id.loket.report.entity.Subscription;
import id.loket.report.entity.SubscriptionFrequency;
import id.loket.report.entity.SubscriptionTerms;
import id.loket.team.boundary.Teams;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One batch of the digest sweep, in its own transaction: claims due subscriptions (skipping what
 * another node holds), makes each one's digest for the period that ended last, in the subscriber's
 * scope (their roles and the teams they lead now, not when they subscribed), stores it, queues its
 * mail and plans the next period — all or nothing. A node down for longer than a period sends the
 * last period's digest only, not one per missed period. A subscriber who may no longer read reports
 * (role taken away, disabled) is unsubscribed.
 */
@Stateless
@PermitAll
public class DigestSweep {

  public static final String MAIL_KIND = "digest";

  @PersistenceContext EntityManager em;
  @Inject ReportReader reader;
  @EJB UserDirectory directory;
  @EJB Teams teams;
  @EJB MailOutbox outbox;
  @Inject LoketConfig config;

  /** What one batch did: subscriptions claimed, digests made. */
  public record Batch(int claimed, int made) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Batch once(int limit) {
    DigestBook book = new DigestBook(em);
    Instant now = book.now();
    List<Subscription> due = book.claimDue(now, limit);
    if (due.isEmpty()) {
      return new Batch(0, 0);
    }
    ZoneId zone = config.displayZone();
    DigestSchedule schedule = new DigestSchedule(zone);
    int made = 0;
    for (Subscription s : due) {
      SubscriptionFrequency f = s.frequency();
      Optional<ReportScope> scope = scopeOf(s.getUsername());
      if (scope.isEmpty()) {
        s.cancel();
        continue;
      }
      Instant end = schedule.lastEnd(f, now);
      if (!book.made(s.getId(), end)) {
        make(s, schedule.endingAt(f, end), scope.get(), zone, now);
        made++;
      }
      s.sent(schedule.nextEnd(f, now));
    }
    return new Batch(due.size(), made);
  }

  private void make(
      Subscription s, DigestSchedule.Period period, ReportScope scope, ZoneId zone, Instant now) {
    SubscriptionTerms terms = s.terms();
    ReportFilter f = terms.filter().withWindow(period.first(), period.last());
    List<DigestReport> chosen = terms.reports();
    DigestFigures figures =
        new DigestFigures(
            terms.frequency(),
            f,
            chosen.contains(DigestReport.ESCALATIONS) ? reader.escalations(f, scope, zone) : null,
            chosen.contains(DigestReport.SLA) ? reader.sla(f, scope, zone, now) : null,
            chosen.contains(DigestReport.BACKLOG) ? reader.backlog(f, scope, zone, now) : null,
            chosen.contains(DigestReport.SATISFACTION) ? reader.satisfaction(f, scope, zone) : null,
            chosen.contains(DigestReport.LOAD) ? reader.load(f, scope, zone) : null);
    DigestText texts = new DigestText(terms.language());
    DigestText.Text text = texts.render(figures, config.publicBaseUrl());
    Digest digest =
        new Digest(
            s.getId(),
            s.getUsername(),
            period.from(),
            period.to(),
            texts.language(),
            text.subject(),
            text.body(),
            now);
    em.persist(digest);
    directory
        .emailOf(s.getUsername())
        .ifPresent(
            address ->
                outbox.queue(
                    MAIL_KIND,
                    "digest:" + s.getId() + ":" + period.to(),
                    null,
                    null,
                    address,
                    texts.language(),
                    text.subject(),
                    text.body(),
                    null,
                    null));
  }

  /** What the subscriber may read now: all, the teams they lead, or nothing (empty). */
  private Optional<ReportScope> scopeOf(String username) {
    if (!directory.isActive(username)) {
      return Optional.empty();
    }
    Set<Role> roles = directory.find(username).map(CallerIdentity::roles).orElse(Set.of());
    if (roles.contains(Role.ADMIN) || roles.contains(Role.MANAGER)) {
      return Optional.of(ReportScope.everything());
    }
    if (roles.contains(Role.TEAM_LEAD)) {
      return Optional.of(ReportScope.teams(teams.teamsLedBy(username)));
    }
    return Optional.empty();
  }
}
