package id.loket.report.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** One point of a time series per key: the period's first day, the series' key and the value. */
public record SeriesPoint(LocalDate period, String key, long n) implements Serializable {}
