package id.loket.mail.boundary;

import id.loket.mail.entity.InboundMail;
import java.time.Instant;

/**
 * A received mail as staff see it in lists: who, what, when, what became of it, and its review
 * state. {@code parsed} is the JSON kept of what was parsed (recipients, snippet, attachments).
 */
public record InboundView(
    long id,
    Instant receivedAt,
    String from,
    String subject,
    String outcome,
    String reason,
    String ticket,
    String reviewStatus,
    String reviewedBy,
    Instant reviewedAt,
    int rawSize,
    boolean rawTruncated,
    String parsed,
    long version) {

  static InboundView of(InboundMail m) {
    return new InboundView(
        m.getId(),
        m.getReceivedAt(),
        m.getFromAddress(),
        m.getSubject(),
        m.getOutcome().code(),
        m.getReason(),
        m.getTicketNumber(),
        m.getReviewStatus(),
        m.getReviewedBy(),
        m.getReviewedAt(),
        m.getRawSize(),
        m.isRawTruncated(),
        m.getParsed(),
        m.getVersion());
  }
}
