package id.loket.report.entity;

import java.io.Serializable;

/** One bar of a chart: a key (a level, a team code, a week's first day …) and how many. */
public record Count(String key, long n) implements Serializable {}
