package id.loket.ticket.boundary;

import java.time.Instant;

/** One line of a ticket list. */
public record TicketSummary(
    String number,
    String title,
    String category,
    String status,
    String priority,
    String assignee,
    Instant updatedAt,
    String team) {}
