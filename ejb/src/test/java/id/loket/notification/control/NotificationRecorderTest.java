package id.loket.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.messaging.boundary.EventEnvelope;
import id.loket.notification.control.NotificationRecorder.Notice;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationRecorderTest {

  private static EventEnvelope event(String type, JsonObjectBuilder data) {
    return new EventEnvelope(
        1L,
        type,
        "ticket",
        "LKT-2026-000001-5",
        Instant.parse("2026-11-23T08:00:00Z"),
        data.add("number", "LKT-2026-000001-5").add("requester", "rina").build());
  }

  @Test
  void aNewTicketIsReceived() {
    assertThat(NotificationRecorder.noticeOf(event("TICKET_CREATED", Json.createObjectBuilder())))
        .isEqualTo(new Notice("rina", NotificationRecorder.TICKET_RECEIVED, null));
  }

  @Test
  void aPublicReplyByStaffNotifiesTheRequesterWithItsAuthor() {
    EventEnvelope reply =
        event(
            "TICKET_COMMENTED",
            Json.createObjectBuilder().add("author", "sari").add("visibility", "PUBLIC"));
    assertThat(NotificationRecorder.noticeOf(reply))
        .isEqualTo(new Notice("rina", NotificationRecorder.TICKET_REPLIED, "sari"));
  }

  @Test
  void internalNotesAndTheRequestersOwnRepliesNotifyNobody() {
    assertThat(
            NotificationRecorder.noticeOf(
                event(
                    "TICKET_COMMENTED",
                    Json.createObjectBuilder()
                        .add("author", "sari")
                        .add("visibility", "INTERNAL"))))
        .isNull();
    assertThat(
            NotificationRecorder.noticeOf(
                event(
                    "TICKET_COMMENTED",
                    Json.createObjectBuilder().add("author", "rina").add("visibility", "PUBLIC"))))
        .isNull();
  }

  @Test
  void aStatusChangeBySomeoneElseNotifiesWithTheNewStatus() {
    EventEnvelope moved =
        event(
            "TICKET_STATUS_CHANGED",
            Json.createObjectBuilder()
                .add("status", "RESOLVED")
                .add("from", "IN_PROGRESS")
                .add("actor", "sari"));
    assertThat(NotificationRecorder.noticeOf(moved))
        .isEqualTo(new Notice("rina", NotificationRecorder.TICKET_STATUS_CHANGED, "RESOLVED"));
    EventEnvelope closedByRina =
        event(
            "TICKET_STATUS_CHANGED",
            Json.createObjectBuilder()
                .add("status", "CLOSED")
                .add("from", "RESOLVED")
                .add("actor", "rina"));
    assertThat(NotificationRecorder.noticeOf(closedByRina)).isNull();
  }

  @Test
  void assignmentsAreNotTheRequestersNews() {
    assertThat(
            NotificationRecorder.noticeOf(
                event("TICKET_ASSIGNED", Json.createObjectBuilder().add("assignee", "sari"))))
        .isNull();
  }
}
