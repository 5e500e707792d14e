package id.loket.attachment.control;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Small PNG previews of pictures, made once when a picture is uploaded (JDK Image I/O: PNG, JPEG,
 * GIF; other types get none). The size is read from the header first and the picture decoded with
 * subsampling, so that a tiny file claiming a gigantic size (a decompression bomb) never costs more
 * than a bounded amount of memory.
 */
public final class Thumbnails {

  /** The longest side of a thumbnail, in pixels. */
  public static final int SIZE = 240;

  /** Pictures with more pixels than this get no thumbnail. */
  static final long MAX_PIXELS = 50_000_000L;

  private Thumbnails() {}

  /**
   * @return a PNG of at most {@value #SIZE} pixels a side, or empty if {@code content} is not a
   *     picture that Image I/O reads
   */
  public static Optional<byte[]> of(byte[] content) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      if (in == null) {
        return Optional.empty();
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
          return Optional.empty();
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, Math.max(width, height) / (SIZE * 2));
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage image = reader.read(0, param);
        return Optional.of(png(scale(image)));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a broken picture is still kept, just without a preview
    }
  }

  private static BufferedImage scale(BufferedImage image) {
    double factor = Math.min(1.0, (double) SIZE / Math.max(image.getWidth(), image.getHeight()));
    int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
    int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
