package id.loket.mail.boundary;

import static id.loket.shared.SqlValues.instant;

import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Roles;
import id.loket.mail.control.MailParser;
import id.loket.mail.control.ParsedMail;
import id.loket.mail.control.ReplyText;
import id.loket.mail.entity.InboundMail;
import id.loket.mail.entity.InboundMail.Outcome;
import id.loket.mail.entity.InboundMail.Review;
import id.loket.platform.LoketConfig;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Keyset;
import id.loket.shared.Page;
import id.loket.ticket.boundary.MailTickets;
import id.loket.ticket.boundary.MailTickets.MailTicket;
import id.loket.ticket.boundary.MailTickets.ReplyOutcome;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The mail that reached the desk as staff see it: the review queue (mail that named a ticket but
 * came from someone who may not add to it), each message with its raw source, and an agent's
 * decision on a message in review — append it to a ticket, open a new ticket for its sender, or
 * discard it — made once, based on the version the agent saw. Administrators also list every
 * message with its outcome (quarantined ones among them). Requesters see none of it.
 */
@Stateless
@DeclareRoles({Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class InboundMails {

  public static final int MAX_PAGE = 100;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;
  @Inject LoketConfig config;
  @EJB MailTickets tickets;
  @EJB UserDirectory directory;
  @EJB MailIntake intake;
  @EJB MailOutbox outbox;

  /** What an agent decides for a message in review. */
  public enum Action {
    APPEND,
    NEW_TICKET,
    DISCARD
  }

  /** A message's raw source as received (cut at the configured size when {@code truncated}). */
  public record RawSource(String fileName, byte[] content, int size, boolean truncated) {}

  /** The review queue, newest first (index ix_mail_in_review). */
  public Page<InboundView> review(String before, int limit) {
    return page(" AND review_status = 'OPEN'", null, before, limit);
  }

  /** Every message, newest first, optionally of one outcome (index ix_mail_in_recent). */
  @RolesAllowed(Roles.ADMIN)
  public Page<InboundView> all(String outcome, String before, int limit) {
    String code = outcome == null || outcome.isBlank() ? null : outcome.strip();
    if (code != null) {
      try {
        Outcome.of(code);
      } catch (IllegalArgumentException e) {
        throw new InvalidFieldException("outcome", "mail.outcome.unknown", code);
      }
    }
    return page(code == null ? "" : " AND outcome = ?4", code, before, limit);
  }

  /**
   * Takes one raw message as if it had arrived in the desk's mailbox (administrators replaying a
   * problem mail); with {@code dryRun}, only parses and decides.
   */
  @RolesAllowed(Roles.ADMIN)
  public MailIntake.Result ingest(byte[] raw, boolean dryRun) {
    return intake.receive(
        raw, MailIntake.Source.replay(session.getCallerPrincipal().getName()), dryRun);
  }

  public InboundView get(long id) {
    return InboundView.of(find(id));
  }

  public RawSource raw(long id) {
    InboundMail m = find(id);
    return new RawSource("mail-" + id + ".eml", m.getRaw(), m.getRawSize(), m.isRawTruncated());
  }

  /**
   * Decides a message in review.
   *
   * @param expectedVersion the version the agent saw (412 when it changed)
   * @param ticketNumber for {@link Action#APPEND}: the ticket (its number with check digit); null:
   *     the ticket the mail named
   */
  public InboundView decide(long id, long expectedVersion, Action action, String ticketNumber) {
    InboundMail m = find(id);
    if (m.getVersion() != expectedVersion) {
      throw DomainException.stale("mail.stale", id, expectedVersion, m.getVersion());
    }
    if (!Review.OPEN.name().equals(m.getReviewStatus())) {
      throw new DomainException(
          Kind.CONFLICT, "mail.review.done", "Mail " + id + " is not in review", id);
    }
    String me = session.getCallerPrincipal().getName();
    ParsedMail mail = new MailParser().parse(m.getRaw());
    Instant now = clock.instant();
    switch (action) {
      case APPEND -> {
        MailTicket target =
            (ticketNumber == null || ticketNumber.isBlank()
                    ? (m.getTicketNumber() == null
                        ? java.util.Optional.<MailTicket>empty()
                        : tickets.byNumber(m.getTicketNumber()))
                    : tickets.byNumber(ticketNumber.strip()))
                .orElseThrow(
                    () -> new InvalidFieldException("ticket", "mail.review.ticket", ticketNumber));
        String author = directory.byEmail(mail.fromAddress()).orElse(me);
        String text = ReplyText.trim(mail.text());
        if (author.equals(me)) {
          text = "E-mail from " + mail.fromAddress() + ":\n\n" + text;
        }
        MailTickets.Reply reply =
            tickets.reply(target.id(), author, text, config.mail().reopenWindow());
        if (reply.outcome() == ReplyOutcome.CLOSED) {
          throw new DomainException(
              Kind.CONFLICT,
              "mail.review.closed",
              "Ticket " + target.number() + " is closed",
              target.number());
        }
        intake.keepFiles(target.id(), reply.commentId(), author, mail);
        m.review(Review.APPENDED, me, now, target.id(), target.number());
      }
      case NEW_TICKET -> {
        if (mail.fromAddress() == null) {
          throw new DomainException(
              Kind.CONFLICT, "mail.review.no-sender", "The mail has no sender address", id);
        }
        String requester =
            directory
                .byEmail(mail.fromAddress())
                .orElseGet(
                    () -> directory.createRequester(mail.fromAddress(), mail.fromName(), now));
        MailTicket t =
            tickets.open(requester, mail.subject(), mail.text(), config.mail().defaultCategory());
        intake.keepFiles(t.id(), null, requester, mail);
        outbox.confirmation(t.id(), t.number(), t.title(), requester, mail.messageId());
        m.review(Review.NEW_TICKET, me, now, t.id(), t.number());
      }
      case DISCARD -> m.review(Review.DISCARDED, me, now, null, null);
      default -> throw new IllegalArgumentException(String.valueOf(action));
    }
    em.flush();
    return InboundView.of(m);
  }

  private InboundMail find(long id) {
    InboundMail m = em.find(InboundMail.class, id);
    if (m == null) {
      throw new DomainException(Kind.NOT_FOUND, "mail.not-found", "No mail " + id, id);
    }
    return m;
  }

  /** A page of the list without the raw sources (which stay on disk until one is opened). */
  @SuppressWarnings("unchecked")
  private Page<InboundView> page(String filter, String outcome, String before, int limit) {
    Keyset from = Keyset.parse(before);
    int max = Math.max(1, Math.min(limit, MAX_PAGE));
    var query =
        em.createNativeQuery(
                "SELECT id, received_at, from_address, subject, outcome, reason, ticket_number,"
                    + " review_status, reviewed_by, reviewed_at, raw_size, raw_truncated,"
                    + " CAST(parsed AS text), version FROM mail_in WHERE (received_at, id) < (?1, ?2)"
                    + filter
                    + " ORDER BY received_at DESC, id DESC LIMIT ?3")
            .setParameter(1, OffsetDateTime.ofInstant(from.at(), ZoneOffset.UTC))
            .setParameter(2, from.id())
            .setParameter(3, max + 1);
    if (outcome != null) {
      query.setParameter(4, outcome.toLowerCase(Locale.ROOT));
    }
    List<Object[]> rows = query.getResultList();
    boolean more = rows.size() > max;
    List<InboundView> shown =
        (more ? rows.subList(0, max) : rows).stream().map(InboundMails::view).toList();
    InboundView last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
    return new Page<>(shown, more ? Keyset.of(last.receivedAt(), last.id()) : null);
  }

  private static InboundView view(Object[] r) {
    return new InboundView(
        ((Number) r[0]).longValue(),
        instant(r[1]),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        (String) r[7],
        (String) r[8],
        instant(r[9]),
        ((Number) r[10]).intValue(),
        (Boolean) r[11],
        (String) r[12],
        ((Number) r[13]).longValue());
  }
}
