package id.loket.knowledge.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.shared.DomainException;
import id.loket.shared.InvalidFieldException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void aLanguageMayBeMissingAndReadersGetTheOther() {
    Article a =
        Article.write(
            "vpn-setup",
            new Article.Content(
                "network", "VPN", "Use the **VPN**.", null, null, ArticleStatus.DRAFT),
            "sari",
            NOW);
    assertThat(a.title("id")).isEqualTo("VPN");
    assertThat(a.shownLanguage("id")).isEqualTo("en");
    assertThat(a.isPublished()).isFalse();
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThatThrownBy(
            () ->
                Article.write(
                    "Not A Slug",
                    new Article.Content("", "Title only", null, null, null, null),
                    "sari",
                    NOW))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e ->
                assertThat(e.fields())
                    .extracting(InvalidFieldException.Field::name)
                    .containsExactlyInAnyOrder("slug", "category", "bodyEn", "status"));
  }

  @Test
  void needsOneLanguage() {
    assertThatThrownBy(
            () ->
                Article.write(
                    "empty",
                    new Article.Content("tickets", null, " ", null, null, ArticleStatus.DRAFT),
                    "sari",
                    NOW))
        .isInstanceOf(InvalidFieldException.class);
  }

  @Test
  void refusesAnOutdatedCopy() {
    Article a =
        Article.write(
            "ok",
            new Article.Content("tickets", "T", "B", "J", "I", ArticleStatus.PUBLISHED),
            "sari",
            NOW);
    a.requireVersion(0L);
    assertThatThrownBy(() -> a.requireVersion(3L))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.STALE));
  }
}
