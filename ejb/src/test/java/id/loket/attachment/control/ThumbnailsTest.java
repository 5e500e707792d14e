package id.loket.attachment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ThumbnailsTest {

  @Test
  void aPictureGetsASmallPngPreview() throws IOException {
    byte[] thumbnail = Thumbnails.of(Samples.png(1200, 600)).orElseThrow();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumbnail));
    assertThat(image.getWidth()).isEqualTo(Thumbnails.SIZE);
    assertThat(image.getHeight()).isEqualTo(Thumbnails.SIZE / 2);
    assertThat(FileTypes.detect(thumbnail, null)).isEqualTo("image/png");
  }

  @Test
  void somethingThatIsNotAPictureGetsNone() {
    assertThat(Thumbnails.of(Samples.pdf())).isEmpty();
    assertThat(Thumbnails.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
  }
}
