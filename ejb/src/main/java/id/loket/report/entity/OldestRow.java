package id.loket.report.entity;

import java.io.Serializable;
import java.time.Instant;

/** One open ticket of the oldest-first list. */
public record OldestRow(
    long id,
    String number,
    String title,
    String status,
    String team,
    String assignee,
    String priority,
    Instant createdAt)
    implements Serializable {}
