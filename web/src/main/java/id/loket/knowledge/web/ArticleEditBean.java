package id.loket.knowledge.web;

import id.loket.knowledge.boundary.ArticleDraft;
import id.loket.knowledge.boundary.ArticleView;
import id.loket.knowledge.boundary.Knowledge;
import id.loket.knowledge.entity.ArticleStatus;
import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The article editor for agents, team leads and admins: a new article (no slug parameter) or a
 * revision, which sends the version it was loaded at.
 */
@Named
@ViewScoped
public class ArticleEditBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Knowledge knowledge;

  private String slug;
  private Long version;
  private ArticleDraft draft = new ArticleDraft();

  /** f:viewAction */
  public void load() {
    if (slug == null || slug.isBlank() || version != null) {
      return;
    }
    try {
      ArticleView a = knowledge.get(slug, "en");
      version = a.version();
      draft.setSlug(a.slug());
      draft.setCategory(a.category());
      draft.setStatus(ArticleStatus.valueOf(a.status()));
      if (a.sources() != null) {
        draft.setTitleEn(a.sources().titleEn());
        draft.setBodyEn(a.sources().bodyEn());
        draft.setTitleId(a.sources().titleId());
        draft.setBodyId(a.sources().bodyId());
      }
    } catch (RuntimeException e) {
      FacesErrors.show(e, "articleForm");
    }
  }

  public String save() {
    try {
      ArticleView saved =
          version == null ? knowledge.create(draft) : knowledge.revise(slug, draft, version);
      FieldMessages.keepForRedirect();
      FacesErrors.info("knowledge.saved");
      return "/knowledge/article?faces-redirect=true&slug=" + saved.slug();
    } catch (RuntimeException e) {
      FieldMessages.show(e, "articleForm");
      return null;
    }
  }

  public boolean isEditing() {
    return version != null;
  }

  public ArticleStatus[] getStatuses() {
    return ArticleStatus.values();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public ArticleDraft getDraft() {
    return draft;
  }
}
