package dev.retention.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ShutdownTest {

  private final List<String> closed = new CopyOnWriteArrayList<>();

  private AutoCloseable resource(String name) {
    return () -> closed.add(name);
  }

  @Test
  void shouldCloseNewestFirst() {
    Shutdown shutdown = new Shutdown(Duration.ofSeconds(5));
    shutdown.register("metrics", resource("metrics"));
    shutdown.register("http", resource("http"));
    shutdown.register("streams", resource("streams"));

    assertThat(shutdown.run()).isTrue();

    assertThat(closed).containsExactly("streams", "http", "metrics");
  }

  @Test
  void shouldCloseTheRestWhenOneFails() {
    Shutdown shutdown = new Shutdown(Duration.ofSeconds(5));
    shutdown.register("first", resource("first"));
    shutdown.register("broken", () -> {
      throw new IllegalStateException("boom");
    });

    assertThat(shutdown.run()).isTrue();

    assertThat(closed).containsExactly("first");
  }

  @Test
  void shouldRunOnlyOnceAndCloseLateRegistrationsAtOnce() {
    Shutdown shutdown = new Shutdown(Duration.ofSeconds(5));
    shutdown.register("a", resource("a"));
    shutdown.run();
    shutdown.run();

    AutoCloseable late = shutdown.register("late", resource("late"));

    assertThat(closed).containsExactly("a", "late");
    assertThat(late).isNotNull();
  }

  @Test
  void shouldGiveUpOnAHangingCloseAfterTheTimeout() {
    CountDownLatch release = new CountDownLatch(1);
    Shutdown shutdown = new Shutdown(Duration.ofMillis(200));
    shutdown.register("after", resource("after"));
    shutdown.register("hangs", release::await);
    try {
      assertThat(shutdown.run()).isFalse();
      assertThat(closed).isEmpty();
    } finally {
      release.countDown();
    }
  }

  @Test
  void shouldRefuseANonPositiveTimeout() {
    assertThatThrownBy(() -> new Shutdown(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
