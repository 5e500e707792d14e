package id.loket.attachment.boundary;

import id.loket.attachment.control.AttachmentStore;
import id.loket.attachment.control.AttachmentWriter;
import id.loket.attachment.control.UploadPolicy.Vetted;
import id.loket.attachment.entity.Attachment;
import id.loket.attachment.entity.Upload;
import id.loket.identity.entity.Roles;
import id.loket.platform.LoketConfig;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.Page;
import id.loket.ticket.boundary.NewComment;
import id.loket.ticket.boundary.NewTicket;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketNotFoundException;
import id.loket.ticket.boundary.TicketService;
import id.loket.ticket.entity.Channel;
import id.loket.ticket.entity.Comment;
import id.loket.ticket.entity.TicketNumber;
import id.loket.ticket.entity.TicketStatus;
import id.loket.ticket.entity.Visibility;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Attachments as callers see them: stored with a new ticket or a new comment (in the same
 * transaction: the ticket or comment and its files are kept together or not at all), added to a
 * ticket, listed, and read back. Who may see a ticket is the ticket feature's decision ({@link
 * TicketService#get}); attachments of internal notes are for staff only. Anyone else gets "not
 * found", which names neither the ticket nor the file.
 */
@Stateless
@DeclareRoles({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class Attachments {

  public static final int MAX_PAGE = 200;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;
  @Inject LoketConfig config;
  @Inject AttachmentStore store;
  @Inject AttachmentWriter writer;
  @EJB TicketService tickets;

  /**
   * Checks one file as soon as a form receives it (before the ticket or comment exists).
   *
   * @return the type detected from its bytes
   * @throws id.loket.shared.InvalidFieldException saying why the file is refused
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public String vet(@NotNull Upload upload) {
    return writer.policy().vet(upload).mediaType();
  }

  /** Opens a ticket for the caller with these files. */
  public WithAttachments openWith(
      @NotNull @Valid NewTicket request, @NotNull List<Upload> uploads) {
    return openWith(request, Channel.API, uploads);
  }

  /** Opens a ticket that came in through {@code channel} with these files, all or nothing. */
  public WithAttachments openWith(
      @NotNull @Valid NewTicket request, @NotNull Channel channel, @NotNull List<Upload> uploads) {
    List<Vetted> files = writer.policy().vet(uploads, 0); // before anything is written
    TicketDetails ticket = tickets.open(request, channel);
    return new WithAttachments(
        ticket,
        views(writer.store(ticketId(ticket.number()), null, false, files, me(), clock.instant())));
  }

  /**
   * Adds a reply or an internal note with these files to a ticket.
   *
   * @param expectedVersion the version the caller's copy shows, or {@code null} not to check
   */
  public WithAttachments commentWith(
      String number,
      @NotNull @Valid NewComment request,
      Long expectedVersion,
      @NotNull List<Upload> uploads) {
    TicketDetails ticket = tickets.comment(number, request, expectedVersion);
    if (uploads.isEmpty()) {
      return new WithAttachments(ticket, List.of());
    }
    long ticketId = ticketId(ticket.number());
    Comment comment =
        em.createQuery(
                "SELECT c FROM Comment c WHERE c.ticketId = :ticket AND c.author = :me"
                    + " ORDER BY c.createdAt DESC, c.id DESC",
                Comment.class)
            .setParameter("ticket", ticketId)
            .setParameter("me", me())
            .setMaxResults(1)
            .getSingleResult(); // the one just written, in this transaction
    writer.lock(ticketId);
    List<Vetted> files = writer.policy().vet(uploads, writer.storedBytes(ticketId));
    return new WithAttachments(
        ticket,
        views(
            writer.store(
                ticketId,
                comment.getId(),
                comment.getVisibility() == Visibility.INTERNAL,
                files,
                me(),
                clock.instant())));
  }

  /**
   * Attaches files to a ticket itself (not to a comment).
   *
   * @param expectedVersion the version the caller's copy shows, or {@code null} not to check
   * @return the stored attachments, in the order sent
   */
  public List<AttachmentView> add(
      String number, Long expectedVersion, @NotNull List<Upload> uploads) {
    TicketDetails ticket = tickets.get(number);
    if (expectedVersion != null && expectedVersion != ticket.version()) {
      throw DomainException.stale(
          "ticket.stale", ticket.number(), expectedVersion, ticket.version());
    }
    if (TicketStatus.CLOSED.name().equals(ticket.status())) {
      throw new DomainException(
          Kind.CONFLICT,
          "attachment.ticket-closed",
          "Ticket " + ticket.number() + " is closed",
          ticket.number());
    }
    if (uploads.isEmpty()) {
      throw new DomainException("attachment.none", "No file was sent");
    }
    long ticketId = ticketId(ticket.number());
    writer.lock(ticketId);
    List<Vetted> files = writer.policy().vet(uploads, writer.storedBytes(ticketId));
    return views(writer.store(ticketId, null, false, files, me(), clock.instant()));
  }

  /**
   * A ticket's attachments, newest first: at most {@code limit} older than the cursor {@code
   * before} ({@code null}: from the newest). A requester gets none of internal notes.
   */
  @SuppressWarnings("unchecked")
  public Page<AttachmentView> list(String number, String before, int limit) {
    TicketDetails ticket = tickets.get(number);
    Cursor from = Cursor.parse(before);
    int max = Math.max(1, Math.min(limit, MAX_PAGE));
    List<Attachment> rows =
        em.createNativeQuery(
                "SELECT * FROM attachment WHERE ticket_id = ?1"
                    + (staff() ? "" : " AND NOT internal")
                    + " AND (uploaded_at, id) < (?2, ?3) ORDER BY uploaded_at DESC, id DESC"
                    + " LIMIT ?4",
                Attachment.class)
            .setParameter(1, ticketId(ticket.number()))
            .setParameter(2, OffsetDateTime.ofInstant(from.at(), ZoneOffset.UTC))
            .setParameter(3, from.id())
            .setParameter(4, max + 1)
            .getResultList();
    boolean more = rows.size() > max;
    List<Attachment> shown = more ? rows.subList(0, max) : rows;
    Attachment last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
    return new Page<>(
        shown.stream().map(AttachmentView::of).toList(),
        more ? Cursor.of(last.getUploadedAt(), last.getId()) : null);
  }

  /** The bytes of an attachment the caller may see. */
  public Download content(long id) {
    Attachment a = visible(id);
    byte[] bytes = store.content(id).orElseThrow(() -> new AttachmentNotFoundException(id));
    return new Download(a.getName(), a.getMediaType(), bytes, a.isInline());
  }

  /** The PNG preview of a picture the caller may see. */
  public Download thumbnail(long id) {
    Attachment a = visible(id);
    byte[] bytes =
        a.hasThumbnail()
            ? store.thumbnail(id).orElseThrow(() -> new AttachmentNotFoundException(id))
            : null;
    if (bytes == null) {
      throw new AttachmentNotFoundException(id);
    }
    return new Download(thumbnailName(a.getName()), "image/png", bytes, true);
  }

  private static List<AttachmentView> views(List<Attachment> stored) {
    return stored.stream().map(AttachmentView::of).toList();
  }

  private static String thumbnailName(String name) {
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name) + "-preview.png";
  }

  private Attachment visible(long id) {
    Attachment a = em.find(Attachment.class, id);
    if (a == null || (a.isInternal() && !staff())) {
      throw new AttachmentNotFoundException(id);
    }
    TicketNumber number =
        em.createQuery("SELECT t.number FROM Ticket t WHERE t.id = :id", TicketNumber.class)
            .setParameter("id", a.getTicketId())
            .getSingleResult();
    try {
      tickets.get(number.value()); // the ticket feature decides who sees a ticket
    } catch (TicketNotFoundException hidden) {
      throw new AttachmentNotFoundException(id);
    }
    return a;
  }

  /**
   * Moves every attachment of ticket {@code fromNumber} to {@code toNumber}, as a merge of a
   * duplicate into its primary does (staff only; both tickets must be visible to the caller). They
   * keep their comment, which moved with the conversation. The primary may end above the per-ticket
   * upload limit: that limit guards uploads, not merges.
   *
   * @return how many moved
   */
  @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
  public int moveAll(String fromNumber, String toNumber) {
    long from = ticketId(tickets.get(fromNumber).number());
    long to = ticketId(tickets.get(toNumber).number());
    writer.lock(to);
    return em.createNativeQuery("UPDATE attachment SET ticket_id = ?1 WHERE ticket_id = ?2")
        .setParameter(1, to)
        .setParameter(2, from)
        .executeUpdate();
  }

  private long ticketId(String number) {
    return em.createQuery("SELECT t.id FROM Ticket t WHERE t.number = :number", Long.class)
        .setParameter("number", TicketNumber.parse(number))
        .getSingleResult();
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private boolean staff() {
    return Roles.isStaff(session::isCallerInRole);
  }
}
