package id.loket.report.boundary;

import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Roles;
import id.loket.platform.LoketConfig;
import id.loket.report.control.DigestSchedule;
import id.loket.report.entity.Digest;
import id.loket.report.entity.Subscription;
import id.loket.report.entity.SubscriptionTerms;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Keyset;
import id.loket.shared.NotPermittedException;
import id.loket.shared.Page;
import id.loket.team.boundary.TeamName;
import id.loket.team.boundary.Teams;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The caller's report digests: subscribing (daily or weekly, chosen reports and filters, in their
 * language unless they pick the other), their subscriptions, changing one (based on the version
 * read: 412 when it moved on) or cancelling it, and the digests they received, newest first (keyset
 * pages). Team leads, managers and administrators only; a lead may filter on the teams they lead
 * only (403 otherwise), and another person's subscription or digest is a 404.
 */
@Stateless
@DeclareRoles({Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
@RolesAllowed({Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class Digests {

  public static final int MAX_PAGE = 100;

  /** Subscriptions one person may hold at once: a digest each, every period. */
  public static final int MAX_SUBSCRIPTIONS = 10;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @EJB Teams teams;
  @EJB UserDirectory directory;
  @Inject Clock clock;
  @Inject LoketConfig config;

  /** The caller's active subscriptions, oldest first. */
  public List<SubscriptionView> mine() {
    return active(me()).stream().map(SubscriptionView::of).toList();
  }

  public SubscriptionView get(long id) {
    return SubscriptionView.of(own(id, null));
  }

  public SubscriptionView subscribe(SubscriptionDraft draft) {
    String me = me();
    SubscriptionTerms terms = terms(draft, me);
    if (active(me).size() >= MAX_SUBSCRIPTIONS) {
      throw new DomainException(
          Kind.CONFLICT,
          "digest.subscriptions.many",
          "At most " + MAX_SUBSCRIPTIONS + " subscriptions",
          MAX_SUBSCRIPTIONS);
    }
    Subscription s =
        new Subscription(
            me, terms, schedule().nextEnd(terms.frequency(), clock.instant()), clock.instant());
    em.persist(s);
    em.flush();
    return SubscriptionView.of(s);
  }

  /** New terms for a subscription read at {@code expectedVersion}. */
  public SubscriptionView change(long id, SubscriptionDraft draft, long expectedVersion) {
    Subscription s = own(id, expectedVersion);
    SubscriptionTerms terms = terms(draft, s.getUsername());
    // The period under way keeps its end unless the frequency changed.
    s.change(
        terms,
        terms.frequency() == s.frequency()
            ? s.getNextAt()
            : schedule().nextEnd(terms.frequency(), clock.instant()));
    em.flush();
    return SubscriptionView.of(s);
  }

  public void cancel(long id, long expectedVersion) {
    own(id, expectedVersion).cancel();
    em.flush();
  }

  /** The digests the caller received, newest first. */
  @SuppressWarnings("unchecked")
  public Page<DigestView> digests(String cursor, int limit) {
    Keyset after = Keyset.parse(cursor);
    int size = Math.max(1, Math.min(limit, MAX_PAGE));
    List<Digest> rows =
        em.createNativeQuery(
                "SELECT * FROM report_digest WHERE username = ?1 AND (created_at, id) < (?2, ?3)"
                    + " ORDER BY created_at DESC, id DESC LIMIT ?4",
                Digest.class)
            .setParameter(1, me())
            .setParameter(2, OffsetDateTime.ofInstant(after.at(), ZoneOffset.UTC))
            .setParameter(3, after.id())
            .setParameter(4, size + 1)
            .getResultList();
    boolean more = rows.size() > size;
    List<Digest> page = more ? rows.subList(0, size) : rows;
    String next = null;
    if (more) {
      Digest last = page.get(page.size() - 1);
      next = Keyset.of(last.getCreatedAt(), last.getId());
    }
    return new Page<>(page.stream().map(DigestView::of).toList(), next);
  }

  public DigestView digest(long id) {
    Digest d = em.find(Digest.class, id);
    if (d == null || !d.getUsername().equals(me())) {
      throw new DomainException(Kind.NOT_FOUND, "digest.not-found", "No digest " + id, id);
    }
    return DigestView.of(d);
  }

  /** The teams the caller may filter on: the ones they lead, or all active teams. */
  public List<TeamName> teams() {
    if (all()) {
      return teams.active();
    }
    List<String> led = teams.teamsLedBy(me());
    return teams.active().stream().filter(t -> led.contains(t.code())).toList();
  }

  private SubscriptionTerms terms(SubscriptionDraft d, String me) {
    if (d == null) {
      throw new InvalidFieldException("frequency", "digest.frequency.invalid");
    }
    SubscriptionTerms terms =
        SubscriptionTerms.of(
            d.getFrequency(),
            d.getReports(),
            d.getTeam(),
            d.getAgent(),
            d.getCategory(),
            d.getRequestType(),
            d.getPriority(),
            d.getChannel(),
            d.getLanguage(),
            directory.language(me).filter(SubscriptionTerms.LANGUAGES::contains).orElse("en"));
    String team = terms.filter().team();
    if (team != null) {
      if (!teams.exists(team)) {
        throw new InvalidFieldException("team", "digest.team.unknown", team);
      }
      if (!all() && !teams.teamsLedBy(me).contains(team)) {
        throw new NotPermittedException(
            "digest.team.forbidden", "A team lead subscribes to the teams they lead", team);
      }
    }
    return terms;
  }

  private List<Subscription> active(String me) {
    return em.createQuery(
            "SELECT s FROM Subscription s WHERE s.username = :u AND s.active = TRUE ORDER BY s.id",
            Subscription.class)
        .setParameter("u", me)
        .getResultList();
  }

  private Subscription own(long id, Long expectedVersion) {
    Subscription s = em.find(Subscription.class, id);
    if (s == null || !s.isActive() || !s.getUsername().equals(me())) {
      throw new DomainException(
          Kind.NOT_FOUND, "digest.subscription.not-found", "No subscription " + id, id);
    }
    if (expectedVersion != null && expectedVersion != s.getVersion()) {
      throw DomainException.stale("digest.stale", id, expectedVersion, s.getVersion());
    }
    return s;
  }

  private DigestSchedule schedule() {
    return new DigestSchedule(config.displayZone());
  }

  private boolean all() {
    return session.isCallerInRole(Roles.MANAGER) || session.isCallerInRole(Roles.ADMIN);
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
