package dev.retention.ingestion.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The gateway's meters. Every input is counted once, as accepted or as rejected with a reason: an event of a
 * request that could be split into events counts on its own; a request refused as a whole (no or wrong key, wrong
 * media type, unreadable or oversize body) counts as one rejection. Duplicates are not known here: the gateway
 * writes every accepted event to the raw topic and the validator stream drops and counts duplicates.
 *
 * <p>Prometheus names: {@code retention_gateway_events_accepted_total},
 * {@code retention_gateway_events_rejected_total{reason}}, {@code retention_gateway_produce_latency_seconds}
 * (histogram, tag {@code outcome=acked|failed}), {@code retention_gateway_batch_size_events}.
 */
public final class GatewayMetrics {

  public static final String ACCEPTED = "retention.gateway.events.accepted";
  public static final String REJECTED = "retention.gateway.events.rejected";
  public static final String PRODUCE_LATENCY = "retention.gateway.produce.latency";
  public static final String BATCH_SIZE = "retention.gateway.batch.size";

  private final MeterRegistry registry;
  private final Counter accepted;
  private final Map<GatewayReason, Counter> rejected = new EnumMap<>(GatewayReason.class);
  private final Timer acked;
  private final Timer failed;
  private final DistributionSummary batchSize;

  public GatewayMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.accepted = Counter.builder(ACCEPTED)
        .description("Events written to the raw topic and acknowledged by Kafka")
        .register(registry);
    for (GatewayReason reason : GatewayReason.values()) {
      rejected.put(reason, Counter.builder(REJECTED)
          .description("Inputs refused: events, or whole requests that could not be split into events")
          .tag("reason", reason.code())
          .register(registry));
    }
    this.acked = latency("acked");
    this.failed = latency("failed");
    this.batchSize = DistributionSummary.builder(BATCH_SIZE)
        .description("Events per batch request")
        .baseUnit("events")
        .register(registry);
  }

  private Timer latency(String outcome) {
    return Timer.builder(PRODUCE_LATENCY)
        .description("Time from handing an event to the producer until Kafka acknowledged (or refused) it")
        .tag("outcome", outcome)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry);
  }

  public void accepted(int events) {
    accepted.increment(events);
  }

  public void rejected(GatewayReason reason) {
    rejected.get(reason).increment();
  }

  public void batch(int events) {
    batchSize.record(events);
  }

  /** Starts timing one write; finish it with {@link #produced}. */
  public Timer.Sample startProduce() {
    return Timer.start(registry);
  }

  public void produced(Timer.Sample sample, boolean ack) {
    sample.stop(ack ? acked : failed);
  }
}
