package id.loket.ticket.boundary;

import java.time.Instant;

/** A watcher of a ticket: who ({@code username}, {@code label} to show), added by whom and when. */
public record WatcherView(String username, String label, String addedBy, Instant addedAt) {}
