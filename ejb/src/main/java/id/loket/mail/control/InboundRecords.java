package id.loket.mail.control;

import id.loket.mail.entity.InboundMail;
import id.loket.shared.Json;
import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The questions the intake asks of the mail already received: was this message seen (its mailbox
 * UID, or its Message-ID when it changed a ticket), how much has this sender sent in the last hour;
 * and what of a parsed message is kept beside its raw source.
 */
@Dependent
public class InboundRecords {

  @PersistenceContext EntityManager em;

  public Optional<InboundMail> seen(String mailbox, Long uidValidity, Long uid) {
    if (uid == null) {
      return Optional.empty();
    }
    var query =
        em.createQuery(
                "SELECT m FROM InboundMail m WHERE m.mailbox = :box AND m.uid = :uid"
                    + (uidValidity == null
                        ? " AND m.uidValidity IS NULL"
                        : " AND m.uidValidity = :v"),
                InboundMail.class)
            .setParameter("box", mailbox)
            .setParameter("uid", uid);
    if (uidValidity != null) {
      query.setParameter("v", uidValidity);
    }
    return query.getResultStream().findFirst();
  }

  /** The record of a message with this Message-ID that created, changed or named a ticket. */
  public Optional<InboundMail> changedTicket(String messageId) {
    if (messageId == null || messageId.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT m FROM InboundMail m WHERE m.messageId = :id AND m.outcome IN"
                + " ('ticket-created', 'comment-added', 'review')",
            InboundMail.class)
        .setParameter("id", messageId)
        .getResultStream()
        .findFirst();
  }

  /** How many mails {@code from} sent in the hour before {@code now} (index ix_mail_in_sender). */
  public long sentWithinHour(String from, Instant now) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM mail_in WHERE from_address = ?1 AND received_at > ?2")
                .setParameter(1, from)
                .setParameter(
                    2, OffsetDateTime.ofInstant(now.minus(1, ChronoUnit.HOURS), ZoneOffset.UTC))
                .getSingleResult())
        .longValue();
  }

  /** What was parsed, as kept in {@code mail_in.parsed} (the raw source is kept beside it). */
  public String parsedJson(ParsedMail mail, List<String> refused) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    put(o, "from", mail.fromAddress());
    put(o, "fromName", mail.fromName());
    o.add("to", strings(mail.to()));
    o.add("cc", strings(mail.cc()));
    put(o, "subject", mail.subject());
    put(o, "textSnippet", mail.textSnippet());
    put(o, "messageId", mail.messageId());
    o.add("inReplyTo", strings(mail.inReplyTo()));
    o.add("references", strings(mail.references()));
    put(o, "date", mail.date() == null ? null : mail.date().toString());
    put(o, "noise", mail.noise().name());
    JsonArrayBuilder files = Json.createArrayBuilder();
    for (MailAttachment a : mail.attachments()) {
      files.add(
          Json.createObjectBuilder()
              .add("name", a.fileName())
              .add("contentType", a.contentType())
              .add("size", a.size())
              .add("inline", a.inline()));
    }
    o.add("attachments", files);
    o.add("warnings", strings(mail.warnings()));
    o.add("refused", strings(refused));
    return o.build().toString();
  }

  private static void put(JsonObjectBuilder o, String key, String value) {
    if (value == null) {
      o.addNull(key);
    } else {
      o.add(key, value);
    }
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    values.forEach(v -> a.add(v == null ? "" : v));
    return a;
  }
}
