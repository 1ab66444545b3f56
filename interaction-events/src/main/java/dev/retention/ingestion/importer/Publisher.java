package dev.retention.ingestion.importer;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** Where accepted events go: the raw interactions topic ({@link KafkaPublisher}), or a recorder in tests. */
public interface Publisher extends AutoCloseable {

  /**
   * Sends one event without waiting. The future completes when the write is acknowledged, or exceptionally when it
   * failed for good. May also throw at once when the event cannot be sent at all.
   *
   * @param key the record key: the event's subject
   * @param value the event's JSON, as validated
   * @param timestamp the record timestamp
   */
  CompletableFuture<Void> publish(String key, byte[] value, Instant timestamp);

  /** Returns once every event published so far is acknowledged or failed. */
  void flush();

  @Override
  void close();
}
