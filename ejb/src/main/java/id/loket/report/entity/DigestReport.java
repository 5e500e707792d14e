package id.loket.report.entity;

/** The reports a digest may hold, in the order the digest shows them. */
public enum DigestReport {
  ESCALATIONS,
  SLA,
  BACKLOG,
  SATISFACTION,
  LOAD
}
