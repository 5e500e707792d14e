package id.loket.ticket.entity;

import static id.loket.ticket.entity.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.loket.shared.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** Time spent is logged with a reply or note: 1 minute to a day, or nothing. */
class CommentTimeTest {

  @Test
  void minutesWithinADayAreLogged() {
    Comment c = newTicket().addComment(AGENT, "Swapped the drum", Visibility.INTERNAL, LATER);

    c.logTime(90);

    assertThat(c.getMinutesSpent()).isEqualTo(90);
  }

  @Test
  void noTimeIsNoTime() {
    Comment c = newTicket().addComment(AGENT, "Looking", Visibility.PUBLIC, LATER);

    c.logTime(null);

    assertThat(c.getMinutesSpent()).isNull();
  }

  @Test
  void zeroOrMoreThanADayIsRefusedNamingTheField() {
    Comment c = newTicket().addComment(AGENT, "Looking", Visibility.PUBLIC, LATER);

    InvalidFieldException zero =
        catchThrowableOfType(InvalidFieldException.class, () -> c.logTime(0));
    InvalidFieldException tooMuch =
        catchThrowableOfType(InvalidFieldException.class, () -> c.logTime(1441));

    assertThat(zero.fields())
        .extracting(InvalidFieldException.Field::name)
        .containsExactly("minutesSpent");
    assertThat(tooMuch.fields().get(0).messageKey()).isEqualTo("comment.minutes.range");
    assertThat(c.getMinutesSpent()).isNull();
  }
}
