package id.loket.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HashPermitsTest {

  @Test
  void runsTheCheckUnderAPermitAndGivesItBack() {
    HashPermits permits = new HashPermits(1, 50);
    assertThat(permits.withPermit(() -> "checked")).isEqualTo("checked");
    assertThat(permits.withPermit(() -> "again")).as("the permit was released").isEqualTo("again");
  }

  @Test
  void refusesWhenEveryPermitIsTakenForLongerThanTheWait() throws Exception {
    HashPermits permits = new HashPermits(1, 50);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () ->
                permits.withPermit(
                    () -> {
                      holding.countDown();
                      await(release);
                      return "first";
                    }));
    assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

    assertThat(permits.withPermit(() -> "second")).as("no permit free").isNull();

    release.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
    assertThat(permits.withPermit(() -> "third")).isEqualTo("third");
  }

  @Test
  void givesThePermitBackWhenTheCheckFails() {
    HashPermits permits = new HashPermits(1, 50);
    assertThatThrownBy(
            () ->
                permits.withPermit(
                    () -> {
                      throw new IllegalStateException("store down");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(permits.withPermit(() -> "after")).isEqualTo("after");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
