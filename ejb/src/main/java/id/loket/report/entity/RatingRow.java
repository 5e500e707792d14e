package id.loket.report.entity;

import java.io.Serializable;
import java.time.Instant;

/** A low rating (1 or 2) with the requester's comment, newest first. */
public record RatingRow(
    long id,
    String ticketNumber,
    int rating,
    String comment,
    String ratedBy,
    Instant ratedAt,
    String team,
    String assignee)
    implements Serializable {}
