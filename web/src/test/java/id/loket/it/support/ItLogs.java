package id.loket.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Keeps the server log of every Payara Micro that Arquillian booted: each Micro writes {@code
 * payara-micro.log.0} in {@code loket.it.logs.dir} ({@code --logtofile}, overwritten by the next
 * Micro); after each test class this moves it to {@code <TestClass>.log} there.
 */
public final class ItLogs implements TestExecutionListener {

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    String dir = System.getProperty("loket.it.logs.dir");
    if (dir == null || dir.isBlank() || test.getSource().isEmpty()) {
      return;
    }
    if (!(test.getSource().get() instanceof ClassSource source)) {
      return;
    }
    Path log = Path.of(dir, "payara-micro.log.0");
    if (!Files.exists(log)) {
      return;
    }
    Path kept = Path.of(dir, source.getJavaClass().getSimpleName() + ".log");
    try {
      Files.write(
          kept, Files.readAllBytes(log), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      Files.delete(log);
      Files.deleteIfExists(Path.of(dir, "payara-micro.log.0.lck"));
    } catch (IOException e) {
      throw new UncheckedIOException("could not keep the Payara Micro log " + log, e);
    }
  }
}
