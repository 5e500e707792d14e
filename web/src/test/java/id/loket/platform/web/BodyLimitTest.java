package id.loket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BodyLimitTest {

  private static ServletInputStream of(byte[] bytes) {
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {}
    };
  }

  @Test
  void aBodyUpToTheLimitIsReadWhole() throws IOException {
    BodyLimit.Counting in = new BodyLimit.Counting(of(new byte[100]), 100);
    assertThat(in.readAllBytes()).hasSize(100);
  }

  @Test
  void oneByteMoreStopsTheReading() {
    BodyLimit.Counting in = new BodyLimit.Counting(of(new byte[101]), 100);
    assertThatThrownBy(in::readAllBytes)
        .isInstanceOf(BodyLimit.TooLarge.class)
        .satisfies(e -> assertThat(((BodyLimit.TooLarge) e).limit()).isEqualTo(100));
  }
}
