package dev.retention.ingestion.http;

/** What became of one event handed to Kafka. */
public sealed interface PublishResult {

  /** Kafka acknowledged the write (on every in-sync replica). */
  record Written(int partition, long offset) implements PublishResult {}

  /** Kafka was not reachable or did not acknowledge in time; the event is not written, the client may retry. */
  record Unavailable(String detail) implements PublishResult {}

  /** Kafka refused the write for a reason a retry will not fix; the event is not written. */
  record Failed(String detail) implements PublishResult {}
}
