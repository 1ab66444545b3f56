package dev.retention.runtime.http;

import java.util.Objects;

/**
 * One condition a service needs before it can serve traffic (e.g. "Kafka is reachable"). {@code /health/ready}
 * answers 200 only when every registered check passes. A check that throws counts as failing.
 */
public interface ReadinessCheck {

  /** A short, stable name, e.g. {@code kafka}. */
  String name();

  /** Runs the check; must return within a short, bounded time (it serves a probe). */
  Status check();

  /**
   * The outcome of a check.
   *
   * @param ready whether the condition holds
   * @param detail what was found, for the operator
   */
  record Status(boolean ready, String detail) {
    public Status {
      Objects.requireNonNull(detail, "detail");
    }

    public static Status up(String detail) {
      return new Status(true, detail);
    }

    public static Status down(String detail) {
      return new Status(false, detail);
    }
  }
}
