package id.loket.followup.boundary;

import java.time.Instant;

/** A ticket's rating as stored, with the ticket's version after the call (for the ETag). */
public record SatisfactionView(
    String ticketNumber,
    int rating,
    String comment,
    String ratedBy,
    Instant ratedAt,
    String ticketStatus,
    long ticketVersion) {}
