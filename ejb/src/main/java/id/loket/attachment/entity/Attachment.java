package id.loket.attachment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * What is known about one attached file, without its bytes (those are in their own table, read only
 * for a download). Immutable: an attachment is written once, with the type detected from its
 * content. It belongs to a ticket, and to one of its comments if it came with one; an attachment of
 * an internal note is itself internal (comments never change visibility, so the flag is copied).
 */
@Entity
@Table(name = "attachment")
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachmentSeq")
  @SequenceGenerator(name = "attachmentSeq", sequenceName = "attachment_seq", allocationSize = 50)
  private Long id;

  @NotNull
  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Column(name = "comment_id", updatable = false)
  private Long commentId;

  @Column(name = "internal", nullable = false, updatable = false)
  private boolean internal;

  @NotBlank
  @Size(max = 200)
  @Column(name = "file_name", length = 200, nullable = false, updatable = false)
  private String name;

  @NotBlank
  @Size(max = 120)
  @Column(name = "media_type", length = 120, nullable = false, updatable = false)
  private String mediaType;

  @Positive
  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @NotNull
  @Size(min = 64, max = 64)
  @Column(name = "sha256", length = 64, nullable = false, updatable = false)
  private String sha256;

  @Column(name = "thumbnail", nullable = false, updatable = false)
  private boolean thumbnail;

  @NotBlank
  @Size(max = 64)
  @Column(name = "uploaded_by", length = 64, nullable = false, updatable = false)
  private String uploadedBy;

  @NotNull
  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  /** For JPA only. */
  protected Attachment() {}

  /**
   * @param commentId the comment it came with, or {@code null} for the ticket itself
   * @param internal whether only staff may see it (it came with an internal note)
   * @param name the cleaned file name (no path)
   * @param mediaType the type detected from the content
   */
  public Attachment(
      long ticketId,
      Long commentId,
      boolean internal,
      String name,
      String mediaType,
      long size,
      String sha256,
      boolean thumbnail,
      String uploadedBy,
      Instant uploadedAt) {
    this.ticketId = ticketId;
    this.commentId = commentId;
    this.internal = internal;
    this.name = name;
    this.mediaType = mediaType;
    this.size = size;
    this.sha256 = sha256;
    this.thumbnail = thumbnail;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public Long getCommentId() {
    return commentId;
  }

  public boolean isInternal() {
    return internal;
  }

  public String getName() {
    return name;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public boolean hasThumbnail() {
    return thumbnail;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  /**
   * @return whether browsers may show it in the page (pictures and videos); everything else is only
   *     downloaded
   */
  public boolean isInline() {
    return MediaKind.of(mediaType).inline();
  }
}
