package id.loket.knowledge.web;

import id.loket.knowledge.boundary.ArticleMatch;
import id.loket.knowledge.boundary.Knowledge;
import id.loket.platform.web.LocaleSelector;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The help page: a search box (view parameter {@code q}) and the articles by category, in the
 * reader's language. Staff also see drafts.
 */
@Named
@ViewScoped
public class HelpBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Knowledge knowledge;
  @Inject LocaleSelector locale;

  private String q;
  private List<ArticleMatch> hits = List.of();
  private final List<Category> categories = new ArrayList<>();
  private boolean searched;

  /** f:viewAction */
  public void load() {
    String language = locale.getLanguage();
    searched = q != null && !q.isBlank();
    hits = searched ? knowledge.find(q, language, 20) : List.of();
    Map<String, List<ArticleMatch>> byCategory = new LinkedHashMap<>();
    for (ArticleMatch a : knowledge.list(language)) {
      byCategory.computeIfAbsent(a.category(), c -> new ArrayList<>()).add(a);
    }
    categories.clear();
    byCategory.forEach((code, articles) -> categories.add(new Category(code, articles)));
  }

  /** The search button: the query goes into the address, so results can be shared. */
  public String search() {
    return "/help?faces-redirect=true&includeViewParams=true";
  }

  /** One category of the list. */
  public record Category(String code, List<ArticleMatch> articles) implements Serializable {}

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public List<ArticleMatch> getHits() {
    return hits;
  }

  public List<Category> getCategories() {
    return categories;
  }

  public boolean isSearched() {
    return searched;
  }
}
