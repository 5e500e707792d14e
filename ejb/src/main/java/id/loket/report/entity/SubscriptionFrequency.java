package id.loket.report.entity;

/** How often a digest is made: for each desk day, or for each desk week (Monday to Sunday). */
public enum SubscriptionFrequency {
  DAILY,
  WEEKLY
}
