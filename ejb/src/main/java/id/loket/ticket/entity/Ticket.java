package id.loket.ticket.entity;

import static id.loket.ticket.entity.Change.*;

import id.loket.shared.DomainException;
import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A request for help from a user to the service desk: the aggregate root of the ticket domain.
 *
 * <p>A ticket is where requester and support staff meet, and it is also the evidence when someone
 * asks later why something took so long. Therefore every change goes through this class: it
 * enforces the {@link TicketStatus} workflow, derives the {@link Priority} instead of letting
 * anyone pick it, refuses changes once the ticket is CLOSED, and reports a {@link Change} for every
 * field that actually changed (nothing for no-ops, which then also leave {@code updatedAt} alone).
 * The changes become {@link AuditEntry} rows, written beside the ticket: the history and the
 * comments are not collections of the aggregate, so loading and locking a ticket costs the same
 * with ten history rows as with ten thousand. Callers pass the acting user and the time explicitly
 * so that the rules stay deterministic and testable.
 *
 * <p>Violations raise {@link DomainException}s with the keys {@value #KEY_FIELD_REQUIRED}
 * (argument: field name), {@value #KEY_ASSIGN_REQUIRED} and {@value #KEY_CLOSED}, or an {@link
 * IllegalTransitionException}. A method that throws leaves the ticket unchanged.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

  public static final String KEY_FIELD_REQUIRED = "ticket.field.required";
  public static final String KEY_ASSIGN_REQUIRED = "ticket.assign.required";
  public static final String KEY_CLOSED = "ticket.closed";
  public static final String KEY_MERGE_SELF = "ticket.merge.self";
  public static final String KEY_MERGE_TARGET = "ticket.merge.target";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticketSeq")
  @SequenceGenerator(name = "ticketSeq", sequenceName = "ticket_seq", allocationSize = 50)
  private Long id;

  @NotNull
  @Convert(converter = TicketNumberConverter.class)
  @Column(name = "number", length = 32, nullable = false, unique = true, updatable = false)
  private TicketNumber number;

  @NotBlank
  @Size(max = 200)
  @Column(name = "title", length = 200, nullable = false)
  private String title;

  @NotBlank
  @Size(max = 10000)
  @Column(name = "description", length = 10000, nullable = false)
  private String description;

  @NotBlank
  @Size(max = 64)
  @Column(name = "requester", length = 64, nullable = false, updatable = false)
  private String requester;

  @NotBlank
  @Size(max = 40)
  @Column(name = "category", length = 40, nullable = false)
  private String category;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "impact", length = 16, nullable = false)
  private Impact impact;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "urgency", length = 16, nullable = false)
  private Urgency urgency;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "priority", length = 4, nullable = false)
  private Priority priority;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 32, nullable = false)
  private TicketStatus status;

  @Size(max = 64)
  @Column(name = "assignee", length = 64)
  private String assignee;

  /** The team whose queue the ticket is in; {@code null} until routed. */
  @Size(max = 40)
  @Column(name = "team", length = 40)
  private String team;

  @NotNull
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @NotNull
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  /**
   * The catalog's request type, or {@code null} for a ticket filed only under a category. Staff may
   * re-classify it ({@link #changeType}).
   */
  @Size(max = 40)
  @Column(name = "request_type", length = 40)
  private String requestType;

  /** The values of the type's form as a JSON object (typed values, keyed by field). */
  @Convert(converter = id.loket.shared.JsonbConverter.class)
  @Column(name = "fields", nullable = false)
  private String fields = "{}";

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 16, nullable = false, updatable = false)
  private Channel channel = Channel.PORTAL;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** The primary this ticket was merged into as a duplicate (its id), or {@code null}. */
  @Column(name = "merged_into")
  private Long mergedInto;

  /**
   * What changed since the last {@link #pullChanges()}: the boundary writes these as audit rows.
   * The history itself is never loaded with the ticket.
   */
  @Transient private List<Change> changes = new ArrayList<>();

  /** For JPA only. */
  protected Ticket() {}

  /** Opens a NEW ticket on behalf of {@code requester}, who is recorded as the actor. */
  public static Ticket open(
      TicketNumber number,
      String requester,
      String title,
      String description,
      String category,
      Impact impact,
      Urgency urgency,
      Instant at) {
    Ticket t = new Ticket();
    t.number = required(number, "number");
    t.requester = text(requester, "requester");
    t.title = text(title, "title");
    t.description = required(blankToNull(description), "description");
    t.category = text(category, "category");
    t.impact = required(impact, "impact");
    t.urgency = required(urgency, "urgency");
    t.priority = Priority.of(t.impact, t.urgency);
    t.status = TicketStatus.NEW;
    t.createdAt = Objects.requireNonNull(at, "at");
    t.updatedAt = at;
    t.record(t.requester, at, FIELD_CREATED, null, number);
    return t;
  }

  /**
   * Records what the catalog made of a new ticket, before it is stored: its request type, the
   * checked values of the type's form ({@code fieldsJson}, a JSON object) and the channel. When
   * someone else took the request ({@code actor}, e.g. an agent on the phone), the creation is
   * recorded as theirs; the requester still owns the ticket.
   */
  public void intake(String requestType, String fieldsJson, Channel channel, String actor) {
    if (id != null) {
      throw new IllegalStateException("intake of a stored ticket " + number);
    }
    this.requestType = requestType;
    this.fields = fieldsJson == null || fieldsJson.isBlank() ? "{}" : fieldsJson;
    this.channel = required(channel, "channel");
    String who = text(actor, "actor");
    if (!who.equals(requester)) {
      changes.replaceAll(
          c ->
              FIELD_CREATED.equals(c.field())
                  ? new Change(c.at(), who, c.field(), c.oldValue(), c.newValue())
                  : c);
    }
  }

  /**
   * Changes the values of the form's fields: {@code newFields} holds every value the ticket has
   * afterwards (checked by the catalog). Each field that changed is reported as {@code
   * field:<key>}, with its old and new JSON value.
   */
  public void changeFields(
      jakarta.json.JsonObject oldFields,
      jakarta.json.JsonObject newFields,
      String newFieldsJson,
      String actor,
      Instant at) {
    String who = actor(actor, at);
    requireNotClosed();
    java.util.Set<String> keys = new java.util.LinkedHashSet<>(oldFields.keySet());
    keys.addAll(newFields.keySet());
    boolean changed = false;
    for (String key : keys) {
      changed |= record(who, at, FIELD_PREFIX + key, oldFields.get(key), newFields.get(key));
    }
    if (changed) {
      this.fields = newFieldsJson;
    }
  }

  /**
   * Gives the ticket to {@code assignee}. A NEW or REOPENED ticket becomes ASSIGNED; a ticket that
   * is already being handled is re-assigned without changing its status.
   */
  public void assign(String assignee, String actor, Instant at) {
    String who = actor(actor, at);
    if (assignee == null || assignee.isBlank()) {
      throw assignRequired();
    }
    if (!status.isOpen()) {
      throw new IllegalTransitionException(status, TicketStatus.ASSIGNED);
    }
    String newAssignee = assignee.strip();
    if (record(who, at, FIELD_ASSIGNEE, this.assignee, newAssignee)) {
      this.assignee = newAssignee;
    }
    if (status == TicketStatus.NEW || status == TicketStatus.REOPENED) {
      changeStatus(who, at, TicketStatus.ASSIGNED);
    }
  }

  /**
   * {@code actor} takes the ticket for themselves. Refused with {@link TicketHeldException} when
   * someone else already holds it: taking a colleague's ticket is a reassignment, which must name
   * the new assignee explicitly ({@link #assign}).
   */
  public void claim(String actor, Instant at) {
    String who = actor(actor, at);
    if (assignee != null && !assignee.equals(who)) {
      throw new TicketHeldException(assignee);
    }
    assign(who, who, at);
  }

  /**
   * Puts the ticket into {@code team}'s queue and, if routing chose one, gives it to {@code
   * assignee} (as {@link #assign} does). Without an assignee a current assignee keeps the ticket; a
   * {@code null} team leaves the team as it is. A closed ticket is not routed.
   */
  public void route(String team, String assignee, String actor, Instant at) {
    String who = actor(actor, at);
    requireNotClosed();
    String newTeam = blankToNull(team);
    if (newTeam != null && record(who, at, FIELD_TEAM, this.team, newTeam.strip())) {
      this.team = newTeam.strip();
    }
    if (assignee != null && status.isOpen()) {
      assign(assignee, who, at);
    }
  }

  /** Moves the ticket along the workflow of {@link TicketStatus}. */
  public void moveTo(TicketStatus target, String actor, Instant at) {
    String who = actor(actor, at);
    Objects.requireNonNull(target, "target");
    if (!status.canMoveTo(target)) {
      throw new IllegalTransitionException(status, target);
    }
    if (target == TicketStatus.ASSIGNED && assignee == null) {
      throw assignRequired();
    }
    switch (target) {
      case RESOLVED -> resolvedAt = at;
      case CLOSED -> closedAt = at;
      case REOPENED -> resolvedAt = null;
      default -> {}
    }
    changeStatus(who, at, target);
  }

  /** Corrects the texts describing the problem. */
  public void edit(String title, String description, String category, String actor, Instant at) {
    String who = actor(actor, at);
    requireNotClosed();
    String newTitle = text(title, "title");
    String newDescription = required(blankToNull(description), "description");
    String newCategory = text(category, "category");
    if (record(who, at, FIELD_TITLE, this.title, newTitle)) {
      this.title = newTitle;
    }
    if (record(who, at, FIELD_DESCRIPTION, this.description, newDescription)) {
      this.description = newDescription;
    }
    if (record(who, at, FIELD_CATEGORY, this.category, newCategory)) {
      this.category = newCategory;
    }
  }

  /**
   * Files the ticket under another request type of the catalog (staff re-classifying it). The form
   * values stay as stored: they were what the requester answered, and are shown under the new
   * type's labels where it has the same field and under their raw key otherwise. A ticket without a
   * type cannot be given "no type" back through here ({@code null} is refused).
   */
  public void changeType(String type, String actor, Instant at) {
    String who = actor(actor, at);
    requireNotClosed();
    String newType = text(type, "type");
    if (record(who, at, FIELD_REQUEST_TYPE, this.requestType, newType)) {
      this.requestType = newType;
    }
  }

  /** Re-assesses impact and urgency; the priority follows. */
  public void reclassify(Impact impact, Urgency urgency, String actor, Instant at) {
    String who = actor(actor, at);
    requireNotClosed();
    required(impact, "impact");
    required(urgency, "urgency");
    Priority newPriority = Priority.of(impact, urgency);
    if (record(who, at, FIELD_IMPACT, this.impact, impact)) {
      this.impact = impact;
    }
    if (record(who, at, FIELD_URGENCY, this.urgency, urgency)) {
      this.urgency = urgency;
    }
    if (record(who, at, FIELD_PRIORITY, this.priority, newPriority)) {
      this.priority = newPriority;
    }
  }

  /**
   * Adds a comment by {@code author}; the history records its visibility, not its text. The comment
   * is returned for the caller to store: comments are not a collection of the ticket.
   */
  public Comment addComment(String author, String body, Visibility visibility, Instant at) {
    Objects.requireNonNull(at, "at");
    String who = text(author, "author");
    requireNotClosed();
    String text = required(blankToNull(body), "body");
    required(visibility, "visibility");
    Comment comment = new Comment(this, who, text, visibility, at);
    record(who, at, FIELD_COMMENT, null, visibility);
    return comment;
  }

  /**
   * Closes this ticket as a duplicate of {@code primary}: it points at the primary from then on,
   * and both histories say so ({@code merged_into} here, {@code merged} there). Refused for the
   * ticket itself (422 on {@code into}), for a primary that is closed or itself merged — which also
   * rules out cycles, since a merged ticket is closed (409) — and for a closed duplicate. Moving
   * the conversation, attachments and watchers is the caller's part: they are not collections of
   * the aggregate.
   */
  public void mergeInto(Ticket primary, String actor, Instant at) {
    String who = actor(actor, at);
    Objects.requireNonNull(primary, "primary");
    requireNotClosed();
    if (primary == this || primary.number.equals(number)) {
      throw new DomainException(
          KEY_MERGE_SELF, "A ticket cannot be merged into itself", number.value());
    }
    if (primary.status == TicketStatus.CLOSED || primary.mergedInto != null) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          KEY_MERGE_TARGET,
          "Ticket " + primary.number + " is closed or merged and cannot take a duplicate",
          primary.number.value());
    }
    primary.record(who, at, FIELD_MERGED, null, number);
    record(who, at, FIELD_MERGED_INTO, null, primary.number);
    mergedInto = primary.id;
    closedAt = at;
    changeStatus(who, at, TicketStatus.CLOSED);
  }

  /**
   * @return the id of the primary this duplicate was merged into, {@code null} if it was not
   */
  public Long getMergedInto() {
    return mergedInto;
  }

  /**
   * Hands over the changes recorded since the last call (oldest first) and forgets them: each
   * becomes one audit row, written by whoever stores the ticket.
   */
  public List<Change> pullChanges() {
    List<Change> pulled = List.copyOf(changes);
    changes.clear();
    return pulled;
  }

  /**
   * @return the changes not yet pulled, oldest first (unmodifiable)
   */
  public List<Change> pendingChanges() {
    return Collections.unmodifiableList(changes);
  }

  /**
   * @return whether {@code username} is the person who asked for help
   */
  public boolean isOwnedBy(String username) {
    return username != null && username.equals(requester);
  }

  public Long getId() {
    return id;
  }

  public TicketNumber getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public String getRequester() {
    return requester;
  }

  public String getCategory() {
    return category;
  }

  public String getRequestType() {
    return requestType;
  }

  /**
   * @return the values of the type's form, a JSON object ({@code {}} without a type)
   */
  public String getFields() {
    return fields;
  }

  public Channel getChannel() {
    return channel;
  }

  public Impact getImpact() {
    return impact;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public Priority getPriority() {
    return priority;
  }

  public TicketStatus getStatus() {
    return status;
  }

  /**
   * @return the support agent handling the ticket, or {@code null} if nobody has it yet
   */
  public String getAssignee() {
    return assignee;
  }

  /**
   * @return the code of the team whose queue the ticket is in, {@code null} if not routed yet
   */
  public String getTeam() {
    return team;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /**
   * @return when the ticket was last resolved, {@code null} if it is not (or no longer) resolved
   */
  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  /**
   * Refuses a write that was based on an older copy of this ticket (412 at the edge).
   *
   * @param expected the version the caller's copy showed; {@code null} when the caller sent none
   *     (internal callers that just loaded it)
   */
  public void requireVersion(Long expected) {
    if (expected != null && expected != version) {
      throw DomainException.stale("ticket.stale", number.value(), expected, version);
    }
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String toString() {
    return "Ticket[" + number + ", " + status + "]";
  }

  private void changeStatus(String actor, Instant at, TicketStatus target) {
    record(actor, at, FIELD_STATUS, status, target);
    status = target;
  }

  /**
   * Appends a history entry and touches {@code updatedAt} if the value changes; reports whether it
   * did.
   */
  private boolean record(String actor, Instant at, String field, Object oldValue, Object newValue) {
    if (Objects.equals(Change.text(oldValue), Change.text(newValue))) {
      return false;
    }
    changes.add(new Change(at, actor, field, oldValue, newValue));
    updatedAt = at;
    return true;
  }

  private void requireNotClosed() {
    if (status == TicketStatus.CLOSED) {
      throw new DomainException(
          KEY_CLOSED,
          "Ticket " + number + " is closed and can no longer be changed",
          number.value());
    }
  }

  private static String actor(String actor, Instant at) {
    Objects.requireNonNull(at, "at");
    return text(actor, "actor");
  }

  private static DomainException assignRequired() {
    return new DomainException(
        KEY_ASSIGN_REQUIRED, "A ticket can only be assigned to a named person");
  }

  private static String text(String value, String field) {
    return required(blankToNull(value), field).strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new DomainException(KEY_FIELD_REQUIRED, "The field '" + field + "' is required", field);
    }
    return value;
  }
}
