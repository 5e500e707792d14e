package id.loket.knowledge.entity;

/** A DRAFT is seen by staff only; a PUBLISHED article by everyone signed in. */
public enum ArticleStatus {
  DRAFT,
  PUBLISHED
}
