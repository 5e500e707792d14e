package id.loket.knowledge.boundary;

import java.time.Instant;

/**
 * One article as a reader sees it in a language: the title, the body as safe HTML ({@code
 * bodyHtml}, rendered from the source text) and the language actually shown ({@code language}, the
 * other one when a translation is missing). Staff also get the source texts of both languages for
 * editing ({@code null} for requesters).
 */
public record ArticleView(
    String slug,
    String category,
    String status,
    String language,
    String title,
    String bodyHtml,
    String author,
    Instant updatedAt,
    long version,
    Sources sources) {

  /** The texts as written, both languages, for the editor. */
  public record Sources(String titleEn, String bodyEn, String titleId, String bodyId) {}
}
