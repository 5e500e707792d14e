package id.loket.followup.control;

import id.loket.followup.entity.Escalation;
import id.loket.messaging.boundary.Outbox;
import id.loket.platform.JmsResources;
import id.loket.shared.Json;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

/**
 * Announces an escalation through the outbox, in the transaction that stores it. The event carries
 * ids (escalation, ticket number) and who escalated; the consumer reloads the rest.
 */
@Dependent
public class EscalationEvents {

  public static final String ESCALATED = "TICKET_ESCALATED";

  @EJB Outbox outbox;

  /** Writes the event and remembers its id on the escalation. */
  public long escalated(Escalation escalation, String number) {
    return escalated(escalation, number, Json.createObjectBuilder().build());
  }

  /**
   * Writes the event, with {@code facts} the consumer acts on (an SLA escalation's ticket
   * requester, team, assignee and escalation team), and remembers its id on the escalation.
   */
  public long escalated(Escalation escalation, String number, jakarta.json.JsonObject facts) {
    long eventId =
        outbox.append(
            JmsResources.ESCALATION_AGGREGATE,
            number,
            ESCALATED,
            Json.createObjectBuilder(facts)
                .add("escalationId", escalation.getId())
                .add("number", number)
                .add("cause", escalation.getCause())
                .add("requester", facts.getString("requester", escalation.getEscalatedBy()))
                .add("escalatedAt", escalation.getEscalatedAt().toString())
                .build());
    escalation.announcedAs(eventId);
    return eventId;
  }
}
