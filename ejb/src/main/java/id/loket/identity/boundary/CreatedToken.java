package id.loket.identity.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A token just made: the only time {@code token} (the secret to send as {@code Authorization:
 * Bearer …}) is ever shown.
 */
public record CreatedToken(
    long id, String name, String prefix, Instant createdAt, Instant expiresAt, String token)
    implements Serializable {}
