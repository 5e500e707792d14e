package id.loket.attachment.entity;

/** How a page presents an attachment: a picture, a video to play, or a file to download. */
public enum MediaKind {
  IMAGE,
  VIDEO,
  FILE;

  public static MediaKind of(String mediaType) {
    if (mediaType == null) {
      return FILE;
    }
    if (mediaType.startsWith("image/")) {
      return IMAGE;
    }
    return mediaType.startsWith("video/") ? VIDEO : FILE;
  }

  /** Whether a browser may show it in place ({@code Content-Disposition: inline}). */
  public boolean inline() {
    return this != FILE;
  }
}
