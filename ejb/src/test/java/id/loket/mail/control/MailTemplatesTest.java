package id.loket.mail.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();

  private static final Map<String, String> VALUES =
      Map.of(
          "number", "LOK-2026-000042",
          "title", "Printer on floor 3 jams",
          "link", "https://loket.example.org/tickets/view.xhtml?number=LOK-2026-000042",
          "desk", "Loket Service Desk",
          "author", "Budi Santoso",
          "message", "Please restart the printer.",
          "days", "14",
          "level", "2",
          "target", "resolution",
          "due", "2026-12-03 16:00 WIB");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "confirmation",
        "agent-reply",
        "waiting",
        "resolved",
        "escalation",
        "satisfaction",
        "secret-warning"
      })
  void everyTicketMailCarriesTheNumberAndFillsItsPlaceholdersInBothLanguages(String kind) {
    for (String language : new String[] {"en", "id"}) {
      MailTemplates.Text text = templates.render(kind, language, VALUES);
      assertThat(text.language()).isEqualTo(language);
      assertThat(text.subject()).contains("[#LOK-2026-000042]").doesNotContain("{", "}", "\n");
      assertThat(text.body()).contains("LOK-2026-000042", "Loket Service Desk").doesNotContain("{");
    }
  }

  @Test
  void confirmationNamesTitleLinkAndHowToReply() {
    MailTemplates.Text en = templates.render("confirmation", "en", VALUES);
    assertThat(en.subject())
        .isEqualTo("[#LOK-2026-000042] We received your request: Printer on floor 3 jams");
    assertThat(en.body())
        .contains("Printer on floor 3 jams")
        .contains("https://loket.example.org/tickets/view.xhtml?number=LOK-2026-000042")
        .contains("reply to this mail");
    MailTemplates.Text id = templates.render("confirmation", "id", VALUES);
    assertThat(id.subject()).startsWith("[#LOK-2026-000042] Permintaan Anda sudah kami terima");
    assertThat(id.body()).contains("balas surel ini").contains("Printer on floor 3 jams");
  }

  @Test
  void theTextsDifferPerLanguage() {
    assertThat(templates.render("resolved", "id", VALUES).body())
        .contains("dalam 14 hari")
        .isNotEqualTo(templates.render("resolved", "en", VALUES).body());
    assertThat(templates.render("resolved", "en", VALUES).body()).contains("within 14 days");
    assertThat(templates.render("agent-reply", "id", VALUES).body())
        .contains("Budi Santoso membalas tiket Anda", "Please restart the printer.");
    assertThat(templates.render("escalation", "en", VALUES).body())
        .contains("level 2", "resolution", "2026-12-03 16:00 WIB");
  }

  @Test
  void unknownOrMissingLanguageIsEnglish() {
    assertThat(templates.render("waiting", "fr", VALUES))
        .isEqualTo(templates.render("waiting", "en", VALUES));
    assertThat(templates.render("waiting", null, VALUES).language()).isEqualTo("en");
    assertThat(templates.render("waiting", "id-ID", VALUES).language()).isEqualTo("id");
  }

  @Test
  void missingPlaceholdersBecomeEmptyAndValuesAreTakenLiterally() {
    MailTemplates.Text text =
        templates.render(
            "rejection", "en", Map.of("subject", "Help $1 \\ {title}", "desk", "Desk"));
    assertThat(text.subject()).isEqualTo("Re: Help $1 \\ {title}");
    assertThat(text.body()).doesNotContain("{desk}").endsWith("Desk");
  }

  @Test
  void unknownKindIsRefused() {
    assertThatThrownBy(() -> templates.render("spam", "en", VALUES))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
