package id.loket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only uploads of attachments may be larger than the ordinary body limit. */
class HttpEdgeUploadTest {

  private static final String MULTIPART = "multipart/form-data; boundary=x";

  @Test
  void multipartPostsToAttachmentsAndTicketPagesAreUploads() {
    assertThat(HttpEdge.isUpload("POST", "/api/tickets/LKT-2026-000001-3/attachments", MULTIPART))
        .isTrue();
    assertThat(HttpEdge.isUpload("POST", "/tickets/new.xhtml", MULTIPART)).isTrue();
    assertThat(HttpEdge.isUpload("POST", "/tickets/view.xhtml", "Multipart/Form-Data; b=1"))
        .isTrue();
  }

  @Test
  void aMailFileReplayedOnTheAdministratorsPageIsAnUpload() {
    assertThat(HttpEdge.isUpload("POST", "/admin/mail-inbound.xhtml", MULTIPART)).isTrue();
    assertThat(HttpEdge.isUpload("GET", "/admin/mail-inbound.xhtml", MULTIPART)).isFalse();
    assertThat(HttpEdge.isUpload("POST", "/admin/mail-outbound.xhtml", MULTIPART)).isFalse();
  }

  @Test
  void aRawMailReplayedOverTheApiIsAnUpload() {
    assertThat(HttpEdge.isUpload("POST", "/api/admin/mail/ingest", "message/rfc822")).isTrue();
    assertThat(HttpEdge.isUpload("POST", "/api/admin/mail/ingest", "application/json")).isFalse();
    assertThat(HttpEdge.isUpload("POST", "/api/mail/review", "message/rfc822")).isFalse();
  }

  @Test
  void everythingElseKeepsTheOrdinaryLimit() {
    assertThat(HttpEdge.isUpload("POST", "/api/tickets/X/attachments", "application/json"))
        .isFalse();
    assertThat(HttpEdge.isUpload("PUT", "/api/tickets/X/attachments", MULTIPART)).isFalse();
    assertThat(HttpEdge.isUpload("POST", "/api/tickets/X/comments", MULTIPART)).isFalse();
    assertThat(HttpEdge.isUpload("POST", "/api/tickets/X/attachments/1", MULTIPART)).isFalse();
    assertThat(HttpEdge.isUpload("POST", "/profile.xhtml", MULTIPART)).isFalse();
    assertThat(HttpEdge.isUpload("POST", "/login.xhtml", null)).isFalse();
  }
}
