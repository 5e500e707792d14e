package id.loket.report.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** One desk day of inflow (tickets created) and outflow (tickets resolved). */
public record DayFlow(LocalDate day, long created, long resolved) implements Serializable {}
