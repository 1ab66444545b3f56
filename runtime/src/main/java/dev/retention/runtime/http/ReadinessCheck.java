package dev.retention.runtime.http;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One condition a service needs before it can serve traffic (e.g. "Kafka is reachable"). {@code /health/ready}
 * answers 200 only when every registered check passes. A check that throws counts as failing.
 */
public interface ReadinessCheck {

  /** A short, stable name, e.g. {@code kafka}. */
  String name();

  /** Runs the check; must return within a short, bounded time (it serves a probe). */
  Status check();

  /** A check named {@code name} that runs {@code check}. */
  static ReadinessCheck of(String name, Supplier<Status> check) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(check, "check");
    return new ReadinessCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Status check() {
        return check.get();
      }
    };
  }

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
