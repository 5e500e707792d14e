package id.loket.followup.entity;

import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.InvalidFieldException.Field;
import id.loket.shared.Text;
import id.loket.ticket.entity.TicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How satisfied a requester was with the help on one ticket: a rating from {@value #MIN} to {@value
 * #MAX} and an optional comment. Given once, by the requester, for a CLOSED ticket (the close and
 * the rating may be one call); it never changes afterwards, so reports stay stable.
 */
@Entity(name = "TicketSatisfaction")
@Table(name = "ticket_satisfaction")
public class Satisfaction {

  public static final int MIN = 1;
  public static final int MAX = 5;
  public static final int MAX_COMMENT = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticketSatisfactionSeq")
  @SequenceGenerator(
      name = "ticketSatisfactionSeq",
      sequenceName = "ticket_satisfaction_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private long ticketId;

  @Column(name = "rating", nullable = false, updatable = false)
  private int rating;

  @Column(name = "comment", length = MAX_COMMENT, updatable = false)
  private String comment;

  @Column(name = "rated_by", length = 64, nullable = false, updatable = false)
  private String ratedBy;

  @Column(name = "rated_at", nullable = false, updatable = false)
  private Instant ratedAt;

  protected Satisfaction() {}

  /** Checks rating and comment (both reported at once); nothing about the ticket yet. */
  public static void check(Integer rating, String comment) {
    List<Field> problems = new ArrayList<>();
    if (rating == null) {
      problems.add(new Field("rating", "satisfaction.rating.required", MIN, MAX));
    } else if (rating < MIN || rating > MAX) {
      problems.add(new Field("rating", "satisfaction.rating.range", MIN, MAX));
    }
    String c = Text.cleanOrNull(comment);
    if (c != null && c.length() > MAX_COMMENT) {
      problems.add(new Field("comment", "satisfaction.comment.size", MAX_COMMENT));
    } else if (c != null && !Text.isPlain(c)) {
      problems.add(new Field("comment", "followup.text.plain"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldException(problems);
    }
  }

  /**
   * The rating of a ticket in {@code status}, unless it was rated before ({@code earlier}).
   *
   * @throws DomainException CONFLICT if the ticket is not closed or was rated already
   */
  public static Satisfaction give(
      long ticketId,
      String number,
      TicketStatus status,
      Satisfaction earlier,
      Integer rating,
      String comment,
      String by,
      Instant at) {
    check(rating, comment);
    if (earlier != null) {
      throw new DomainException(
          Kind.CONFLICT,
          "satisfaction.already",
          "Ticket " + number + " was rated at " + earlier.ratedAt,
          number,
          earlier.ratedAt);
    }
    if (status != TicketStatus.CLOSED) {
      throw new DomainException(
          Kind.CONFLICT,
          "satisfaction.notClosed",
          "Ticket " + number + " is " + status + ", not closed",
          number);
    }
    Satisfaction s = new Satisfaction();
    s.ticketId = ticketId;
    s.rating = rating;
    s.comment = Text.cleanOrNull(comment);
    s.ratedBy = Objects.requireNonNull(by, "by");
    s.ratedAt = Objects.requireNonNull(at, "at");
    return s;
  }

  public Long getId() {
    return id;
  }

  public long getTicketId() {
    return ticketId;
  }

  public int getRating() {
    return rating;
  }

  public String getComment() {
    return comment;
  }

  public String getRatedBy() {
    return ratedBy;
  }

  public Instant getRatedAt() {
    return ratedAt;
  }
}
