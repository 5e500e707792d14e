package id.loket.knowledge.web;

import id.loket.knowledge.boundary.ArticleView;
import id.loket.knowledge.boundary.Knowledge;
import id.loket.platform.web.LocaleSelector;
import id.loket.shared.DomainException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One article by slug, in the reader's language (a draft only for staff). */
@Named
@ViewScoped
public class ArticleBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Knowledge knowledge;
  @Inject LocaleSelector locale;

  private String slug;
  private ArticleView article;

  /** f:viewAction: an unknown slug, or a draft for a requester, shows "not found". */
  public void load() {
    try {
      article = slug == null ? null : knowledge.get(slug, locale.getLanguage());
    } catch (DomainException e) {
      article = null;
    }
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public ArticleView getArticle() {
    return article;
  }
}
