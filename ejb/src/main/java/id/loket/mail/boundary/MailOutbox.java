package id.loket.mail.boundary;

import id.loket.identity.boundary.UserDirectory;
import id.loket.mail.control.MailKeys;
import id.loket.mail.control.MailTemplates;
import id.loket.mail.control.OutboundThreads;
import id.loket.mail.control.ReplyTokens;
import id.loket.mail.entity.OutboundMail;
import id.loket.platform.LoketConfig;
import id.loket.platform.MailSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outbound mail outbox: a mail is a row written in the caller's transaction, so a change that
 * rolls back sends nothing and one that commits is sure to (the {@link MailSender} drains the
 * rows). Written once per cause and recipient: a retried transaction or a redelivered event does
 * not mail twice. Every mail of a ticket answers the ticket's first mail (the confirmation), so
 * mail programs show one conversation per ticket. For local callers only (the triggers, the
 * escalation consumer, the inbound mail), hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class MailOutbox {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject LoketConfig config;
  @Inject MailKeys keys;
  @EJB UserDirectory directory;

  private final MailTemplates templates = new MailTemplates();

  /**
   * Queues a mail unless one for the same cause and recipient was queued before.
   *
   * @param ticketId the ticket it is about, or null (a rejection)
   * @param inReplyTo the Message-ID it answers (with or without angle brackets), or null: the
   *     ticket's first mail
   * @param references the References header, or null: the answered mail's references and its id
   * @return whether a mail was queued (not when there is no recipient, outbound mail is off, or the
   *     mail was queued before)
   */
  public boolean queue(
      String kind,
      String cause,
      Long ticketId,
      String ticketNumber,
      String recipient,
      String language,
      String subject,
      String body,
      String inReplyTo,
      String references) {
    if (recipient == null || recipient.isBlank() || !config.mail().outboundEnabled()) {
      return false;
    }
    String to = recipient.strip();
    if (exists(cause, to).isPresent()) {
      return false;
    }
    String parent = OutboundThreads.bracket(inReplyTo);
    String refs = references;
    if (parent == null && ticketId != null) {
      Optional<OutboundMail> first = firstOf(ticketId);
      if (first.isPresent()) {
        parent = OutboundThreads.bracket(first.get().getMessageId());
        refs = OutboundThreads.references(first.get().getReferences(), parent);
      }
    } else if (parent != null && refs == null) {
      refs = parent;
    }
    ReplyTokens tokens = keys.tokens();
    MailSettings settings = config.mail();
    OutboundMail mail =
        new OutboundMail(
            kind,
            cut(cause, 120),
            ticketId,
            ticketNumber,
            to,
            MailTemplates.language(language),
            cut(subject, 1000),
            body,
            clock.instant());
    em.persist(mail); // the sequence gives the id now; nothing is flushed before it is threaded
    String messageId =
        ticketId == null
            ? "loket.m" + mail.getId() + "@" + settings.domain()
            : tokens.messageId(ticketId, mail.getId());
    mail.thread(
        messageId, cut(parent, 998), refs, ticketId == null ? null : tokens.replyAddress(ticketId));
    return true;
  }

  /**
   * Queues the mail of {@code kind} about a ticket to {@code username}, in their language, if they
   * have an address.
   *
   * @param values the template's placeholders beyond number, link and desk
   * @return whether a mail was queued
   */
  public boolean toUser(
      String kind,
      String cause,
      long ticketId,
      String number,
      String username,
      Map<String, String> values) {
    Optional<String> address = directory.emailOf(username);
    if (address.isEmpty()) {
      return false;
    }
    MailTemplates.Text text =
        templates.render(kind, directory.language(username).orElse("en"), values(number, values));
    return queue(
        kind,
        cause,
        ticketId,
        number,
        address.get(),
        text.language(),
        text.subject(),
        text.body(),
        null,
        null);
  }

  /**
   * Tells the requester that their request became ticket {@code number}. When it came by mail,
   * {@code inReplyToMessageId} is that mail's Message-ID and the confirmation answers it (also when
   * the ticket's creation had queued the confirmation already in this transaction).
   */
  public boolean confirmation(
      long ticketId,
      String number,
      String title,
      String requesterUsername,
      String inReplyToMessageId) {
    String cause = "ticket:" + ticketId + ":created";
    Optional<String> address = directory.emailOf(requesterUsername);
    if (address.isEmpty()) {
      return false;
    }
    String parent = OutboundThreads.bracket(inReplyToMessageId);
    Optional<OutboundMail> queued = exists(cause, address.get().strip());
    if (queued.isPresent()) {
      OutboundMail mail = queued.get();
      if (parent != null && mail.getInReplyTo() == null && mail.getSentAt() == null) {
        mail.thread(mail.getMessageId(), cut(parent, 998), parent, mail.getReplyTo());
      }
      return false;
    }
    MailTemplates.Text text =
        templates.render(
            MailTemplates.CONFIRMATION,
            directory.language(requesterUsername).orElse("en"),
            values(number, Map.of("title", title == null ? "" : title)));
    return queue(
        MailTemplates.CONFIRMATION,
        cause,
        ticketId,
        number,
        address.get(),
        text.language(),
        text.subject(),
        text.body(),
        parent,
        parent);
  }

  /** Answers a mail from an unknown sender politely that no ticket was opened. */
  public boolean rejection(String address, String language, String subject, String inReplyTo) {
    String cause =
        "rejection:"
            + (inReplyTo == null || inReplyTo.isBlank()
                ? clock.instant().toString()
                : OutboundThreads.digest(inReplyTo.strip()));
    MailTemplates.Text text =
        templates.render(
            MailTemplates.REJECTION,
            language,
            values(null, Map.of("subject", subject == null ? "" : subject)));
    String parent = OutboundThreads.bracket(inReplyTo);
    return queue(
        MailTemplates.REJECTION,
        cause,
        null,
        null,
        address,
        text.language(),
        text.subject(),
        text.body(),
        parent,
        parent);
  }

  /** Tells {@code username} that a password or card number was removed from their mail. */
  public boolean secretWarning(long ticketId, String number, String username) {
    return toUser(
        MailTemplates.SECRET_WARNING,
        "ticket:" + ticketId + ":secret-warning:" + clock.instant(),
        ticketId,
        number,
        username,
        Map.of());
  }

  /**
   * Tells {@code username} of an SLA escalation of ticket {@code number} (once per escalation event
   * and person).
   *
   * @param target the SLA target whose clock escalated (e.g. {@code RESOLUTION})
   * @param due when it is or was due, or null
   */
  public boolean escalation(
      String eventId,
      String username,
      long ticketId,
      String number,
      int level,
      String target,
      Instant due) {
    String when =
        due == null
            ? "-"
            : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)
                .format(due.atZone(config.displayZone()));
    return toUser(
        MailTemplates.ESCALATION,
        "escalation:" + eventId,
        ticketId,
        number,
        username,
        Map.of(
            "level",
            Integer.toString(level),
            "target",
            target == null ? "" : target.toLowerCase(Locale.ROOT).replace('_', ' '),
            "due",
            when));
  }

  private Map<String, String> values(String number, Map<String, String> more) {
    Map<String, String> v = new HashMap<>(more);
    if (number != null) {
      v.put("number", number);
      v.putIfAbsent("link", config.publicBaseUrl() + "tickets/view.xhtml?number=" + number);
    }
    v.putIfAbsent("desk", config.mail().fromName());
    v.putIfAbsent("days", Long.toString(config.mail().reopenWindow().toDays()));
    return v;
  }

  private Optional<OutboundMail> exists(String cause, String recipient) {
    return em.createQuery(
            "SELECT m FROM OutboundMail m WHERE m.cause = :c AND m.recipient = :r",
            OutboundMail.class)
        .setParameter("c", cut(cause, 120))
        .setParameter("r", recipient)
        .getResultStream()
        .findFirst();
  }

  private Optional<OutboundMail> firstOf(long ticketId) {
    List<OutboundMail> first =
        em.createQuery(
                "SELECT m FROM OutboundMail m WHERE m.ticketId = :t ORDER BY m.createdAt, m.id",
                OutboundMail.class)
            .setParameter("t", ticketId)
            .setMaxResults(1)
            .getResultList();
    return first.stream().findFirst();
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
