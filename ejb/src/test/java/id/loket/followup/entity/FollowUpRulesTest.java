package id.loket.followup.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.ticket.entity.TicketStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FollowUpRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final String N = "LKT-2026-000042-6";

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 5})
  void aRatingFromOneToFiveIsStoredForAClosedTicket(int stars) {
    Satisfaction s =
        Satisfaction.give(7L, N, TicketStatus.CLOSED, null, stars, "  Quick!  ", "rina", NOW);
    assertThat(s.getRating()).isEqualTo(stars);
    assertThat(s.getComment()).isEqualTo("Quick!");
    assertThat(s.getRatedBy()).isEqualTo("rina");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1, 100})
  void aRatingOutOfRangeIsInvalid(int stars) {
    assertThatThrownBy(
            () -> Satisfaction.give(7L, N, TicketStatus.CLOSED, null, stars, null, "rina", NOW))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> assertThat(e.fields().get(0).name()).isEqualTo("rating"));
  }

  @Test
  void aMissingRatingOrLongCommentIsInvalid() {
    assertThatThrownBy(() -> Satisfaction.check(null, "x".repeat(2001)))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e ->
                assertThat(e.fields())
                    .extracting(InvalidFieldException.Field::name)
                    .containsExactly("rating", "comment"));
  }

  @Test
  void aTicketIsRatedOnce() {
    Satisfaction first = Satisfaction.give(7L, N, TicketStatus.CLOSED, null, 4, null, "rina", NOW);
    assertThatThrownBy(
            () -> Satisfaction.give(7L, N, TicketStatus.CLOSED, first, 5, null, "rina", NOW))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT));
  }

  @ParameterizedTest
  @EnumSource(value = TicketStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
  void onlyAClosedTicketIsRated(TicketStatus status) {
    assertThatThrownBy(() -> Satisfaction.give(7L, N, status, null, 4, null, "rina", NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("satisfaction.notClosed"));
  }

  @Test
  void aReasonIsRequiredAndBounded() {
    assertThat(Reason.of("  Still broken \u00a0").text()).isEqualTo("Still broken");
    assertThatThrownBy(() -> Reason.of(" \u200b "))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> assertThat(e.fields().get(0).messageKey()).isEqualTo("followup.reason.required"));
    assertThat(Reason.of("x".repeat(2000)).text()).hasSize(2000);
    assertThatThrownBy(() -> Reason.of("x".repeat(2001))).isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> Reason.of("bell\u0007")).isInstanceOf(InvalidFieldException.class);
  }

  @ParameterizedTest
  @EnumSource(value = TicketStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
  void anyTicketNotClosedCanBeEscalated(TicketStatus status) {
    Escalation e = Escalation.raise(7L, N, status, null, Reason.of("No answer"), "rina", NOW);
    assertThat(e.isOpen()).isTrue();
    assertThat(e.getReason()).isEqualTo("No answer");
    e.announcedAs(99L);
    assertThat(e.getEventId()).isEqualTo(99L);
  }

  @Test
  void aClosedTicketCannotBeEscalated() {
    assertThatThrownBy(
            () ->
                Escalation.raise(7L, N, TicketStatus.CLOSED, null, Reason.of("Late"), "rina", NOW))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("escalation.closed"));
  }

  @Test
  void aSecondOpenEscalationIsAConflictNamingTheFirst() {
    Escalation first =
        Escalation.raise(7L, N, TicketStatus.IN_PROGRESS, null, Reason.of("Late"), "rina", NOW);
    assertThatThrownBy(
            () ->
                Escalation.raise(
                    7L,
                    N,
                    TicketStatus.IN_PROGRESS,
                    first,
                    Reason.of("Again"),
                    "rina",
                    NOW.plusSeconds(60)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
              assertThat(e.messageKey()).isEqualTo("escalation.open");
              assertThat(e.args()).contains(NOW);
            });
  }
}
