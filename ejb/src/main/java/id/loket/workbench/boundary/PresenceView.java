package id.loket.workbench.boundary;

import java.time.Instant;

/** Someone else who has the ticket open: user name, display name, VIEWING or EDITING, last beat. */
public record PresenceView(String username, String name, String mode, Instant seenAt) {}
