package id.loket.mail.boundary;

import id.loket.attachment.boundary.IntakeFiles;
import id.loket.attachment.entity.Upload;
import id.loket.guard.boundary.SecretGuard;
import id.loket.identity.boundary.UserDirectory;
import id.loket.mail.control.InboundRecords;
import id.loket.mail.control.IntakeDecisions;
import id.loket.mail.control.IntakeDecisions.Plan;
import id.loket.mail.control.MailAttachment;
import id.loket.mail.control.MailParser;
import id.loket.mail.control.ParsedMail;
import id.loket.mail.control.ReplyText;
import id.loket.mail.entity.InboundMail;
import id.loket.mail.entity.InboundMail.Outcome;
import id.loket.platform.LoketConfig;
import id.loket.platform.MailSettings;
import id.loket.ticket.boundary.MailTickets;
import id.loket.ticket.boundary.MailTickets.MailTicket;
import id.loket.ticket.boundary.MailTickets.ReplyOutcome;
import id.loket.workbench.boundary.FollowUpLinks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What becomes of a mail that reached the desk, decided and done in one transaction with the row
 * that records it ({@code mail_in}): a new ticket for its sender, a reply on the ticket it answers,
 * a message for agents to review, or nothing (machine noise, a sender over the hourly limit, an
 * unknown sender when the desk does not create requesters). A message seen before — the same UID of
 * the same mailbox, or the same Message-ID that changed a ticket — changes nothing again. A message
 * that cannot be understood is kept whole, quarantined with the reason.
 *
 * <p>Who may add to a ticket by mail: its requester, a watcher, its assignee or service-desk staff,
 * whoever the mail is addressed to. Mail from anyone else that names a ticket (even with our signed
 * reply address) is not appended to it: it goes to review. People the requester puts in CC become
 * watchers. Local callers: the mailbox poller and the administrators' replay entry.
 */
@Stateless
@PermitAll
public class MailIntake {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject LoketConfig config;
  @Inject InboundRecords records;
  @Inject IntakeDecisions decisions;
  @EJB MailTickets tickets;
  @EJB UserDirectory directory;
  @EJB IntakeFiles files;
  @EJB MailOutbox outbox;
  @EJB FollowUpLinks links;

  /** Where a message came from: a mailbox and its UID, or a replay. */
  public record Source(String mailbox, Long uidValidity, Long uid) {
    public static Source replay(String by) {
      return new Source("replay:" + by, null, null);
    }
  }

  /**
   * What became of a message.
   *
   * @param outcome e.g. {@code ticket-created}
   * @param ticket the ticket's number, if one was created or changed (or is the review's candidate)
   * @param reason why, when no ticket was created or changed
   * @param duplicate whether the message had been received before (nothing changed this time)
   * @param mailId the row that records it (null on a dry run)
   * @param refused attachments not kept, and why
   */
  public record Result(
      String outcome,
      String ticket,
      String reason,
      boolean duplicate,
      Long mailId,
      ParsedMail mail,
      List<String> refused) {}

  /**
   * Receives one raw message.
   *
   * @param dryRun parse and decide, store nothing
   */
  public Result receive(byte[] raw, Source source, boolean dryRun) {
    ParsedMail mail = new MailParser().parse(raw);
    Optional<InboundMail> seen = records.seen(source.mailbox(), source.uidValidity(), source.uid());
    if (seen.isEmpty() && !mail.quarantined()) {
      seen = records.changedTicket(mail.messageId());
    }
    if (seen.isPresent()) {
      InboundMail earlier = seen.get();
      return new Result(
          earlier.getOutcome().code(),
          earlier.getTicketNumber(),
          "received before (mail " + earlier.getId() + ")",
          true,
          earlier.getId(),
          mail,
          List.of());
    }
    MailSettings settings = config.mail();
    Plan plan = decisions.plan(mail, settings);
    if (dryRun) {
      return new Result(
          plan.outcome().code(),
          plan.target() == null ? null : plan.target().number(),
          plan.reason(),
          false,
          null,
          mail,
          List.of());
    }
    return apply(plan, mail, raw, source, settings);
  }

  /**
   * Keeps a message whose processing failed (for a reason the parser could not see) quarantined
   * with that reason, so that the mailbox moves on and nothing is lost; once per mailbox UID.
   */
  public Result quarantine(byte[] raw, Source source, String reason) {
    Optional<InboundMail> seen = records.seen(source.mailbox(), source.uidValidity(), source.uid());
    if (seen.isPresent()) {
      return new Result(
          seen.get().getOutcome().code(),
          seen.get().getTicketNumber(),
          "received before",
          true,
          seen.get().getId(),
          null,
          List.of());
    }
    ParsedMail mail = new MailParser().parse(raw);
    InboundMail row =
        new InboundMail(
            source.mailbox(),
            source.uidValidity(),
            source.uid(),
            mail.messageId(),
            clock.instant(),
            mail.fromAddress(),
            mail.subject(),
            records.parsedJson(mail, List.of()),
            raw,
            config.mail().rawMaxBytes());
    row.outcome(Outcome.QUARANTINED, reason, null, null);
    em.persist(row);
    return new Result(
        Outcome.QUARANTINED.code(), null, reason, false, row.getId(), mail, List.of());
  }

  private Result apply(
      Plan plan, ParsedMail mail, byte[] raw, Source source, MailSettings settings) {
    Instant now = clock.instant();
    List<String> refused = new ArrayList<>();
    MailTicket ticket = plan.target();
    Outcome outcome = plan.outcome();
    String reason = plan.reason();
    switch (outcome) {
      case COMMENT_ADDED -> {
        MailTickets.Reply reply =
            tickets.reply(
                ticket.id(), plan.sender(), ReplyText.trim(mail.text()), settings.reopenWindow());
        if (reply.outcome() == ReplyOutcome.CLOSED) { // closed since it was looked at
          ticket = open(mail, plan.sender(), ticket, settings, refused);
          outcome = Outcome.TICKET_CREATED;
        } else {
          refused.addAll(keepFiles(ticket.id(), reply.commentId(), plan.sender(), mail));
          if (plan.sender().equals(ticket.requester())) {
            watchers(ticket.id(), mail, plan.sender(), settings, now);
          }
          warnAboutSecrets(ticket, plan.sender(), mail);
          reason = reply.outcome() == ReplyOutcome.REOPENED ? "reopened" : null;
        }
      }
      case TICKET_CREATED -> {
        String requester =
            plan.sender() != null
                ? plan.sender()
                : directory.createRequester(mail.fromAddress(), mail.fromName(), now);
        ticket = open(mail, requester, plan.followUp() ? ticket : null, settings, refused);
        reason = plan.followUp() ? "follow-up to " + plan.target().number() : null;
      }
      case REJECTED -> outbox.rejection(mail.fromAddress(), "en", mail.subject(), mail.messageId());
      default -> {
        // review, noise, rate limit, quarantine: recorded only
      }
    }
    InboundMail row =
        new InboundMail(
            source.mailbox(),
            source.uidValidity(),
            source.uid(),
            mail.messageId(),
            now,
            mail.fromAddress(),
            mail.subject(),
            records.parsedJson(mail, refused),
            raw,
            settings.rawMaxBytes());
    row.outcome(
        outcome,
        reason,
        ticket == null ? null : ticket.id(),
        ticket == null ? null : ticket.number());
    em.persist(row);
    em.flush(); // a duplicate delivered concurrently fails here, and with it everything above
    return new Result(
        outcome.code(),
        ticket == null ? null : ticket.number(),
        reason,
        false,
        row.getId(),
        mail,
        refused);
  }

  /** A new ticket from the mail (a follow-up of {@code closed}, when given), with its files. */
  private MailTicket open(
      ParsedMail mail,
      String requester,
      MailTicket closed,
      MailSettings settings,
      List<String> refused) {
    String text = closed == null ? mail.text() : ReplyText.trim(mail.text());
    if (closed != null) {
      text = "(" + closed.number() + ")\n\n" + text;
    }
    MailTicket t = tickets.open(requester, mail.subject(), text, settings.defaultCategory());
    refused.addAll(keepFiles(t.id(), null, requester, mail));
    outbox.confirmation(t.id(), t.number(), t.title(), requester, mail.messageId());
    if (closed != null) {
      links.relate(t.id(), t.number(), closed.id(), closed.number(), requester);
    }
    watchers(t.id(), mail, requester, settings, clock.instant());
    warnAboutSecrets(t, requester, mail);
    return t;
  }

  /**
   * Keeps the mail's files on the ticket (or its comment); answers what was refused and why.
   * Public: {@link InboundMails} calls it through the container, where a package-private method of
   * a no-interface view is refused ("Illegal non-business method access").
   */
  public List<String> keepFiles(long ticketId, Long commentId, String by, ParsedMail mail) {
    List<Upload> uploads = new ArrayList<>();
    for (MailAttachment a : mail.attachments()) {
      uploads.add(new Upload(a.fileName(), a.content()));
    }
    return files.keep(ticketId, commentId, by, uploads).refused();
  }

  /** Everyone else the requester wrote to (not the desk) watches the ticket. */
  private void watchers(
      long ticketId, ParsedMail mail, String requester, MailSettings settings, Instant now) {
    Set<String> addresses = new LinkedHashSet<>(mail.cc());
    addresses.addAll(mail.to());
    for (String address : addresses) {
      if (address == null
          || IntakeDecisions.isDesk(address, settings)
          || address.equals(mail.fromAddress())) {
        continue;
      }
      Optional<String> user = directory.byEmail(address);
      if (user.isEmpty() && settings.createUnknownSenders()) {
        user = Optional.of(directory.createRequester(address, null, now));
      }
      user.ifPresent(u -> tickets.watch(ticketId, u, requester));
    }
  }

  private void warnAboutSecrets(MailTicket ticket, String username, ParsedMail mail) {
    if (!SecretGuard.clean(mail.subject()) || !SecretGuard.clean(mail.text())) {
      outbox.secretWarning(ticket.id(), ticket.number(), username);
    }
  }
}
