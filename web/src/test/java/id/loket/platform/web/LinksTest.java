package id.loket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Location links come from configuration or the server's own path, never from the Host header. */
class LinksTest {

  private static final URI FORGED = URI.create("http://evil.example/loket-web/api/");

  @Test
  void withoutPublicBaseTheLinkIsRelativeToTheServer() {
    URI link = Links.api("", FORGED, "tickets/LKT-2026-000001-7");

    assertThat(link).hasToString("/loket-web/api/tickets/LKT-2026-000001-7");
    assertThat(link.isAbsolute()).isFalse();
  }

  @Test
  void withPublicBaseTheLinkUsesIt() {
    assertThat(Links.api("https://loket.example.org/desk", FORGED, "tickets/LKT-2026-000001-7"))
        .hasToString("https://loket.example.org/desk/api/tickets/LKT-2026-000001-7");
    assertThat(Links.api(" https://loket.example.org/ ", FORGED, "tickets/X"))
        .hasToString("https://loket.example.org/api/tickets/X");
  }
}
