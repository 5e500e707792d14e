package id.loket.knowledge.boundary;

import id.loket.identity.entity.Roles;
import id.loket.knowledge.control.ArticleMarkup;
import id.loket.knowledge.entity.Article;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the knowledge base. Everyone signed in reads PUBLISHED articles; staff also read
 * drafts; agents, team leads and admins write. A draft is "not found" for a requester, so that its
 * address reveals nothing.
 *
 * <p>Search is PostgreSQL full text: {@code websearch_to_tsquery} (quotes, {@code or}, {@code -})
 * against both languages' vectors (English stemming for English, {@code simple} for Indonesian,
 * GIN-indexed), ranked with the reader's language first; the excerpt is {@code ts_headline} over
 * the body shown, its match markers being control characters no article can contain, replaced by
 * {@code <mark>} after the whole excerpt was escaped.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class Knowledge {

  public static final int MAX_LIST = 200;
  private static final int MAX_QUERY = 200;
  private static final char START = '\u0002';
  private static final char STOP = '\u0003';

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;

  /**
   * Published articles that match the text, best first, in the language given ("en" or "id"), at
   * most {@code max}. The excerpt is plain text.
   */
  public List<ArticleHit> search(String text, String language, int max) {
    return find(text, language, max).stream()
        .map(m -> new ArticleHit(m.slug(), m.title(), plainExcerpt(m.excerptHtml())))
        .toList();
  }

  /** Published articles that match the text, best first, with highlighted excerpts. */
  @SuppressWarnings("unchecked")
  public List<ArticleMatch> find(String text, String language, int max) {
    String q = text == null ? "" : text.strip();
    if (q.isEmpty()) {
      return List.of();
    }
    if (q.length() > MAX_QUERY) {
      q = q.substring(0, MAX_QUERY);
    }
    String lang = lang(language);
    String options =
        "StartSel=" + START + ", StopSel=" + STOP + ", MaxWords=30, MinWords=12, MaxFragments=2";
    List<Object[]> rows =
        em.createNativeQuery(
                "WITH p AS (SELECT websearch_to_tsquery('english', CAST(?1 AS text)) AS qen,"
                    + " websearch_to_tsquery('simple', CAST(?2 AS text)) AS qid,"
                    + " CAST(?3 AS text) AS lang, CAST(?4 AS text) AS opts)"
                    + " SELECT a.slug, a.category, a.status,"
                    + " CASE WHEN p.lang = 'id' THEN coalesce(a.title_id, a.title_en)"
                    + "      ELSE coalesce(a.title_en, a.title_id) END,"
                    + " CASE WHEN (p.lang = 'id' AND a.body_id IS NOT NULL) OR a.body_en IS NULL"
                    + "      THEN ts_headline('simple', a.body_id, p.qid, p.opts)"
                    + "      ELSE ts_headline('english', a.body_en, p.qen, p.opts) END"
                    + " FROM knowledge_article a CROSS JOIN p"
                    + " WHERE a.status = 'PUBLISHED' AND (a.search_en @@ p.qen OR a.search_id @@ p.qid)"
                    + " ORDER BY CASE WHEN p.lang = 'id'"
                    + "   THEN ts_rank(a.search_id, p.qid) * 2 + ts_rank(a.search_en, p.qen)"
                    + "   ELSE ts_rank(a.search_en, p.qen) * 2 + ts_rank(a.search_id, p.qid) END DESC,"
                    + " a.slug"
                    + " LIMIT ?5")
            .setParameter(1, q)
            .setParameter(2, q)
            .setParameter(3, lang)
            .setParameter(4, options)
            .setParameter(5, Math.max(1, Math.min(max, MAX_LIST)))
            .getResultList();
    List<ArticleMatch> found = new ArrayList<>();
    for (Object[] r : rows) {
      found.add(
          new ArticleMatch(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              highlighted((String) r[4])));
    }
    return found;
  }

  /**
   * The articles the caller may read (staff: drafts too), by category then slug, at most {@link
   * #MAX_LIST}.
   */
  public List<ArticleMatch> list(String language) {
    String lang = lang(language);
    String jpql =
        staff()
            ? "SELECT a FROM KnowledgeArticle a ORDER BY a.category, a.slug"
            : "SELECT a FROM KnowledgeArticle a WHERE a.status ="
                + " id.loket.knowledge.entity.ArticleStatus.PUBLISHED ORDER BY a.category, a.slug";
    return em.createQuery(jpql, Article.class).setMaxResults(MAX_LIST).getResultList().stream()
        .map(
            a ->
                new ArticleMatch(
                    a.getSlug(), a.getCategory(), a.getStatus().name(), a.title(lang), ""))
        .toList();
  }

  /** One article in the reader's language; a draft only for staff (others: not found). */
  public ArticleView get(String slug, String language) {
    return view(readable(slug), lang(language));
  }

  @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.ADMIN})
  public ArticleView create(ArticleDraft draft) {
    if (draft == null) {
      throw new DomainException(Kind.MALFORMED, "problem.malformed", "No article");
    }
    Article article = Article.write(draft.getSlug(), content(draft), caller(), clock.instant());
    if (!bySlug(article.getSlug()).isEmpty()) {
      throw new DomainException(
          Kind.CONFLICT,
          "knowledge.slug.taken",
          "An article " + article.getSlug() + " exists",
          article.getSlug());
    }
    em.persist(article);
    em.flush();
    return view(article, "en");
  }

  /**
   * @param expectedVersion the version the writer's copy shows ({@code null}: not checked)
   */
  @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.ADMIN})
  public ArticleView revise(String slug, ArticleDraft draft, Long expectedVersion) {
    if (draft == null) {
      throw new DomainException(Kind.MALFORMED, "problem.malformed", "No article");
    }
    Article article = readable(slug);
    article.requireVersion(expectedVersion);
    article.revise(content(draft), caller(), clock.instant());
    em.flush();
    return view(article, "en");
  }

  private static Article.Content content(ArticleDraft d) {
    return new Article.Content(
        d.getCategory(),
        d.getTitleEn(),
        d.getBodyEn(),
        d.getTitleId(),
        d.getBodyId(),
        d.getStatus());
  }

  private Article readable(String slug) {
    List<Article> found = bySlug(slug);
    if (found.isEmpty() || !(found.get(0).isPublished() || staff())) {
      throw new DomainException(
          Kind.NOT_FOUND, "knowledge.notfound", "No article " + slug, String.valueOf(slug));
    }
    return found.get(0);
  }

  private List<Article> bySlug(String slug) {
    if (slug == null || slug.isBlank() || slug.length() > 80) {
      return List.of();
    }
    return em.createQuery("SELECT a FROM KnowledgeArticle a WHERE a.slug = :slug", Article.class)
        .setParameter("slug", slug.strip())
        .getResultList();
  }

  private ArticleView view(Article a, String lang) {
    return new ArticleView(
        a.getSlug(),
        a.getCategory(),
        a.getStatus().name(),
        a.shownLanguage(lang),
        a.title(lang),
        ArticleMarkup.toHtml(a.body(lang)),
        a.getAuthor(),
        a.getUpdatedAt(),
        a.getVersion(),
        staff()
            ? new ArticleView.Sources(a.getTitleEn(), a.getBodyEn(), a.getTitleId(), a.getBodyId())
            : null);
  }

  /** Escapes the excerpt, then turns the match markers into {@code <mark>} elements. */
  static String highlighted(String raw) {
    if (raw == null) {
      return "";
    }
    String plain = ArticleMarkup.escape(ArticleMarkup.toPlain(raw));
    StringBuilder out = new StringBuilder();
    boolean open = false;
    for (char c : plain.toCharArray()) {
      if (c == START && !open) {
        out.append("<mark>");
        open = true;
      } else if (c == STOP && open) {
        out.append("</mark>");
        open = false;
      } else if (c != START && c != STOP) {
        out.append(c);
      }
    }
    if (open) {
      out.append("</mark>");
    }
    return out.toString();
  }

  private static String plainExcerpt(String html) {
    return html.replace("<mark>", "")
        .replace("</mark>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static String lang(String language) {
    return "id".equalsIgnoreCase(language) ? "id" : "en";
  }

  private boolean staff() {
    return Roles.isStaff(session::isCallerInRole);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
