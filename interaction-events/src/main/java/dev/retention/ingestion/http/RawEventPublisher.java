package dev.retention.ingestion.http;

import dev.retention.contracts.topics.Topics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Writes events, as the bytes the client sent, to the raw interactions topic keyed by their subject, and waits for
 * Kafka's acknowledgements. The events of one call are sent together (one round trip, not one per event) and each
 * gets its own result; the wait is bounded by the producer's delivery timeout plus a margin, after which the producer
 * has itself given up on the record, so an event reported as not written is not written later.
 *
 * <p>When a send cannot even start (no metadata, full buffer: the broker is unreachable), the remaining events of the
 * call are not tried, so a batch fails within one {@code max.block.ms} rather than one per event.
 */
public final class RawEventPublisher {

  private static final Duration MARGIN = Duration.ofSeconds(2);

  private final Producer<String, byte[]> producer;
  private final String topic;
  private final Duration ackTimeout;
  private final GatewayMetrics metrics;

  public RawEventPublisher(Producer<String, byte[]> producer, Duration deliveryTimeout, GatewayMetrics metrics) {
    this(producer, Topics.RAW_INTERACTIONS.name(), deliveryTimeout, metrics);
  }

  RawEventPublisher(Producer<String, byte[]> producer, String topic, Duration deliveryTimeout,
      GatewayMetrics metrics) {
    this.producer = Objects.requireNonNull(producer, "producer");
    this.topic = Objects.requireNonNull(topic, "topic");
    this.ackTimeout = deliveryTimeout.plus(MARGIN);
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  /** One event to write. */
  public record Outgoing(String key, byte[] value) {}

  /**
   * Writes the events and waits for every acknowledgement.
   *
   * @param receivedAt the record timestamp: when the gateway received the events (the raw topic's retention runs on
   *     it; the validator stamps its output with the event's own time)
   * @return one result per event, in order
   */
  public List<PublishResult> publish(List<Outgoing> events, Instant receivedAt) {
    List<CompletableFuture<PublishResult>> pending = new ArrayList<>(events.size());
    PublishResult refusedAtSend = null;
    for (Outgoing event : events) {
      if (refusedAtSend != null) {
        pending.add(CompletableFuture.completedFuture(refusedAtSend));
        continue;
      }
      CompletableFuture<PublishResult> result = new CompletableFuture<>();
      Timer.Sample sample = metrics.startProduce();
      try {
        producer.send(new ProducerRecord<>(topic, null, receivedAt.toEpochMilli(), event.key(), event.value()),
            (metadata, error) -> {
              metrics.produced(sample, error == null);
              result.complete(error == null ? written(metadata) : classify(error));
            });
      } catch (RuntimeException e) {
        metrics.produced(sample, false);
        PublishResult refused = classify(e);
        result.complete(refused);
        if (refused instanceof PublishResult.Unavailable) {
          refusedAtSend = refused;
        }
      }
      pending.add(result);
    }
    return await(pending);
  }

  private List<PublishResult> await(List<CompletableFuture<PublishResult>> pending) {
    try {
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
          .get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // the results that are still missing are reported below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    PublishResult missing = new PublishResult.Unavailable("Kafka did not acknowledge the write within "
        + ackTimeout.toSeconds() + " s");
    return pending.stream().map(f -> f.getNow(missing)).toList();
  }

  private static PublishResult written(RecordMetadata metadata) {
    return new PublishResult.Written(metadata.partition(), metadata.offset());
  }

  static PublishResult classify(Throwable error) {
    Throwable cause = error instanceof ExecutionException && error.getCause() != null ? error.getCause() : error;
    String detail = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    if (cause instanceof RetriableException || cause instanceof InterruptException
        || cause instanceof IllegalStateException) {
      // not reachable, no leader, not enough replicas, timed out; or the producer is closing
      return new PublishResult.Unavailable(detail);
    }
    return new PublishResult.Failed(detail);
  }
}
