package id.loket.ticket.entity;

import static id.loket.ticket.entity.TicketFixtures.*;
import static id.loket.ticket.entity.TicketStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * The exact audit entries each mutator records, no entries for no-ops, and comments with their
 * visibility.
 */
class TicketAuditTest {

  @Test
  void assignToCurrentAssigneeRecordsNothing() {
    Ticket t = ticketIn(IN_PROGRESS);
    State before = State.of(t);

    t.assign(" " + AGENT + " ", DISPATCHER, LATER);

    assertThat(State.of(t)).isEqualTo(before);
    assertThat(t.getUpdatedAt()).isNotEqualTo(LATER);
  }

  @Test
  void assignReopenedTicketToSamePersonOnlyChangesStatus() {
    Ticket t = ticketIn(REOPENED);
    int before = t.pendingChanges().size();

    t.assign(AGENT, DISPATCHER, LATER);

    assertThat(t.getStatus()).isEqualTo(ASSIGNED);
    assertThat(t.pendingChanges().subList(before, t.pendingChanges().size()))
        .extracting(Change::field, Change::oldText, Change::newText)
        .containsExactly(tuple("status", "REOPENED", "ASSIGNED"));
  }

  @Test
  void assignReopenedTicketToSomeoneElseChangesBoth() {
    Ticket t = ticketIn(REOPENED);
    int before = t.pendingChanges().size();

    t.assign("carol", DISPATCHER, LATER);

    assertThat(t.pendingChanges().subList(before, t.pendingChanges().size()))
        .extracting(Change::field, Change::oldText, Change::newText)
        .containsExactly(
            tuple("assignee", AGENT, "carol"), tuple("status", "REOPENED", "ASSIGNED"));
  }

  @Test
  void editRecordsOnlyChangedFields() {
    Ticket t = newTicket();

    t.edit("Printer jammed", "Paper stuck in tray 3", "hardware", AGENT, LATER);

    assertThat(t.getDescription()).isEqualTo("Paper stuck in tray 3");
    assertThat(t.getUpdatedAt()).isEqualTo(LATER);
    assertThat(entriesSince(t, 1))
        .containsExactly(
            tuple("description", "Paper stuck in tray 2", "Paper stuck in tray 3", AGENT, LATER));
  }

  @Test
  void editOfEveryFieldRecordsThreeEntries() {
    Ticket t = newTicket();

    t.edit("Cannot log in", "Password expired", "access", AGENT, LATER);

    assertThat(t.pendingChanges().subList(1, t.pendingChanges().size()))
        .extracting(Change::field, Change::oldText, Change::newText)
        .containsExactly(
            tuple("title", "Printer jammed", "Cannot log in"),
            tuple("description", "Paper stuck in tray 2", "Password expired"),
            tuple("category", "hardware", "access"));
    assertThat(t.getTitle()).isEqualTo("Cannot log in");
    assertThat(t.getCategory()).isEqualTo("access");
  }

  @Test
  void editWithoutChangesRecordsNothingAndKeepsUpdatedAt() {
    Ticket t = newTicket();

    t.edit(" Printer jammed ", "Paper stuck in tray 2", "hardware", AGENT, LATER);

    assertThat(t.pendingChanges()).hasSize(1);
    assertThat(t.getUpdatedAt()).isEqualTo(T0);
  }

  @Test
  void editRequiresEveryField() {
    Ticket t = newTicket();

    assertRefused(t, () -> t.edit("", "d", "c", AGENT, LATER), "ticket.field.required", "title");
    assertRefused(
        t,
        () -> t.edit("New title", null, "c", AGENT, LATER),
        "ticket.field.required",
        "description");
    assertRefused(
        t, () -> t.edit("New title", "d", " ", AGENT, LATER), "ticket.field.required", "category");
    assertRefused(
        t, () -> t.edit("New title", "d", "c", " ", LATER), "ticket.field.required", "actor");
  }

  @Test
  void reclassifyRecomputesPriorityAndRecordsChanges() {
    Ticket t = newTicket(); // HIGH / LOW -> P3

    t.reclassify(Impact.MEDIUM, Urgency.HIGH, AGENT, LATER);

    assertThat(t.getPriority()).isEqualTo(Priority.P2);
    assertThat(entriesSince(t, 1))
        .containsExactly(
            tuple("impact", "HIGH", "MEDIUM", AGENT, LATER),
            tuple("urgency", "LOW", "HIGH", AGENT, LATER),
            tuple("priority", "P3", "P2", AGENT, LATER));
  }

  @Test
  void reclassifyWithSamePriorityRecordsNoPriorityEntry() {
    Ticket t = newTicket(); // HIGH / LOW -> P3

    t.reclassify(Impact.MEDIUM, Urgency.MEDIUM, AGENT, LATER); // still P3

    assertThat(t.getPriority()).isEqualTo(Priority.P3);
    assertThat(t.pendingChanges().subList(1, t.pendingChanges().size()))
        .extracting(Change::field)
        .containsExactly("impact", "urgency");
  }

  @Test
  void reclassifyOfOneAxisRecordsOnlyThatAxisAndPriority() {
    Ticket t = newTicket();

    t.reclassify(Impact.HIGH, Urgency.HIGH, AGENT, LATER);

    assertThat(t.pendingChanges().subList(1, t.pendingChanges().size()))
        .extracting(Change::field, Change::oldText, Change::newText)
        .containsExactly(tuple("urgency", "LOW", "HIGH"), tuple("priority", "P3", "P1"));
  }

  @Test
  void reclassifyWithoutChangesRecordsNothing() {
    Ticket t = newTicket();
    State before = State.of(t);

    t.reclassify(Impact.HIGH, Urgency.LOW, AGENT, LATER);

    assertThat(State.of(t)).isEqualTo(before);
  }

  @Test
  void reclassifyRequiresBothAxes() {
    Ticket t = newTicket();

    assertRefused(
        t, () -> t.reclassify(null, Urgency.HIGH, AGENT, LATER), "ticket.field.required", "impact");
    assertRefused(
        t, () -> t.reclassify(Impact.LOW, null, AGENT, LATER), "ticket.field.required", "urgency");
  }

  @Test
  void addCommentStoresCommentAndRecordsVisibility() {
    Ticket t = ticketIn(IN_PROGRESS);
    int before = t.pendingChanges().size();

    Comment comment = t.addComment(REQUESTER, "It happens again", Visibility.PUBLIC, LATER);

    assertThat(comment.getAuthor()).isEqualTo(REQUESTER);
    assertThat(comment.getBody()).isEqualTo("It happens again");
    assertThat(comment.getVisibility()).isEqualTo(Visibility.PUBLIC);
    assertThat(comment.getCreatedAt()).isEqualTo(LATER);
    assertThat(comment.isInternal()).isFalse();
    assertThat(t.getUpdatedAt()).isEqualTo(LATER);
    assertThat(entriesSince(t, before))
        .containsExactly(tuple("comment", null, "PUBLIC", REQUESTER, LATER));
  }

  @Test
  void internalCommentsAreHiddenFromPublicView() {
    Ticket t = ticketIn(IN_PROGRESS);

    Comment question =
        t.addComment(AGENT, "Which printer?", Visibility.PUBLIC, T0.plusSeconds(600));
    Comment note =
        t.addComment(AGENT, "Vendor ticket 991", Visibility.INTERNAL, T0.plusSeconds(700));
    Comment answer =
        t.addComment(REQUESTER, "The one on floor 3", Visibility.PUBLIC, T0.plusSeconds(800));

    assertThat(note.isInternal()).isTrue();
    assertThat(question.isInternal()).isFalse();
    assertThat(answer.isInternal()).isFalse();
    assertThat(t.pendingChanges())
        .last()
        .extracting(Change::newText, Change::actor)
        .containsExactly("PUBLIC", REQUESTER);
    assertThat(t.pendingChanges())
        .filteredOn(e -> e.field().equals("comment"))
        .extracting(Change::newText)
        .containsExactly("PUBLIC", "INTERNAL", "PUBLIC");
  }

  @Test
  void addCommentRequiresBodyAuthorAndVisibility() {
    Ticket t = newTicket();

    assertRefused(
        t,
        () -> t.addComment(AGENT, " \n", Visibility.PUBLIC, LATER),
        "ticket.field.required",
        "body");
    assertRefused(
        t,
        () -> t.addComment(AGENT, null, Visibility.PUBLIC, LATER),
        "ticket.field.required",
        "body");
    assertRefused(
        t,
        () -> t.addComment(null, "Hi", Visibility.PUBLIC, LATER),
        "ticket.field.required",
        "author");
    assertRefused(
        t, () -> t.addComment(AGENT, "Hi", null, LATER), "ticket.field.required", "visibility");
  }

  @Test
  void pendingChangesAreReadOnlyAndPullingHandsThemOverOnce() {
    Ticket t = newTicket();
    t.addComment(AGENT, "Hi", Visibility.INTERNAL, LATER);

    assertThatThrownBy(() -> t.pendingChanges().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(t.pendingChanges()).hasSize(2);

    assertThat(t.pullChanges()).extracting(Change::field).containsExactly("created", "comment");
    assertThat(t.pendingChanges()).isEmpty();
    assertThat(t.pullChanges()).isEmpty();

    t.assign(AGENT, DISPATCHER, LATER.plusSeconds(1));
    assertThat(t.pullChanges()).extracting(Change::field).containsExactly("assignee", "status");
  }

  @Test
  void fullLifeCycleLeavesCompleteHistory() {
    Ticket t = newTicket();
    t.assign(AGENT, DISPATCHER, T0.plusSeconds(1));
    t.moveTo(IN_PROGRESS, AGENT, T0.plusSeconds(2));
    t.moveTo(WAITING_FOR_REQUESTER, AGENT, T0.plusSeconds(3));
    t.addComment(REQUESTER, "Done", Visibility.PUBLIC, T0.plusSeconds(4));
    t.moveTo(IN_PROGRESS, AGENT, T0.plusSeconds(5));
    t.moveTo(RESOLVED, AGENT, T0.plusSeconds(6));
    t.moveTo(CLOSED, REQUESTER, T0.plusSeconds(7));

    assertThat(t.pendingChanges())
        .extracting(Change::field, Change::oldText, Change::newText, Change::actor)
        .containsExactly(
            tuple("created", null, "LKT-2026-000042-6", REQUESTER),
            tuple("assignee", null, AGENT, DISPATCHER),
            tuple("status", "NEW", "ASSIGNED", DISPATCHER),
            tuple("status", "ASSIGNED", "IN_PROGRESS", AGENT),
            tuple("status", "IN_PROGRESS", "WAITING_FOR_REQUESTER", AGENT),
            tuple("comment", null, "PUBLIC", REQUESTER),
            tuple("status", "WAITING_FOR_REQUESTER", "IN_PROGRESS", AGENT),
            tuple("status", "IN_PROGRESS", "RESOLVED", AGENT),
            tuple("status", "RESOLVED", "CLOSED", REQUESTER));
    assertThat(t.pendingChanges()).extracting(Change::at).isSorted();
    assertThat(t.getUpdatedAt()).isEqualTo(T0.plusSeconds(7));
  }
}
