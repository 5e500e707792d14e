package id.loket.report.entity;

import java.io.Serializable;

/**
 * The dashboard's tiles over a window: escalations raised and still open, SLA shares met in time,
 * the open backlog, inflow and outflow, and CSAT.
 */
public record Kpis(
    long escalations,
    long openEscalations,
    Double firstResponseMetPercent,
    Double resolutionMetPercent,
    long backlog,
    long created,
    long resolved,
    Double csat,
    long ratings)
    implements Serializable {}
