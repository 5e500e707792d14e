package id.loket.attachment.boundary;

/**
 * The bytes of an attachment (or of its thumbnail) with what a response needs to say about them.
 *
 * @param inline whether a browser may show it in place (pictures, videos, thumbnails)
 */
public record Download(String name, String mediaType, byte[] content, boolean inline) {}
