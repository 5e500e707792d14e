package id.loket.identity.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A personal access token as its owner sees it later: never the secret, only its prefix. */
public record TokenView(
    long id,
    String name,
    String prefix,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    boolean expired)
    implements Serializable {}
