package id.loket.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A message on a ticket, stored beside it (not a collection of it) and read page by page; either to
 * the requester ({@link Visibility#PUBLIC}) or a work note among support staff ({@link
 * Visibility#INTERNAL}). Comments are immutable and only created through {@link
 * Ticket#addComment(String, String, Visibility, Instant)}, so that the aggregate can refuse them on
 * closed tickets and record them in its history.
 */
@Entity
@Table(name = "ticket_comment")
public class Comment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticketCommentSeq")
  @SequenceGenerator(
      name = "ticketCommentSeq",
      sequenceName = "ticket_comment_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @NotBlank
  @Size(max = 64)
  @Column(name = "author", length = 64, nullable = false, updatable = false)
  private String author;

  @NotBlank
  @Size(max = 10000)
  @Column(name = "body", length = 10000, nullable = false, updatable = false)
  private String body;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "visibility", length = 16, nullable = false, updatable = false)
  private Visibility visibility;

  @NotNull
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** For JPA only. */
  protected Comment() {}

  Comment(Ticket ticket, String author, String body, Visibility visibility, Instant createdAt) {
    this.ticketId = ticket.getId();
    this.author = author;
    this.body = body;
    this.visibility = visibility;
    this.createdAt = createdAt;
  }

  /** Work time logged with this comment, in minutes (1 to 1440), or {@code null}. */
  @Column(name = "minutes_spent", updatable = false)
  private Integer minutesSpent;

  /**
   * Logs the time the author spent with this reply or note, before it is stored.
   *
   * @param minutes 1 to 1440, or {@code null} for none
   */
  public void logTime(Integer minutes) {
    if (id != null) {
      throw new IllegalStateException("time is logged before the comment is stored");
    }
    if (minutes != null && (minutes < 1 || minutes > 1440)) {
      throw new id.loket.shared.InvalidFieldException(
          "minutesSpent", "comment.minutes.range", 1, 1440);
    }
    this.minutesSpent = minutes;
  }

  /**
   * @return minutes logged with this comment, {@code null} if none
   */
  public Integer getMinutesSpent() {
    return minutesSpent;
  }

  public Long getId() {
    return id;
  }

  /**
   * @return the id of the ticket, {@code null} only for a ticket that was never stored
   */
  public Long getTicketId() {
    return ticketId;
  }

  public String getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /**
   * @return whether only support staff may read this comment
   */
  public boolean isInternal() {
    return visibility == Visibility.INTERNAL;
  }
}
