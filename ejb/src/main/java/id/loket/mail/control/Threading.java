package id.loket.mail.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Finds the ticket a mail answers, by what cannot be forged first: a signed reply token in an
 * address the mail was sent to (our Reply-To) or in the Message-ID it answers (ours carry one);
 * then In-Reply-To and References that name a mail we sent or received for a ticket. (The ticket
 * number in the subject is the caller's last resort: anyone can type one.)
 */
@Dependent
public class Threading {

  /** How the ticket was found. */
  public enum Via {
    TOKEN,
    HEADERS
  }

  /** The ticket a mail answers and how it was found. */
  public record Found(long ticketId, Via via) {}

  @PersistenceContext EntityManager em;
  @Inject MailKeys keys;

  public Optional<Found> find(ParsedMail mail) {
    ReplyTokens tokens = keys.tokens();
    List<String> addresses = new ArrayList<>(mail.to());
    addresses.addAll(mail.cc());
    for (String address : addresses) {
      OptionalLong t = tokens.ticketOf(address);
      if (t.isPresent()) {
        return Optional.of(new Found(t.getAsLong(), Via.TOKEN));
      }
    }
    List<String> ids = new ArrayList<>(mail.inReplyTo());
    List<String> refs = new ArrayList<>(mail.references());
    java.util.Collections.reverse(refs); // the newest reference first
    ids.addAll(refs);
    for (String id : ids) {
      OptionalLong t = tokens.ticketOf(id);
      if (t.isPresent()) {
        return Optional.of(new Found(t.getAsLong(), Via.TOKEN));
      }
    }
    for (String id : ids) {
      Optional<Long> t = ticketOfMessage(id);
      if (t.isPresent()) {
        return Optional.of(new Found(t.get(), Via.HEADERS));
      }
    }
    return Optional.empty();
  }

  /** The ticket of a mail we sent or received with this Message-ID. */
  @SuppressWarnings("unchecked")
  private Optional<Long> ticketOfMessage(String messageId) {
    if (messageId == null || messageId.isBlank() || messageId.length() > 998) {
      return Optional.empty();
    }
    List<Number> found =
        em.createNativeQuery(
                "SELECT ticket_id FROM mail_out WHERE message_id = ?1 AND ticket_id IS NOT NULL"
                    + " UNION ALL SELECT ticket_id FROM mail_in WHERE message_id = ?1"
                    + " AND ticket_id IS NOT NULL LIMIT 1")
            .setParameter(1, messageId)
            .getResultList();
    return found.stream().findFirst().map(Number::longValue);
  }
}
