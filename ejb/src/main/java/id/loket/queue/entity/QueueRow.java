package id.loket.queue.entity;

import java.time.Instant;

/**
 * One line of a queue or of the search: what an agent needs to pick the next ticket. {@code dueAt}
 * is the resolution due instant ({@code null} until the SLA clock sets one); {@code version} is
 * what a bulk action on the row sends back.
 */
public record QueueRow(
    long id,
    String number,
    String title,
    String requester,
    String priority,
    String status,
    String assignee,
    String team,
    Instant createdAt,
    Instant updatedAt,
    Instant dueAt,
    long version) {}
