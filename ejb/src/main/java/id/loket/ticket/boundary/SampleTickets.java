package id.loket.ticket.boundary;

import id.loket.ticket.control.TicketEvents;
import id.loket.ticket.control.TicketNumbers;
import id.loket.ticket.entity.Impact;
import id.loket.ticket.entity.Ticket;
import id.loket.ticket.entity.TicketStatus;
import id.loket.ticket.entity.Urgency;
import id.loket.ticket.entity.Visibility;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Two sample tickets with a short conversation, for demo data. A local bean only (no API reaches
 * it); it acts as the people it names, without a signed-in caller.
 */
@Stateless
@PermitAll
public class SampleTickets {

  @PersistenceContext EntityManager em;
  @Inject TicketNumbers numbers;
  @Inject TicketEvents events;
  @Inject TicketTrail trail;

  public void create(Instant now) {
    Ticket vpn =
        Ticket.open(
            numbers.next(now),
            "rina",
            "VPN disconnects every few minutes",
            "Since Monday the VPN client drops the connection every 5–10 minutes when working from home.",
            "network",
            Impact.MEDIUM,
            Urgency.HIGH,
            now);
    em.persist(vpn);
    em.flush(); // the ticket row first: its history and comments refer to it
    vpn.assign("sari", "tono", now);
    vpn.moveTo(TicketStatus.IN_PROGRESS, "sari", now);
    em.persist(
        vpn.addComment(
            "sari",
            "Bisa kirim log VPN client dari menu Help → Export logs?",
            Visibility.PUBLIC,
            now));
    em.persist(
        vpn.addComment(
            "sari",
            "Probably the split-tunnel profile rolled out last week.",
            Visibility.INTERNAL,
            now));
    store(vpn);
    Ticket flight =
        Ticket.open(
            numbers.next(now),
            "budi",
            "Ubah jadwal penerbangan Jakarta–Surabaya",
            "Mohon ubah penerbangan tanggal 3 Desember ke pagi hari (sebelum jam 09.00).",
            "travel-change",
            Impact.LOW,
            Urgency.MEDIUM,
            now);
    em.persist(flight);
    em.flush();
    store(flight);
  }

  private void store(Ticket ticket) {
    trail.record(ticket);
    em.flush();
    events.created(ticket);
  }
}
