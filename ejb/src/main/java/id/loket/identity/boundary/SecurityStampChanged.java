package id.loket.identity.boundary;

/**
 * A user's security stamp was replaced on this node (fired after the change commits), so that this
 * node's caches can forget the old one at once; other nodes see it within the stamp cache time.
 */
public record SecurityStampChanged(String username) {}
