package dev.retention.projection.query;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How queries were answered: key lookups by route (local, routed to the owner, from a standby), answers marked stale,
 * and calls to other instances that failed. In Prometheus: {@code projection_key_lookups_total{route=...}},
 * {@code projection_stale_answers_total}, {@code projection_peer_failures_total}.
 */
public final class QueryMetrics {

  private final Counter local;
  private final Counter routed;
  private final Counter standby;
  private final Counter stale;
  private final Counter peerFailures;

  public QueryMetrics(MeterRegistry registry) {
    local = lookups(registry, "local");
    routed = lookups(registry, "routed");
    standby = lookups(registry, "standby");
    stale = Counter.builder("projection.stale.answers")
        .description("Answers marked stale: part came from a standby or restoring store").register(registry);
    peerFailures = Counter.builder("projection.peer.failures")
        .description("Calls to another instance that failed or timed out").register(registry);
  }

  private static Counter lookups(MeterRegistry registry, String route) {
    return Counter.builder("projection.key.lookups").tag("route", route)
        .description("Customer lookups by how they were answered").register(registry);
  }

  void local() {
    local.increment();
  }

  void routed() {
    routed.increment();
  }

  void standby() {
    standby.increment();
  }

  void peerFailed() {
    peerFailures.increment();
  }

  <T> Answer<T> counted(Answer<T> answer) {
    if (answer.stale()) {
      stale.increment();
    }
    return answer;
  }
}
