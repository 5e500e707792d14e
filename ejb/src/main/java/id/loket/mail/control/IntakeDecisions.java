package id.loket.mail.control;

import id.loket.identity.boundary.UserDirectory;
import id.loket.mail.entity.InboundMail.Outcome;
import id.loket.platform.MailSettings;
import id.loket.ticket.boundary.MailTickets;
import id.loket.ticket.boundary.MailTickets.MailTicket;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * What should become of a parsed mail, decided before anything is written (so that a dry run
 * answers exactly what a real run would do): machine noise and our own mail are ignored, a sender
 * over the hourly limit is too, a mail that answers a ticket is a comment when its sender may add
 * to that ticket (its requester, a watcher, its assignee, staff) and goes to review otherwise, a
 * reply to a closed ticket opens a follow-up, and a new conversation opens a ticket (or is rejected
 * when unknown senders are).
 */
@Dependent
public class IntakeDecisions {

  @Inject Clock clock;
  @Inject Threading threading;
  @Inject InboundRecords records;
  @EJB MailTickets tickets;
  @EJB UserDirectory directory;

  /**
   * A decision.
   *
   * @param target the ticket the mail answers (or names, for a review)
   * @param sender the sender's user name, if Loket knows the address
   * @param followUp whether a new ticket follows up the closed {@code target}
   */
  public record Plan(
      Outcome outcome, String reason, MailTicket target, String sender, boolean followUp) {}

  public Plan plan(ParsedMail mail, MailSettings settings) {
    if (mail.quarantined()) {
      return new Plan(Outcome.QUARANTINED, mail.quarantineReason(), null, null, false);
    }
    if (mail.noise() != Noise.NONE) {
      return new Plan(
          Outcome.IGNORED_AUTO_REPLY,
          mail.noise().name().toLowerCase(Locale.ROOT).replace('_', '-')
              + ": "
              + mail.noiseReason(),
          null,
          null,
          false);
    }
    String from = mail.fromAddress();
    if (from == null) {
      return new Plan(Outcome.QUARANTINED, "no sender address", null, null, false);
    }
    if (isDesk(from, settings)) {
      return new Plan(
          Outcome.IGNORED_AUTO_REPLY, "own-mail: sent from the desk's address", null, null, false);
    }
    if (records.sentWithinHour(from, clock.instant()) >= settings.maxPerSenderHour()) {
      return new Plan(
          Outcome.RATE_LIMITED,
          "more than " + settings.maxPerSenderHour() + " mails from " + from + " in an hour",
          null,
          null,
          false);
    }
    String sender = directory.byEmail(from).orElse(null);
    Optional<MailTicket> target =
        threading
            .find(mail)
            .flatMap(f -> tickets.byId(f.ticketId()))
            .or(() -> tickets.numberedIn(mail.subject()));
    if (target.isPresent()) {
      MailTicket t = target.get();
      if (sender == null || !tickets.mayReply(t.id(), sender)) {
        return new Plan(
            Outcome.REVIEW,
            from + " is not the requester, a watcher or an agent of " + t.number(),
            t,
            sender,
            false);
      }
      boolean closed =
          "CLOSED".equals(t.status())
              || ("RESOLVED".equals(t.status())
                  && (t.resolvedAt() == null
                      || t.resolvedAt().plus(settings.reopenWindow()).isBefore(clock.instant())));
      return closed
          ? new Plan(Outcome.TICKET_CREATED, null, t, sender, true)
          : new Plan(Outcome.COMMENT_ADDED, null, t, sender, false);
    }
    if (sender == null && !settings.createUnknownSenders()) {
      return new Plan(Outcome.REJECTED, from + " is not known to the desk", null, null, false);
    }
    return new Plan(Outcome.TICKET_CREATED, null, null, sender, false);
  }

  /** The desk's own addresses: its From, its mailbox, and every reply address. */
  public static boolean isDesk(String address, MailSettings settings) {
    String a = address.toLowerCase(Locale.ROOT);
    String imapUser = settings.imap().user().toLowerCase(Locale.ROOT);
    return a.equals(settings.fromAddress())
        || (imapUser.contains("@") && a.equals(imapUser))
        || (a.startsWith(settings.localPart() + "+") && a.endsWith("@" + settings.domain()));
  }
}
