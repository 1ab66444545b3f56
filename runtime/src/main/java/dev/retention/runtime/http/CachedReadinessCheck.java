package dev.retention.runtime.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Remembers the last outcome of a check for a while, so frequent probes (several orchestrators, a dashboard) do not
 * each reach the dependency. Concurrent probes during a refresh run the check once.
 */
public final class CachedReadinessCheck implements ReadinessCheck {

  private final ReadinessCheck delegate;
  private final Duration ttl;
  private final Clock clock;
  private Status last;
  private Instant lastAt;

  public CachedReadinessCheck(ReadinessCheck delegate, Duration ttl, Clock clock) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public synchronized Status check() {
    Instant now = clock.instant();
    if (last == null || !now.isBefore(lastAt.plus(ttl))) {
      last = ReadinessChecks.run(delegate);
      lastAt = now;
    }
    return last;
  }
}
