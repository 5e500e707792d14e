/**
 * The ticket domain: the {@link id.loket.ticket.entity.Ticket} aggregate with its comments and
 * audit trail, and the value objects it is made of.
 *
 * <p>Everything in this package is plain Java plus JPA mapping annotations, so the rules can be
 * unit tested without a container. The aggregate guards its own invariants: the workflow of {@link
 * id.loket.ticket.entity.TicketStatus}, the ITIL-style {@link id.loket.ticket.entity.Priority}
 * matrix, and a complete field-level history of who changed what and when. Rule violations are
 * reported as {@link id.loket.shared.DomainException}s carrying resource-bundle keys.
 */
package id.loket.ticket.entity;
