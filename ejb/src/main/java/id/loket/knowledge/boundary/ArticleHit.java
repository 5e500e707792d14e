package id.loket.knowledge.boundary;

/**
 * A published article that matches a search: its address ({@code slug}), its title and a short
 * excerpt in the language asked for.
 */
public record ArticleHit(String slug, String title, String excerpt) {}
