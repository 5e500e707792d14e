package id.loket.queue.boundary;

import id.loket.identity.entity.Roles;
import id.loket.queue.boundary.BulkResult.Row;
import id.loket.queue.control.QueueReader;
import id.loket.queue.entity.QueuePolicy;
import id.loket.queue.entity.Viewer;
import id.loket.shared.DomainException;
import id.loket.shared.InvalidFieldException;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketRouting;
import id.loket.ticket.boundary.TicketService;
import id.loket.ticket.boundary.TransitionRequest;
import id.loket.ticket.entity.TicketStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Bulk actions on selected queue rows. Each row is its own change through {@link TicketService} —
 * its own transaction, its own audit rows written by the ticket aggregate, its own events — based
 * on the version the caller's row showed: a row someone changed meanwhile is reported {@code STALE}
 * and left alone, never overwritten. The result is per row, not all-or-nothing: an agent who
 * assigns twenty tickets and finds one taken by a colleague keeps the nineteen and sees the one.
 *
 * <p>An agent acts only on tickets of their teams or their own; team leads, managers and
 * administrators on any ticket ({@link QueuePolicy}).
 */
@Stateless
@DeclareRoles({Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class BulkActions {

  public static final int MAX_ITEMS = 100;

  @Resource SessionContext session;
  @Inject QueueReader reader;
  @EJB TicketService tickets;
  @EJB TicketRouting routing;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BulkResult apply(BulkRequest request) {
    TransitionRequest change = change(request);
    String team = team(request);
    List<BulkRequest.Item> items = request.itemList(MAX_ITEMS);
    Viewer me = viewer();
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (BulkRequest.Item item : items) {
      if (!seen.add(item.number())) {
        continue;
      }
      rows.add(one(me, item, change, team));
    }
    return new BulkResult(rows);
  }

  private Row one(Viewer me, BulkRequest.Item item, TransitionRequest change, String team) {
    if (!mayAct(me, item.number())) {
      return new Row(item.number(), "NOT_FOUND", null, "ticket.not-found");
    }
    try {
      TicketDetails done =
          team != null
              ? routing.moveToTeam(item.number(), team, item.version())
              : tickets.transition(item.number(), change, item.version());
      return new Row(item.number(), "DONE", done.version(), null);
    } catch (DomainException e) {
      return switch (e.kind()) {
        case STALE -> new Row(item.number(), "STALE", current(e), e.messageKey());
        case NOT_FOUND, MALFORMED -> new Row(item.number(), "NOT_FOUND", null, e.messageKey());
        default -> new Row(item.number(), "REFUSED", null, e.messageKey());
      };
    }
  }

  /** The current version a STALE refusal of the ticket service names (its third argument). */
  private static Long current(DomainException e) {
    Object[] args = e.args();
    return args.length >= 3 && args[2] instanceof Number n ? n.longValue() : null;
  }

  private boolean mayAct(Viewer me, String number) {
    if (me.overseer()) {
      return true;
    }
    String[] where = reader.teamAndAssignee(number);
    return where != null
        && (me.username().equals(where[1])
            || (where[0] != null && QueuePolicy.mayReadTeam(me, where[0])));
  }

  /** The team of a TEAM action (422 on {@code team} when missing), else {@code null}. */
  private static String team(BulkRequest request) {
    if (request.getAction() != BulkRequest.Action.TEAM) {
      return null;
    }
    if (request.getTeam() == null || request.getTeam().isBlank()) {
      throw new InvalidFieldException("team", "queue.bulk.team.required");
    }
    return request.getTeam().strip();
  }

  /** The transition of an ASSIGN or STATUS action, else {@code null}. */
  private static TransitionRequest change(BulkRequest request) {
    if (request == null || request.getAction() == null) {
      throw new InvalidFieldException("action", "queue.bulk.action.invalid");
    }
    return switch (request.getAction()) {
      case TEAM -> null;
      case ASSIGN -> {
        if (request.getAssignee() == null || request.getAssignee().isBlank()) {
          throw new InvalidFieldException("assignee", "queue.bulk.assignee.required");
        }
        yield new TransitionRequest(TicketStatus.ASSIGNED, request.getAssignee().strip());
      }
      case STATUS -> {
        try {
          yield new TransitionRequest(
              TicketStatus.valueOf(String.valueOf(request.getStatus())), null);
        } catch (IllegalArgumentException e) {
          throw new InvalidFieldException("status", "queue.bulk.status.invalid");
        }
      }
    };
  }

  private Viewer viewer() {
    String me = session.getCallerPrincipal().getName();
    boolean overseer = Roles.isOverseer(session::isCallerInRole);
    return new Viewer(me, true, overseer, reader.teamsOf(me));
  }
}
