package id.loket.report.boundary;

import id.loket.report.entity.Digest;
import java.io.Serializable;
import java.time.Instant;

/** A digest the caller received: its period, language, subject and text. */
public record DigestView(
    long id,
    long subscriptionId,
    Instant periodFrom,
    Instant periodTo,
    String language,
    String subject,
    String body,
    Instant createdAt)
    implements Serializable {

  static DigestView of(Digest d) {
    return new DigestView(
        d.getId(),
        d.getSubscriptionId(),
        d.getPeriodFrom(),
        d.getPeriodTo(),
        d.getLanguage(),
        d.getSubject(),
        d.getBody(),
        d.getCreatedAt());
  }
}
