package id.loket.knowledge.boundary;

/**
 * An article in a list or search result: slug, category, status, title in the reader's language (or
 * the other one), and for a search the excerpt around the words found, as escaped HTML in which
 * only {@code <mark>} elements mark the matches ({@code excerptHtml}; empty in a list).
 */
public record ArticleMatch(
    String slug, String category, String status, String title, String excerptHtml) {}
