package dev.retention.deploy.bench;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.json.JsonSerde;
import dev.retention.deploy.bench.BenchPayloads.Payload;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Validated interaction events for the segmentation benchmark, generated one at a time (a million events do not need
 * to be held in memory): {@code customers x eventsPerCustomer} events in global time order over the two years before
 * {@link BenchPayloads#END}, each for a customer drawn at random (so every customer's events are in time order, and a
 * customer has {@code eventsPerCustomer} events on average). The event mix is {@link BenchPayloads}' (70 % purchases
 * with line items, 15 % contacts, 10 % complaints, 5 % surveys). Deterministic for a seed.
 */
public final class SegmentationPayloads {

  /** The span the event times cover. */
  public static final Duration SPAN = Duration.ofDays(730);

  private SegmentationPayloads() {}

  /** How many events {@link #forEach} generates. */
  public static long count(int customers, int eventsPerCustomer) {
    return (long) customers * eventsPerCustomer;
  }

  /** Generates the events in time order; returns the number of distinct customers that got at least one. */
  public static int forEach(int customers, int eventsPerCustomer, long seed, Consumer<Timed> sink) {
    SplittableRandom random = new SplittableRandom(seed);
    JsonSerde<CloudEvent> serde = JsonSerde.of(CloudEvent.class);
    long total = count(customers, eventsPerCustomer);
    long span = SPAN.toMillis();
    long start = BenchPayloads.END.toEpochMilli() - span;
    java.util.BitSet seen = new java.util.BitSet(customers);
    for (long i = 0; i < total; i++) {
      int c = random.nextInt(customers);
      seen.set(c);
      String customer = "cust-" + c;
      Instant time = Instant.ofEpochMilli(start + (span * i) / Math.max(1, total));
      String id = "seg-" + seed + "-" + i;
      byte[] json = serde.write(CloudEvent.of(id, BenchPayloads.SOURCE, customer, time,
          BenchPayloads.data(random, (int) i)));
      sink.accept(new Timed(new Payload(customer, json, -1), time.toEpochMilli()));
    }
    return seen.cardinality();
  }

  /** A payload and its event time, the record timestamp it is produced with. */
  public record Timed(Payload payload, long timestampMs) {}
}
