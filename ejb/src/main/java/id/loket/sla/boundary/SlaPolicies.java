package id.loket.sla.boundary;

import id.loket.catalog.boundary.Catalog;
import id.loket.identity.entity.Roles;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.sla.entity.SlaPolicy;
import id.loket.team.boundary.Teams;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLA policies: administrators create and change them, managers read them (the same split as
 * {@link SlaCalendars}). A policy is never deleted — tickets' clocks name it — but switched off
 * ({@code active = false}). Of the active policies only one may cover a (priority, request type,
 * requester group): checked here first, so the refusal names the policy in the way, and by the
 * database's unique index {@code ux_sla_policy_scope} against two administrators at once.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class SlaPolicies {

  private static final String SCOPE_INDEX = "ux_sla_policy_scope";

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;
  @EJB Teams teams;
  @EJB Catalog catalog;
  @EJB SlaCalendars calendars;

  /** Every policy, by priority, then the general before the narrower, then code. */
  public List<PolicyView> all() {
    return stored().stream()
        .sorted(
            Comparator.comparing(SlaPolicy::getPriority)
                .thenComparingInt(SlaPolicies::specificity)
                .thenComparing(SlaPolicy::getCode))
        .map(PolicyView::of)
        .toList();
  }

  public PolicyView get(String code) {
    return PolicyView.of(byCode(code));
  }

  /**
   * Creates the policy {@code draft.code}.
   *
   * @throws InvalidFieldException naming every bad field
   * @throws DomainException CONFLICT if the code is taken or another active policy has this scope
   */
  @RolesAllowed(Roles.ADMIN)
  public PolicyView create(PolicyDraft draft) {
    SlaPolicy.Terms terms = draft.terms(lookups());
    String code = draft.getCode();
    if (!find(code).isEmpty()) {
      throw new DomainException(
          Kind.CONFLICT, "sla.policy.exists", "Policy " + code + " exists", code);
    }
    requireFreeScope(code, terms);
    SlaPolicy p = new SlaPolicy(code, terms, me(), clock.instant());
    em.persist(p);
    flush(code, terms);
    return PolicyView.of(p);
  }

  /**
   * Changes the policy {@code code} (not its code) based on {@code expectedVersion}.
   *
   * @throws DomainException NOT_FOUND, STALE (412), CONFLICT (scope), or INVALID on a field
   */
  @RolesAllowed(Roles.ADMIN)
  public PolicyView update(String code, PolicyDraft draft, long expectedVersion) {
    SlaPolicy p = byCode(code);
    if (p.getVersion() != expectedVersion) {
      throw DomainException.stale("sla.policy.stale", code, expectedVersion, p.getVersion());
    }
    if (draft.getCode() == null) {
      draft.setCode(code);
    } else if (!draft.getCode().equals(code)) {
      throw new InvalidFieldException("code", "sla.policy.code.fixed", code);
    }
    SlaPolicy.Terms terms = draft.terms(lookups());
    requireFreeScope(code, terms);
    p.change(terms, me(), clock.instant());
    flush(code, terms);
    return PolicyView.of(p);
  }

  private PolicyDraft.Lookups lookups() {
    return new PolicyDraft.Lookups(
        type -> catalog.form(type, Locale.ROOT) != null, calendars::exists, teams::exists);
  }

  /** Refuses a second active policy for the scope of {@code terms}, naming the first. */
  private void requireFreeScope(String code, SlaPolicy.Terms terms) {
    if (!terms.active()) {
      return;
    }
    Optional<SlaPolicy> clash =
        stored().stream()
            .filter(p -> !p.getCode().equals(code))
            .filter(p -> inScope(p, terms))
            .findFirst();
    if (clash.isPresent()) {
      throw clash(code, clash.get().getCode());
    }
  }

  /**
   * The code of the active policy that has the scope of {@code terms}, as committed now: for the
   * refusal of a policy that lost a race to it (this transaction is rolled back and sees nothing).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<String> activeInScope(SlaPolicy.Terms terms) {
    return stored().stream().filter(p -> inScope(p, terms)).map(SlaPolicy::getCode).findFirst();
  }

  /** Writes now, so that two administrators at once meet the unique index here. */
  private void flush(String code, SlaPolicy.Terms terms) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (violates(e, SCOPE_INDEX)) {
        SlaPolicies self = session.getBusinessObject(SlaPolicies.class);
        throw clash(code, self.activeInScope(terms).orElse("?"));
      }
      if (violates(e, "uq_sla_policy_code")) {
        throw new DomainException(
            Kind.CONFLICT, "sla.policy.exists", "Policy " + code + " exists", code);
      }
      throw e;
    }
  }

  /** Whether {@code p} is active for the priority, type and group of {@code terms}. */
  private static boolean inScope(SlaPolicy p, SlaPolicy.Terms terms) {
    return p.isActive()
        && p.getPriority().equals(terms.priority())
        && Objects.equals(p.getRequestType(), terms.requestType())
        && sameGroup(p.getRequesterGroup(), terms.requesterGroup());
  }

  /** Groups match as the choice matches them: regardless of case. */
  private static boolean sameGroup(String a, String b) {
    return a == null ? b == null : a.equalsIgnoreCase(b);
  }

  private static boolean violates(Throwable e, String constraint) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && "23505".equals(sql.getSQLState())
          && String.valueOf(sql.getMessage()).contains(constraint)) {
        return true;
      }
    }
    return false;
  }

  private static DomainException clash(String code, String other) {
    return new DomainException(
        Kind.CONFLICT,
        "sla.policy.clash",
        "Active policy " + other + " already has the scope of " + code,
        code,
        other);
  }

  private List<SlaPolicy> stored() {
    return em.createQuery("SELECT p FROM SlaPolicy p", SlaPolicy.class)
        .setMaxResults(1000)
        .getResultList();
  }

  private SlaPolicy byCode(String code) {
    List<SlaPolicy> found = find(code);
    if (found.isEmpty()) {
      throw new DomainException(Kind.NOT_FOUND, "sla.policy.not-found", "No policy " + code, code);
    }
    return found.get(0);
  }

  private List<SlaPolicy> find(String code) {
    if (code == null || code.length() > 40) {
      return List.of();
    }
    return em.createQuery("SELECT p FROM SlaPolicy p WHERE p.code = :code", SlaPolicy.class)
        .setParameter("code", code)
        .getResultList();
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  /** 0 any type and group, 1 a group, 2 a type, 3 both (as the choice ranks them). */
  static int specificity(SlaPolicy p) {
    return (p.getRequestType() != null ? 2 : 0) + (p.getRequesterGroup() != null ? 1 : 0);
  }
}
