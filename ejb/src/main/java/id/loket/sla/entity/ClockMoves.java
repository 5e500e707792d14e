package id.loket.sla.entity;

import id.loket.shared.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a ticket's clocks move when its status changes or staff answer — the rules in one place, in
 * plain Java: <i>Waiting for requester</i> pauses (and <i>Waiting for third party</i> unless
 * configured otherwise), leaving a pausing status resumes, <i>Resolved</i> meets the first response
 * and the resolution and stops a next-response clock, <i>Reopened</i> lets the resolution clock go
 * on (the resolved time a pause), <i>Closed</i> stops what was not met, a public answer of staff
 * meets the first and the next response, a merge stops everything. Each move is reported for the
 * ledger.
 */
public final class ClockMoves {

  /** One move of one clock, for the ledger. */
  public record Move(
      TicketSla clock, SlaEvent.Kind kind, String actor, Instant at, JsonObject detail) {}

  static final String WAITING_FOR_REQUESTER = "WAITING_FOR_REQUESTER";
  static final String WAITING_FOR_THIRD_PARTY = "WAITING_FOR_THIRD_PARTY";

  private final Map<SlaTarget, TicketSla> clocks;
  private final boolean pauseThirdParty;
  private final List<Move> moves = new ArrayList<>();

  /**
   * @param clocks the ticket's clocks, changed in place
   * @param pauseThirdParty whether waiting for a third party stops the clocks
   */
  public ClockMoves(Map<SlaTarget, TicketSla> clocks, boolean pauseThirdParty) {
    this.clocks = clocks;
    this.pauseThirdParty = pauseThirdParty;
  }

  /** Whether a ticket in {@code status} has its clocks stopped. */
  public boolean pauses(String status) {
    return WAITING_FOR_REQUESTER.equals(status)
        || (WAITING_FOR_THIRD_PARTY.equals(status) && pauseThirdParty);
  }

  /** The ticket moved from {@code from} (null: unknown) to {@code to}. */
  public void status(String from, String to, Instant at, String actor) {
    for (TicketSla c : clocks.values()) {
      SlaTarget t = c.getTarget();
      if ("RESOLVED".equals(to)) {
        boolean next = t == SlaTarget.NEXT_RESPONSE;
        if (next ? c.stop(at) : c.meet(at)) {
          add(c, next ? SlaEvent.Kind.STOPPED : SlaEvent.Kind.MET, actor, at, to);
        }
      } else if ("CLOSED".equals(to)) {
        if (c.getMetAt() == null && c.stop(at)) {
          add(c, SlaEvent.Kind.STOPPED, actor, at, to);
        }
      } else if ("REOPENED".equals(to) && t == SlaTarget.RESOLUTION) {
        if (c.unmeet(at)) {
          add(c, SlaEvent.Kind.REOPENED, actor, at, to);
        }
      } else if (pauses(to)) {
        if (c.pause(at, to)) {
          add(c, SlaEvent.Kind.PAUSED, actor, at, to);
        }
      } else if (c.resume(at)) {
        add(c, SlaEvent.Kind.RESUMED, actor, at, from == null ? "" : from);
      }
    }
  }

  /** Staff answered publicly: the first and the next response are met. */
  public void staffReply(Instant at, String actor) {
    for (SlaTarget t : List.of(SlaTarget.FIRST_RESPONSE, SlaTarget.NEXT_RESPONSE)) {
      TicketSla c = clocks.get(t);
      if (c != null && c.isLive() && c.meet(at)) {
        add(c, SlaEvent.Kind.MET, actor, at, "reply");
      }
    }
  }

  /** Every clock ends for {@code reason} (a merge). */
  public void stopAll(Instant at, String actor, String reason) {
    for (TicketSla c : clocks.values()) {
      if (c.stop(at)) {
        add(c, SlaEvent.Kind.STOPPED, actor, at, reason);
      }
    }
  }

  /** Reports a move made elsewhere (start, recalculation). */
  public void add(Move move) {
    moves.add(move);
  }

  public List<Move> moves() {
    return moves;
  }

  private void add(TicketSla c, SlaEvent.Kind kind, String actor, Instant at, String reason) {
    moves.add(
        new Move(c, kind, actor, at, Json.createObjectBuilder().add("reason", reason).build()));
  }
}
