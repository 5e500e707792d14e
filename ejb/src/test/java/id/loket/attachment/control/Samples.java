package id.loket.attachment.control;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Tiny real files of each kind the tests need. */
final class Samples {

  private Samples() {}

  static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, new Color(x % 256, y % 256, 128).getRGB());
      }
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The start of a Windows executable: "MZ", then a DOS header. */
  static byte[] exe() {
    byte[] b = new byte[256];
    b[0] = 'M';
    b[1] = 'Z';
    b[2] = (byte) 0x90;
    b[4] = 3;
    b[8] = 4;
    b[12] = (byte) 0xff;
    b[13] = (byte) 0xff;
    return b;
  }

  static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] text() {
    return "The printer on floor 3 says: paper jam in tray 2.\n".getBytes(StandardCharsets.UTF_8);
  }

  static byte[] html() {
    return "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
  }
}
