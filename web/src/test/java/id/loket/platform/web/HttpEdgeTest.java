package id.loket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.platform.web.HttpEdge.Verdict;
import org.junit.jupiter.api.Test;

class HttpEdgeTest {

  @Test
  void servedMethodsPassOthersAreRefused() {
    for (String method : HttpEdge.SERVED) {
      assertThat(HttpEdge.judge(method, 10, false, null, 100)).isEqualTo(Verdict.ADMIT);
    }
    assertThat(HttpEdge.judge("TRACE", -1, false, null, 100)).isEqualTo(Verdict.METHOD_NOT_ALLOWED);
    assertThat(HttpEdge.judge("trace", -1, false, null, 100)).isEqualTo(Verdict.METHOD_NOT_ALLOWED);
    assertThat(HttpEdge.judge("CONNECT", -1, false, null, 100))
        .isEqualTo(Verdict.METHOD_NOT_ALLOWED);
    assertThat(HttpEdge.judge("QUERY", -1, false, null, 100)).isEqualTo(Verdict.NOT_IMPLEMENTED);
    assertThat(HttpEdge.judge("PATCH", -1, false, null, 100)).isEqualTo(Verdict.NOT_IMPLEMENTED);
    assertThat(HttpEdge.judge("get", -1, false, null, 100)).isEqualTo(Verdict.NOT_IMPLEMENTED);
    assertThat(HttpEdge.judge(null, -1, false, null, 100)).isEqualTo(Verdict.NOT_IMPLEMENTED);
  }

  @Test
  void aDeclaredBodyOverTheLimitIsTooLarge() {
    assertThat(HttpEdge.judge("POST", 100, false, null, 100)).isEqualTo(Verdict.ADMIT);
    assertThat(HttpEdge.judge("POST", 101, false, null, 100)).isEqualTo(Verdict.TOO_LARGE);
    assertThat(HttpEdge.judge("POST", -1, false, null, 100)).isEqualTo(Verdict.ADMIT);
  }

  @Test
  void aFormOfUnknownLengthIsRefusedAJsonBodyIsCountedWhileRead() {
    assertThat(HttpEdge.judge("POST", -1, true, "application/x-www-form-urlencoded", 100))
        .isEqualTo(Verdict.LENGTH_REQUIRED);
    assertThat(HttpEdge.judge("POST", -1, true, "multipart/form-data; boundary=x", 100))
        .isEqualTo(Verdict.LENGTH_REQUIRED);
    assertThat(HttpEdge.judge("POST", -1, true, "application/json", 100)).isEqualTo(Verdict.ADMIT);
    assertThat(HttpEdge.judge("POST", 10, false, "application/x-www-form-urlencoded", 100))
        .isEqualTo(Verdict.ADMIT);
  }

  @Test
  void onlyStaticResourcesMayBeCached() {
    assertThat(HttpEdge.isStaticResource("/jakarta.faces.resource/core.js.xhtml")).isTrue();
    assertThat(HttpEdge.isStaticResource("/resources/loket/loket.css")).isTrue();
    assertThat(HttpEdge.isStaticResource("/tickets/view.xhtml")).isFalse();
    assertThat(HttpEdge.isStaticResource("/api/tickets")).isFalse();
  }

  @Test
  void pagesAreViewsAndTheWelcomePage() {
    assertThat(HttpEdge.isPage("/")).isTrue();
    assertThat(HttpEdge.isPage("/tickets/view.xhtml")).isTrue();
    assertThat(HttpEdge.isPage("/api/tickets")).isFalse();
    assertThat(HttpEdge.isPage("/health")).isFalse();
  }

  @Test
  void aMethodIsShownOnlyAsLettersAndEscapedInJson() {
    assertThat(HttpEdge.sanitize("<script>alert(1)</script>")).isEqualTo("scriptalertscript");
    assertThat(HttpEdge.sanitize("X".repeat(50))).hasSize(20);
    assertThat(Problem.jsonEscape("a\"b\\c\n")).isEqualTo("a\\\"b\\\\c\\u000a");
  }
}
