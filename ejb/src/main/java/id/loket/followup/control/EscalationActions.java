package id.loket.followup.control;

import id.loket.followup.entity.Escalation;
import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Roles;
import id.loket.mail.boundary.MailOutbox;
import id.loket.messaging.boundary.EventEnvelope;
import id.loket.notification.boundary.Notifier;
import id.loket.platform.LoketConfig;
import id.loket.team.boundary.Teams;
import id.loket.ticket.boundary.TicketEscalation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What an SLA escalation makes happen, in the consumer's transaction (its inbox row makes it happen
 * once): a warning tells the assignee and the team's leads; a breach tells the managers, raises the
 * ticket's priority one step and, if the policy names an escalation team, moves the ticket there;
 * the second level tells the next management level ({@link LoketConfig#slaSecondLevelRole()}); a
 * reminder tells the managers and the team's leads again. Everyone told in the application who has
 * an address is also told by mail.
 */
@Dependent
public class EscalationActions {

  public static final String SLA_WARNING = "SLA_WARNING";
  public static final String SLA_BREACH = "SLA_BREACH";
  public static final String SLA_SECOND_LEVEL = "SLA_SECOND_LEVEL";
  public static final String SLA_REMINDER = "SLA_REMINDER";

  @EJB Notifier notifier;
  @EJB MailOutbox mail;
  @EJB TicketEscalation tickets;
  @EJB Teams teams;
  @EJB UserDirectory directory;
  @Inject LoketConfig config;

  public void act(EventEnvelope event, Escalation escalation, String number, Instant at) {
    if (!Escalation.SLA.equals(escalation.getCause())) {
      return;
    }
    String team = event.data().getString("team", null);
    String assignee = event.data().getString("assignee", null);
    String detail = escalation.getTarget();
    String eventId = Long.toString(event.eventId());
    int level = escalation.getLevel();
    List<String> to = new ArrayList<>();
    String kind;
    switch (level) {
      case 1 -> {
        kind = SLA_WARNING;
        to.add(assignee);
        to.addAll(teams.leadsOf(team));
      }
      case 2 -> {
        kind = SLA_BREACH;
        to.addAll(directory.withRole(Roles.MANAGER));
        tickets.raisePriority(number);
        String escalationTeam = event.data().getString("escalationTeam", null);
        if (escalationTeam != null) {
          tickets.moveToTeam(number, escalationTeam);
        }
      }
      case 3 -> {
        kind = SLA_SECOND_LEVEL;
        to.addAll(directory.withRole(config.slaSecondLevelRole()));
      }
      default -> {
        kind = SLA_REMINDER;
        to.addAll(directory.withRole(Roles.MANAGER));
        to.addAll(teams.leadsOf(team));
      }
    }
    notifier.notify(eventId, to, kind, number, detail, at);
    String dueAt = event.data().getString("dueAt", null);
    Instant due = dueAt == null ? null : Instant.parse(dueAt);
    for (String person : new LinkedHashSet<>(to)) {
      if (person != null) {
        mail.escalation(eventId, person, escalation.getTicketId(), number, level, detail, due);
      }
    }
  }
}
