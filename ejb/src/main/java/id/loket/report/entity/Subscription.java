package id.loket.report.entity;

import id.loket.shared.JsonbConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A subscriber's standing order for a digest: the {@link SubscriptionTerms} and the end of the next
 * period to send ({@link #getNextAt()}, in the database: the sweeper of any node finds it). A
 * cancelled subscription stays (its digests refer to it) but is never due again. Each change bumps
 * the version; a change based on an older one is refused by the boundary.
 */
@Entity
@Table(name = "report_subscription")
public class Subscription {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reportSubscriptionSeq")
  @SequenceGenerator(
      name = "reportSubscriptionSeq",
      sequenceName = "report_subscription_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "username", length = 64, nullable = false, updatable = false)
  private String username;

  @Column(name = "frequency", length = 8, nullable = false)
  private String frequency;

  @Convert(converter = JsonbConverter.class)
  @Column(name = "reports", nullable = false)
  private String reports;

  @Convert(converter = JsonbConverter.class)
  @Column(name = "filters", nullable = false)
  private String filters;

  @Column(name = "language", length = 8, nullable = false)
  private String language;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "next_at", nullable = false)
  private Instant nextAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Subscription() {}

  public Subscription(String username, SubscriptionTerms terms, Instant nextAt, Instant now) {
    this.username = Objects.requireNonNull(username, "username");
    this.createdAt = Objects.requireNonNull(now, "now");
    this.active = true;
    change(terms, nextAt);
  }

  /** New terms; {@code nextAt} is the end of the next period of the (maybe new) frequency. */
  public void change(SubscriptionTerms terms, Instant nextAt) {
    if (!active) {
      throw new IllegalStateException("A cancelled subscription does not change");
    }
    this.frequency = terms.frequency().name();
    this.reports = terms.reportsJson();
    this.filters = terms.filtersJson();
    this.language = terms.language();
    this.nextAt = Objects.requireNonNull(nextAt, "nextAt");
  }

  /** A digest was made for the period that just ended: the next is due at {@code next}. */
  public void sent(Instant next) {
    if (!next.isAfter(nextAt)) {
      throw new IllegalArgumentException("The next period ends after " + nextAt + ", not " + next);
    }
    this.nextAt = next;
  }

  public void cancel() {
    this.active = false;
  }

  public SubscriptionTerms terms() {
    return SubscriptionTerms.stored(frequency, reports, filters, language);
  }

  public SubscriptionFrequency frequency() {
    return SubscriptionFrequency.valueOf(frequency);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getLanguage() {
    return language;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getNextAt() {
    return nextAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
