package id.loket.ticket.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Audit values are stored as typed JSON and read back as the text pages show. */
class AuditEntryTest {

  private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

  @Test
  void valuesKeepTheirType() {
    assertThat(AuditEntry.json(TicketStatus.RESOLVED)).isEqualTo("\"RESOLVED\"");
    assertThat(AuditEntry.json(TicketNumber.of(2026, 42))).isEqualTo("\"LKT-2026-000042-6\"");
    assertThat(AuditEntry.json(3)).isEqualTo("3");
    assertThat(AuditEntry.json(true)).isEqualTo("true");
    assertThat(AuditEntry.json("say \"hi\"\n")).isEqualTo("\"say \\\"hi\\\"\\n\"");
    assertThat(AuditEntry.json(null)).isNull();
  }

  @Test
  void anEntryIsMadeFromAChangeAndReadsAsText() {
    AuditEntry e =
        AuditEntry.of(
            7L, new Change(AT, "sari", "status", TicketStatus.NEW, TicketStatus.ASSIGNED));

    assertThat(e.getTicketId()).isEqualTo(7L);
    assertThat(e.getOldValueJson()).isEqualTo("\"NEW\"");
    assertThat(e.getOldValue()).isEqualTo("NEW");
    assertThat(e.getNewValue()).isEqualTo("ASSIGNED");
    assertThat(AuditEntry.of(7L, new Change(AT, "x", "created", null, 5)).getNewValue())
        .isEqualTo("5");
  }
}
