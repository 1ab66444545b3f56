package dev.retention.runtime.http;

import dev.retention.testkit.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.runtime.http.ReadinessCheck.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HttpReadinessCheckTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final AtomicInteger calls = new AtomicInteger();

  private final ReadinessCheck counting = new ReadinessCheck() {
    @Override
    public String name() {
      return "kafka";
    }

    @Override
    public Status check() {
      int n = calls.incrementAndGet();
      if (n == 3) {
        throw new IllegalStateException("broker gone");
      }
      return Status.up("call " + n);
    }
  };

  @Test
  void shouldReuseTheLastOutcomeWithinTheTtl() {
    CachedReadinessCheck cached = new CachedReadinessCheck(counting, Duration.ofSeconds(1), clock);

    assertThat(cached.check().detail()).isEqualTo("call 1");
    clock.advance(Duration.ofMillis(999));
    assertThat(cached.check().detail()).isEqualTo("call 1");
    clock.advance(Duration.ofMillis(1));
    assertThat(cached.check().detail()).isEqualTo("call 2");
    assertThat(cached.name()).isEqualTo("kafka");
  }

  @Test
  void shouldTurnAThrowingCheckIntoNotReady() {
    CachedReadinessCheck cached = new CachedReadinessCheck(counting, Duration.ZERO, clock);
    cached.check();
    cached.check();
    Status third = cached.check();
    assertThat(third.ready()).isFalse();
    assertThat(third.detail()).contains("broker gone");
  }
}
