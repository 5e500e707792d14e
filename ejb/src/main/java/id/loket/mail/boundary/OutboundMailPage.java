package id.loket.mail.boundary;

import java.util.List;
import java.util.Map;

/**
 * One page of the outbound mails, newest first, with how many mails there are per status.
 *
 * @param next the cursor of the older page, or null on the last one
 * @param counts mails per status (PENDING, SENT, FAILED)
 */
public record OutboundMailPage(
    List<OutboundMailView> items, String next, Map<String, Long> counts) {
  public OutboundMailPage {
    items = List.copyOf(items);
    counts = Map.copyOf(counts);
  }
}
