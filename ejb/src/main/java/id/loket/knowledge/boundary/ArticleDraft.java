package id.loket.knowledge.boundary;

import id.loket.knowledge.entity.ArticleStatus;
import id.loket.shared.Text;

/**
 * What a writer sends to create ({@code slug} required) or revise an article. Texts are cleaned
 * ({@link Text#clean}) as they are set; the article checks them all at once.
 */
public class ArticleDraft {

  private String slug;
  private String category;
  private String titleEn;
  private String bodyEn;
  private String titleId;
  private String bodyId;
  private ArticleStatus status = ArticleStatus.DRAFT;

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = Text.clean(slug);
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = Text.clean(category);
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = Text.clean(titleEn);
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public void setBodyEn(String bodyEn) {
    this.bodyEn = Text.clean(bodyEn);
  }

  public String getTitleId() {
    return titleId;
  }

  public void setTitleId(String titleId) {
    this.titleId = Text.clean(titleId);
  }

  public String getBodyId() {
    return bodyId;
  }

  public void setBodyId(String bodyId) {
    this.bodyId = Text.clean(bodyId);
  }

  public ArticleStatus getStatus() {
    return status;
  }

  public void setStatus(ArticleStatus status) {
    this.status = status;
  }
}
