package dev.retention.ingestion.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** A {@link Publisher} that records what it is given and answers with the outcome a test chooses. */
final class RecordingPublisher implements Publisher {

  record Sent(String key, byte[] value, Instant timestamp) {}

  private final List<Sent> sent = new ArrayList<>();
  private final Function<Integer, CompletableFuture<Void>> outcome;
  private int flushes;

  /** Acknowledges every send. */
  RecordingPublisher() {
    this(n -> CompletableFuture.completedFuture(null));
  }

  /** Answers the n-th send (0-based) with {@code outcome.apply(n)}. */
  RecordingPublisher(Function<Integer, CompletableFuture<Void>> outcome) {
    this.outcome = outcome;
  }

  @Override
  public CompletableFuture<Void> publish(String key, byte[] value, Instant timestamp) {
    sent.add(new Sent(key, value, timestamp));
    return outcome.apply(sent.size() - 1);
  }

  @Override
  public void flush() {
    flushes++;
  }

  @Override
  public void close() {}

  List<Sent> sent() {
    return sent;
  }

  int flushes() {
    return flushes;
  }
}
