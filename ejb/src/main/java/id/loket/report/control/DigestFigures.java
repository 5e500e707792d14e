package id.loket.report.control;

import id.loket.report.entity.BacklogReport;
import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.LoadReport;
import id.loket.report.entity.ReportFilter;
import id.loket.report.entity.SatisfactionReport;
import id.loket.report.entity.SlaReport;
import id.loket.report.entity.SubscriptionFrequency;

/**
 * What one digest says: its frequency, the period as a report filter (window and filters), and the
 * figures of each chosen report (null for a report not chosen).
 */
public record DigestFigures(
    SubscriptionFrequency frequency,
    ReportFilter filter,
    EscalationReport escalations,
    SlaReport sla,
    BacklogReport backlog,
    SatisfactionReport satisfaction,
    LoadReport load) {}
