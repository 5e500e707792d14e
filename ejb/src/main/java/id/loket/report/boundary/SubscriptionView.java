package id.loket.report.boundary;

import id.loket.report.entity.Subscription;
import id.loket.report.entity.SubscriptionTerms;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One of the caller's digest subscriptions, with the version a change must be based on. */
public record SubscriptionView(
    long id,
    String frequency,
    List<String> reports,
    String team,
    String agent,
    String category,
    String requestType,
    String priority,
    String channel,
    String language,
    Instant nextAt,
    Instant createdAt,
    long version)
    implements Serializable {

  public SubscriptionView {
    reports = List.copyOf(reports);
  }

  static SubscriptionView of(Subscription s) {
    SubscriptionTerms t = s.terms();
    return new SubscriptionView(
        s.getId(),
        t.frequency().name(),
        t.reports().stream().map(Enum::name).toList(),
        t.filter().team(),
        t.filter().agent(),
        t.filter().category(),
        t.filter().requestType(),
        t.filter().priority(),
        t.filter().channel(),
        t.language(),
        s.getNextAt(),
        s.getCreatedAt(),
        s.getVersion());
  }
}
