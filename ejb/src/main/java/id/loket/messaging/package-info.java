/**
 * Events that leave a change, and messages that arrive: the transactional outbox, its relay to JMS,
 * the inbox that makes every consumer idempotent, and dead letters.
 *
 * <p>A boundary method that changes state calls {@link id.loket.messaging.boundary.Outbox} in its
 * own transaction: the event is a row beside the change, committed with it or not at all (no XA, no
 * broker inside a request). {@link id.loket.messaging.boundary.OutboxRelay} publishes committed
 * rows to JMS right after the commit (a nudge) and on a sweep, claims them with {@code FOR UPDATE
 * SKIP LOCKED}, and backs off while the broker is away. A message-driven bean hands each message to
 * {@link id.loket.messaging.boundary.Deliveries}, whose consumers record the event id in the
 * transaction of their effect ({@link id.loket.messaging.boundary.Inbox}): a redelivery or a
 * re-publish has no second effect, and a message that keeps failing becomes a dead letter that an
 * administrator can retry.
 */
package id.loket.messaging;
