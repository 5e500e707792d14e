package id.loket.ticket.entity;

import static id.loket.ticket.entity.TicketStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import id.loket.shared.DomainException;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TicketTest {

    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    static final Instant LATER = T0.plusSeconds(3_600);
    static final TicketNumber NUMBER = TicketNumber.of(2026, 42);
    static final String REQUESTER = "alice";
    static final String AGENT = "bob";
    static final String DISPATCHER = "dispatcher";

    static Ticket newTicket() {
        return Ticket.open(NUMBER, REQUESTER, "Printer jammed", "Paper stuck in tray 2", "hardware",
                Impact.HIGH, Urgency.LOW, T0);
    }

    /** A ticket brought into {@code status} through legal steps before {@link #LATER}; assigned to bob unless NEW. */
    static Ticket ticketIn(TicketStatus status) {
        Ticket t = newTicket();
        if (status != NEW) {
            t.assign(AGENT, DISPATCHER, T0.plusSeconds(60));
        }
        switch (status) {
            case IN_PROGRESS, WAITING_FOR_REQUESTER, WAITING_FOR_THIRD_PARTY, RESOLVED -> t.moveTo(status, AGENT, T0.plusSeconds(120));
            case CLOSED, REOPENED -> {
                t.moveTo(RESOLVED, AGENT, T0.plusSeconds(120));
                t.moveTo(status, REQUESTER, T0.plusSeconds(180));
            }
            default -> { }
        }
        assertThat(t.getStatus()).isEqualTo(status);
        return t;
    }

    /** Everything observable about a ticket, to prove that a refused operation changed nothing. */
    record State(TicketStatus status, String assignee, Instant updatedAt, Instant resolvedAt, Instant closedAt,
            int history, int comments, Impact impact, Urgency urgency, Priority priority, String title,
            String description, String category) {
        static State of(Ticket t) {
            return new State(t.getStatus(), t.getAssignee(), t.getUpdatedAt(), t.getResolvedAt(), t.getClosedAt(),
                    t.getHistory().size(), t.getComments().size(), t.getImpact(), t.getUrgency(), t.getPriority(),
                    t.getTitle(), t.getDescription(), t.getCategory());
        }
    }

    static void assertRefused(Ticket ticket, ThrowingCallable action, String key, Object... args) {
        State before = State.of(ticket);
        DomainException e = catchThrowableOfType(DomainException.class, action);
        assertThat(e).as("expected a DomainException").isNotNull();
        assertThat(e.messageKey()).isEqualTo(key);
        if (args.length == 0) {
            assertThat(e.args()).isEmpty();
        } else {
            assertThat(e.args()).containsExactly(args);
        }
        assertThat(State.of(ticket)).isEqualTo(before);
    }

    @Test
    void openCreatesNewTicketWithDerivedPriorityAndCreationEntry() {
        Ticket t = newTicket();

        assertThat(t.getNumber()).isEqualTo(NUMBER);
        assertThat(t.getRequester()).isEqualTo(REQUESTER);
        assertThat(t.getTitle()).isEqualTo("Printer jammed");
        assertThat(t.getDescription()).isEqualTo("Paper stuck in tray 2");
        assertThat(t.getCategory()).isEqualTo("hardware");
        assertThat(t.getImpact()).isEqualTo(Impact.HIGH);
        assertThat(t.getUrgency()).isEqualTo(Urgency.LOW);
        assertThat(t.getPriority()).isEqualTo(Priority.P3);
        assertThat(t.getStatus()).isEqualTo(NEW);
        assertThat(t.getAssignee()).isNull();
        assertThat(t.getCreatedAt()).isEqualTo(T0);
        assertThat(t.getUpdatedAt()).isEqualTo(T0);
        assertThat(t.getResolvedAt()).isNull();
        assertThat(t.getClosedAt()).isNull();
        assertThat(t.getComments()).isEmpty();
        assertThat(t.getHistory())
                .extracting(AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue,
                        AuditEntry::getActor, AuditEntry::getAt)
                .containsExactly(tuple("created", null, "LKT-2026-000042-6", REQUESTER, T0));
        assertThat(t.getHistory().get(0).getTicket()).isSameAs(t);
    }

    @Test
    void openStripsSingleLineFields() {
        Ticket t = Ticket.open(NUMBER, " alice ", "  Printer jammed ", "Paper", " hardware\t", Impact.LOW, Urgency.LOW, T0);

        assertThat(t.getRequester()).isEqualTo("alice");
        assertThat(t.getTitle()).isEqualTo("Printer jammed");
        assertThat(t.getCategory()).isEqualTo("hardware");
        assertThat(t.getPriority()).isEqualTo(Priority.P4);
    }

    static Stream<Arguments> incompleteOpenings() {
        return Stream.of(
                Arguments.of("number", (ThrowingCallable) () -> Ticket.open(null, "a", "t", "d", "c", Impact.LOW, Urgency.LOW, T0)),
                Arguments.of("requester", (ThrowingCallable) () -> Ticket.open(NUMBER, " ", "t", "d", "c", Impact.LOW, Urgency.LOW, T0)),
                Arguments.of("title", (ThrowingCallable) () -> Ticket.open(NUMBER, "a", null, "d", "c", Impact.LOW, Urgency.LOW, T0)),
                Arguments.of("title", (ThrowingCallable) () -> Ticket.open(NUMBER, "a", "", "d", "c", Impact.LOW, Urgency.LOW, T0)),
                Arguments.of("description", (ThrowingCallable) () -> Ticket.open(NUMBER, "a", "t", "\n ", "c", Impact.LOW, Urgency.LOW, T0)),
                Arguments.of("category", (ThrowingCallable) () -> Ticket.open(NUMBER, "a", "t", "d", null, Impact.LOW, Urgency.LOW, T0)),
                Arguments.of("impact", (ThrowingCallable) () -> Ticket.open(NUMBER, "a", "t", "d", "c", null, Urgency.LOW, T0)),
                Arguments.of("urgency", (ThrowingCallable) () -> Ticket.open(NUMBER, "a", "t", "d", "c", Impact.LOW, null, T0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incompleteOpenings")
    void openRequiresEveryField(String field, ThrowingCallable opening) {
        DomainException e = catchThrowableOfType(DomainException.class, opening);

        assertThat(e).isNotNull();
        assertThat(e.messageKey()).isEqualTo("ticket.field.required");
        assertThat(e.args()).containsExactly(field);
        assertThat(e).hasMessage("The field '" + field + "' is required");
    }

    @Test
    void assignNewTicketSetsAssigneeAndStatus() {
        Ticket t = newTicket();

        t.assign(AGENT, DISPATCHER, LATER);

        assertThat(t.getAssignee()).isEqualTo(AGENT);
        assertThat(t.getStatus()).isEqualTo(ASSIGNED);
        assertThat(t.getUpdatedAt()).isEqualTo(LATER);
        assertThat(t.getHistory()).hasSize(3);
        assertThat(t.getHistory().subList(1, 3))
                .extracting(AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue,
                        AuditEntry::getActor, AuditEntry::getAt)
                .containsExactly(
                        tuple("assignee", null, AGENT, DISPATCHER, LATER),
                        tuple("status", "NEW", "ASSIGNED", DISPATCHER, LATER));
    }

    @ParameterizedTest
    @EnumSource(names = {"ASSIGNED", "IN_PROGRESS", "WAITING_FOR_REQUESTER", "WAITING_FOR_THIRD_PARTY"})
    void assignWhileBeingHandledOnlyChangesAssignee(TicketStatus status) {
        Ticket t = ticketIn(status);
        int before = t.getHistory().size();

        t.assign("carol", DISPATCHER, LATER);

        assertThat(t.getStatus()).isEqualTo(status);
        assertThat(t.getAssignee()).isEqualTo("carol");
        assertThat(t.getUpdatedAt()).isEqualTo(LATER);
        assertThat(t.getHistory().subList(before, t.getHistory().size()))
                .extracting(AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue,
                        AuditEntry::getActor, AuditEntry::getAt)
                .containsExactly(tuple("assignee", AGENT, "carol", DISPATCHER, LATER));
    }

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
        int before = t.getHistory().size();

        t.assign(AGENT, DISPATCHER, LATER);

        assertThat(t.getStatus()).isEqualTo(ASSIGNED);
        assertThat(t.getHistory().subList(before, t.getHistory().size()))
                .extracting(AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue)
                .containsExactly(tuple("status", "REOPENED", "ASSIGNED"));
    }

    @Test
    void assignReopenedTicketToSomeoneElseChangesBoth() {
        Ticket t = ticketIn(REOPENED);
        int before = t.getHistory().size();

        t.assign("carol", DISPATCHER, LATER);

        assertThat(t.getHistory().subList(before, t.getHistory().size()))
                .extracting(AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue)
                .containsExactly(tuple("assignee", AGENT, "carol"), tuple("status", "REOPENED", "ASSIGNED"));
    }

    @Test
    void assignRequiresAnAssignee() {
        Ticket t = newTicket();

        assertRefused(t, () -> t.assign(null, DISPATCHER, LATER), "ticket.assign.required");
        assertRefused(t, () -> t.assign("  ", DISPATCHER, LATER), "ticket.assign.required");
    }

    @ParameterizedTest
    @EnumSource(names = {"RESOLVED", "CLOSED"})
    void assignIsRefusedOnceResolved(TicketStatus status) {
        Ticket t = ticketIn(status);
        State before = State.of(t);

        IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
                () -> t.assign("carol", DISPATCHER, LATER));

        assertThat(e).isNotNull();
        assertThat(e.from()).isEqualTo(status);
        assertThat(e.to()).isEqualTo(ASSIGNED);
        assertThat(State.of(t)).isEqualTo(before);
    }

    @Test
    void moveToAssignedWithoutAssigneeIsRefused() {
        Ticket fresh = newTicket();
        assertRefused(fresh, () -> fresh.moveTo(ASSIGNED, DISPATCHER, LATER), "ticket.assign.required");

        Ticket reopened = newTicket();
        reopened.moveTo(RESOLVED, AGENT, T0.plusSeconds(60));
        reopened.moveTo(REOPENED, REQUESTER, T0.plusSeconds(120));
        assertRefused(reopened, () -> reopened.moveTo(ASSIGNED, DISPATCHER, LATER), "ticket.assign.required");
    }

    @Test
    void moveToRecordsStatusChangeWithActorAndTime() {
        Ticket t = ticketIn(ASSIGNED);

        t.moveTo(WAITING_FOR_THIRD_PARTY, AGENT, LATER);

        assertThat(t.getStatus()).isEqualTo(WAITING_FOR_THIRD_PARTY);
        assertThat(t.getStatus().isWaiting()).isTrue();
        assertThat(t.getUpdatedAt()).isEqualTo(LATER);
        assertThat(t.getHistory().get(t.getHistory().size() - 1))
                .extracting(AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue,
                        AuditEntry::getActor, AuditEntry::getAt)
                .containsExactly("status", "ASSIGNED", "WAITING_FOR_THIRD_PARTY", AGENT, LATER);
    }

    @Test
    void resolveCloseAndReopenMaintainTimestamps() {
        Ticket t = ticketIn(IN_PROGRESS);
        Instant resolved = T0.plusSeconds(600);
        Instant reopened = T0.plusSeconds(1_200);
        Instant resolvedAgain = T0.plusSeconds(1_800);

        t.moveTo(RESOLVED, AGENT, resolved);
        assertThat(t.getResolvedAt()).isEqualTo(resolved);
        assertThat(t.getClosedAt()).isNull();

        t.moveTo(REOPENED, REQUESTER, reopened);
        assertThat(t.getResolvedAt()).isNull();
        assertThat(t.getUpdatedAt()).isEqualTo(reopened);

        t.moveTo(RESOLVED, AGENT, resolvedAgain);
        t.moveTo(CLOSED, REQUESTER, LATER);
        assertThat(t.getResolvedAt()).isEqualTo(resolvedAgain);
        assertThat(t.getClosedAt()).isEqualTo(LATER);
        assertThat(t.getStatus().isOpen()).isFalse();
    }

    @Test
    void editRecordsOnlyChangedFields() {
        Ticket t = newTicket();

        t.edit("Printer jammed", "Paper stuck in tray 3", "hardware", AGENT, LATER);

        assertThat(t.getDescription()).isEqualTo("Paper stuck in tray 3");
        assertThat(t.getUpdatedAt()).isEqualTo(LATER);
        assertThat(t.getHistory().subList(1, t.getHistory().size()))
                .extracting(AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue,
                        AuditEntry::getActor, AuditEntry::getAt)
                .containsExactly(tuple("description", "Paper stuck in tray 2", "Paper stuck in tray 3", AGENT, LATER));
    }

    @Test
    void editOfEveryFieldRecordsThreeEntries() {
        Ticket t = newTicket();

        t.edit("Cannot log in", "Password expired", "access", AGENT, LATER);

        assertThat(t.getHistory().subList(1, t.getHistory().size()))
                .extracting(AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue)
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

        assertThat(t.getHistory()).hasSize(1);
        assertThat(t.getUpdatedAt()).isEqualTo(T0);
    }

    @Test
    void editRequiresEveryField() {
        Ticket t = newTicket();

        assertRefused(t, () -> t.edit("", "d", "c", AGENT, LATER), "ticket.field.required", "title");
        assertRefused(t, () -> t.edit("New title", null, "c", AGENT, LATER), "ticket.field.required", "description");
        assertRefused(t, () -> t.edit("New title", "d", " ", AGENT, LATER), "ticket.field.required", "category");
        assertRefused(t, () -> t.edit("New title", "d", "c", " ", LATER), "ticket.field.required", "actor");
    }

    @Test
    void reclassifyRecomputesPriorityAndRecordsChanges() {
        Ticket t = newTicket(); // HIGH / LOW -> P3

        t.reclassify(Impact.MEDIUM, Urgency.HIGH, AGENT, LATER);

        assertThat(t.getPriority()).isEqualTo(Priority.P2);
        assertThat(t.getHistory().subList(1, t.getHistory().size()))
                .extracting(AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue,
                        AuditEntry::getActor, AuditEntry::getAt)
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
        assertThat(t.getHistory().subList(1, t.getHistory().size()))
                .extracting(AuditEntry::getField)
                .containsExactly("impact", "urgency");
    }

    @Test
    void reclassifyOfOneAxisRecordsOnlyThatAxisAndPriority() {
        Ticket t = newTicket();

        t.reclassify(Impact.HIGH, Urgency.HIGH, AGENT, LATER);

        assertThat(t.getHistory().subList(1, t.getHistory().size()))
                .extracting(AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue)
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

        assertRefused(t, () -> t.reclassify(null, Urgency.HIGH, AGENT, LATER), "ticket.field.required", "impact");
        assertRefused(t, () -> t.reclassify(Impact.LOW, null, AGENT, LATER), "ticket.field.required", "urgency");
    }

    static Stream<Arguments> changesOfAClosedTicket() {
        return Stream.of(
                Arguments.of("edit", (Consumer<Ticket>) t -> t.edit("x", "y", "network", AGENT, LATER)),
                Arguments.of("reclassify", (Consumer<Ticket>) t -> t.reclassify(Impact.LOW, Urgency.LOW, AGENT, LATER)),
                Arguments.of("public comment", (Consumer<Ticket>) t -> t.addComment(REQUESTER, "Thanks", Visibility.PUBLIC, LATER)),
                Arguments.of("internal note", (Consumer<Ticket>) t -> t.addComment(AGENT, "Note", Visibility.INTERNAL, LATER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesOfAClosedTicket")
    void closedTicketRefusesChanges(String name, Consumer<Ticket> change) {
        Ticket t = ticketIn(CLOSED);

        assertRefused(t, () -> change.accept(t), "ticket.closed", "LKT-2026-000042-6");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesOfAClosedTicket")
    void resolvedTicketStillAcceptsChanges(String name, Consumer<Ticket> change) {
        Ticket t = ticketIn(RESOLVED);
        int before = t.getHistory().size();

        change.accept(t);

        assertThat(t.getHistory()).hasSizeGreaterThan(before);
        assertThat(t.getUpdatedAt()).isEqualTo(LATER);
    }

    @Test
    void addCommentStoresCommentAndRecordsVisibility() {
        Ticket t = ticketIn(IN_PROGRESS);
        int before = t.getHistory().size();

        Comment comment = t.addComment(REQUESTER, "It happens again", Visibility.PUBLIC, LATER);

        assertThat(comment.getTicket()).isSameAs(t);
        assertThat(comment.getAuthor()).isEqualTo(REQUESTER);
        assertThat(comment.getBody()).isEqualTo("It happens again");
        assertThat(comment.getVisibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(comment.getCreatedAt()).isEqualTo(LATER);
        assertThat(comment.isInternal()).isFalse();
        assertThat(t.getComments()).containsExactly(comment);
        assertThat(t.getUpdatedAt()).isEqualTo(LATER);
        assertThat(t.getHistory().subList(before, t.getHistory().size()))
                .extracting(AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue,
                        AuditEntry::getActor, AuditEntry::getAt)
                .containsExactly(tuple("comment", null, "PUBLIC", REQUESTER, LATER));
    }

    @Test
    void internalCommentsAreHiddenFromPublicView() {
        Ticket t = ticketIn(IN_PROGRESS);

        Comment question = t.addComment(AGENT, "Which printer?", Visibility.PUBLIC, T0.plusSeconds(600));
        Comment note = t.addComment(AGENT, "Vendor ticket 991", Visibility.INTERNAL, T0.plusSeconds(700));
        Comment answer = t.addComment(REQUESTER, "The one on floor 3", Visibility.PUBLIC, T0.plusSeconds(800));

        assertThat(note.isInternal()).isTrue();
        assertThat(t.getComments()).containsExactly(question, note, answer);
        assertThat(t.getPublicComments()).containsExactly(question, answer);
        assertThat(t.getHistory()).last().extracting(AuditEntry::getNewValue, AuditEntry::getActor)
                .containsExactly("PUBLIC", REQUESTER);
        assertThat(t.getHistory()).filteredOn(e -> e.getField().equals("comment"))
                .extracting(AuditEntry::getNewValue)
                .containsExactly("PUBLIC", "INTERNAL", "PUBLIC");
    }

    @Test
    void addCommentRequiresBodyAuthorAndVisibility() {
        Ticket t = newTicket();

        assertRefused(t, () -> t.addComment(AGENT, " \n", Visibility.PUBLIC, LATER), "ticket.field.required", "body");
        assertRefused(t, () -> t.addComment(AGENT, null, Visibility.PUBLIC, LATER), "ticket.field.required", "body");
        assertRefused(t, () -> t.addComment(null, "Hi", Visibility.PUBLIC, LATER), "ticket.field.required", "author");
        assertRefused(t, () -> t.addComment(AGENT, "Hi", null, LATER), "ticket.field.required", "visibility");
    }

    @Test
    void collectionsAreReadOnlyViews() {
        Ticket t = newTicket();
        t.addComment(AGENT, "Hi", Visibility.INTERNAL, LATER);

        assertThatThrownBy(() -> t.getHistory().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> t.getComments().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> t.getPublicComments().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(t.getHistory()).hasSize(2);
        assertThat(t.getComments()).hasSize(1);
    }

    @Test
    void isOwnedByMatchesTheRequesterOnly() {
        Ticket t = ticketIn(IN_PROGRESS);

        assertThat(t.isOwnedBy(REQUESTER)).isTrue();
        assertThat(t.isOwnedBy(AGENT)).isFalse();
        assertThat(t.isOwnedBy("ALICE")).isFalse();
        assertThat(t.isOwnedBy(null)).isFalse();
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

        assertThat(t.getHistory())
                .extracting(AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue, AuditEntry::getActor)
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
        assertThat(t.getHistory()).extracting(AuditEntry::getAt).isSorted();
        assertThat(t.getUpdatedAt()).isEqualTo(T0.plusSeconds(7));
    }

    @Test
    void domainExceptionExposesKeyArgumentsAndEnglishDefault() {
        DomainException e = new DomainException("ticket.field.required", "The field 'title' is required", "title");
        Object[] args = e.args();
        args[0] = "tampered";

        assertThat(e.messageKey()).isEqualTo("ticket.field.required");
        assertThat(e.args()).containsExactly("title");
        assertThat(e.getMessage()).isEqualTo("The field 'title' is required");
        assertThat(new DomainException("k", "m").args()).isEmpty();
    }
}
