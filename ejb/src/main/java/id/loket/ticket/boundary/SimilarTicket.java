package id.loket.ticket.boundary;

import java.util.List;

/**
 * An open ticket that looks like what the caller is writing. {@code yours}: the caller may read it
 * (their own, one they watch, or any for staff); otherwise only its number and title are shown (see
 * {@link SimilarTickets}). {@code matches}: the caller's words found in it (to highlight them).
 */
public record SimilarTicket(
    String number, String title, String status, boolean yours, List<String> matches) {}
