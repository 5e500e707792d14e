package id.loket.identity.boundary;

import java.io.Serializable;

/**
 * A user as administrators see them in the directory: who they are, whether they may sign in, their
 * department and location (null: unknown) and the version to send back with a change.
 */
public record DirectoryEntry(
    String username,
    String displayName,
    boolean active,
    String department,
    String location,
    long version)
    implements Serializable {}
