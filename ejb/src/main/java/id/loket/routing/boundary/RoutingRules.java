package id.loket.routing.boundary;

import id.loket.identity.entity.Roles;
import id.loket.routing.control.RuleCodec;
import id.loket.routing.control.RuleProblem;
import id.loket.routing.control.RuleValidator;
import id.loket.routing.entity.RoutingRule;
import id.loket.routing.entity.RuleAttribute;
import id.loket.routing.entity.RuleEntry;
import id.loket.routing.entity.SkillLevel;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.team.boundary.TeamName;
import id.loket.team.boundary.Teams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Administrators keep the routing table: add a rule, change it (its position too: that is how a
 * rule moves), retire it. A change names the version it is based on (412 otherwise). The whole
 * active table is checked with {@link RuleValidator} before anything is stored, and each problem of
 * the rule being saved is answered as 422 naming its field ({@code position}, {@code team}, {@code
 * conditions}, {@code requiredSkills}). Team leads and managers may read the table.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class RoutingRules {

  private static final RuleValidator VALIDATOR = new RuleValidator();

  @PersistenceContext EntityManager em;
  @EJB Teams teams;

  /** The table in order, retired rules (after the active ones) too. */
  @RolesAllowed({Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
  public List<RuleView> all() {
    return em
        .createQuery(
            "SELECT r FROM RuleEntry r ORDER BY r.active DESC, r.position, r.id", RuleEntry.class)
        .getResultList()
        .stream()
        .map(RoutingRules::view)
        .toList();
  }

  @RolesAllowed({Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
  public RuleView rule(long id) {
    return view(find(id));
  }

  public RuleView create(RuleDraft draft) {
    Checked c = check(null, draft);
    RuleEntry e =
        new RuleEntry(
            draft.getPosition(),
            draft.getTeam(),
            RuleCodec.write(c.conditions()),
            RuleCodec.write(c.skills()));
    em.persist(e);
    em.flush();
    return view(e);
  }

  public RuleView update(long id, RuleDraft draft, long expectedVersion) {
    RuleEntry e = find(id);
    requireVersion(e, expectedVersion);
    if (!e.isActive()) {
      throw new DomainException(
          Kind.CONFLICT, "routing.rule.retired", "Rule " + id + " is retired", id);
    }
    Checked c = check(e, draft);
    e.define(
        draft.getPosition(),
        draft.getTeam(),
        RuleCodec.write(c.conditions()),
        RuleCodec.write(c.skills()));
    em.flush();
    return view(e);
  }

  public RuleView retire(long id, long expectedVersion) {
    RuleEntry e = find(id);
    requireVersion(e, expectedVersion);
    e.retire();
    em.flush();
    return view(e);
  }

  /**
   * Swaps the position of an active rule with the active rule just above ({@code up}) or below it;
   * nothing happens at either end of the table.
   */
  public RuleView move(long id, long expectedVersion, boolean up) {
    RuleEntry e = find(id);
    requireVersion(e, expectedVersion);
    if (!e.isActive()) {
      throw new DomainException(
          Kind.CONFLICT, "routing.rule.retired", "Rule " + id + " is retired", id);
    }
    List<RuleEntry> neighbours =
        em.createQuery(
                up
                    ? "SELECT r FROM RuleEntry r WHERE r.active = TRUE AND r.position < :p"
                        + " ORDER BY r.position DESC"
                    : "SELECT r FROM RuleEntry r WHERE r.active = TRUE AND r.position > :p"
                        + " ORDER BY r.position",
                RuleEntry.class)
            .setParameter("p", e.getPosition())
            .setMaxResults(1)
            .getResultList();
    if (neighbours.isEmpty()) {
      return view(e);
    }
    RuleEntry other = neighbours.get(0);
    if (RuleCodec.rule(e).isCatchAll() || RuleCodec.rule(other).isCatchAll()) {
      throw new InvalidFieldException("position", "routing.rule.CATCH_ALL_NOT_LAST");
    }
    int mine = e.getPosition();
    int theirs = other.getPosition();
    Integer top =
        em.createQuery("SELECT MAX(r.position) FROM RuleEntry r", Integer.class).getSingleResult();
    // Through a free position: one active rule per position holds at every statement.
    e.define(top + 1, e.getTeam(), e.getConditions(), e.getRequiredSkills());
    em.flush();
    other.define(mine, other.getTeam(), other.getConditions(), other.getRequiredSkills());
    em.flush();
    e.define(theirs, e.getTeam(), e.getConditions(), e.getRequiredSkills());
    em.flush();
    return view(e);
  }

  private record Checked(Map<RuleAttribute, Set<String>> conditions, List<SkillLevel> skills) {}

  /** Checks the draft alone and then the active table with it in place of {@code replacing}. */
  private Checked check(RuleEntry replacing, RuleDraft draft) {
    List<InvalidFieldException.Field> bad = new ArrayList<>();
    var conditions = RuleCodec.conditions(draft.getConditions(), bad);
    var skills = RuleCodec.skills(draft.getRequiredSkills(), bad);
    if (draft.getPosition() == null) {
      bad.add(new InvalidFieldException.Field("position", "routing.position"));
    }
    if (draft.getTeam() == null) {
      bad.add(new InvalidFieldException.Field("team", "routing.team"));
    }
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    List<RoutingRule> table = new ArrayList<>();
    table.add(new RoutingRule(draft.getPosition(), draft.getTeam(), conditions, skills));
    em
        .createQuery("SELECT r FROM RuleEntry r WHERE r.active = TRUE", RuleEntry.class)
        .getResultList()
        .stream()
        .filter(r -> replacing == null || !r.getId().equals(replacing.getId()))
        .map(RuleCodec::rule)
        .forEach(table::add);
    Set<String> known = teams.active().stream().map(TeamName::code).collect(Collectors.toSet());
    Map<String, InvalidFieldException.Field> mine = new LinkedHashMap<>();
    for (RuleProblem p : VALIDATOR.problems(table, known)) {
      String field;
      if (p.field().startsWith("rules[0].")) {
        field = p.field().substring("rules[0].".length());
      } else if (p.kind() == RuleProblem.Kind.ORDER_DUPLICATE
          || p.kind() == RuleProblem.Kind.CATCH_ALL_NOT_LAST) {
        field = "order"; // this rule's position clashes with another, or comes after a catch-all
      } else {
        continue; // another rule's own problem
      }
      field = field.equals("order") ? "position" : field;
      mine.putIfAbsent(
          field, new InvalidFieldException.Field(field, "routing.rule." + p.kind().name()));
    }
    if (!mine.isEmpty()) {
      throw new InvalidFieldException(List.copyOf(mine.values()));
    }
    return new Checked(conditions, skills);
  }

  static RuleView view(RuleEntry e) {
    RoutingRule r = RuleCodec.rule(e);
    Map<String, List<String>> conditions = new LinkedHashMap<>();
    r.conditions().forEach((a, v) -> conditions.put(a.name(), List.copyOf(v)));
    return new RuleView(
        e.getId(),
        e.getPosition(),
        e.getTeam(),
        conditions,
        r.requiredSkills().stream().map(s -> new RuleView.Skill(s.skill(), s.level())).toList(),
        e.isActive(),
        e.getVersion());
  }

  private RuleEntry find(long id) {
    RuleEntry e = em.find(RuleEntry.class, id);
    if (e == null) {
      throw new DomainException(
          Kind.NOT_FOUND, "routing.rule.notFound", "No routing rule " + id, id);
    }
    return e;
  }

  private static void requireVersion(RuleEntry e, long expected) {
    if (e.getVersion() != expected) {
      throw DomainException.stale("routing.rule.stale", e.getId(), expected, e.getVersion());
    }
  }
}
