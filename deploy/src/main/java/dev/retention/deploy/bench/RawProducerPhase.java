package dev.retention.deploy.bench;

import dev.retention.deploy.bench.BenchPayloads.Payload;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The reference: the payloads produced straight to a fresh topic of the catalog's partition count, by one producer
 * with the gateway's settings (idempotent, {@code acks=all}, the same linger and batch size). A warm-up pass over the
 * payloads (at most {@value #MAX_WARMUP} of them) goes first and is not counted, so that the producer is measured
 * warm like every other phase; then {@value #PASSES} timed passes, each all the payloads, of which the median counts
 * (a pass takes about a second, short enough for a GC pause or a neighbour's burst to show).
 */
final class RawProducerPhase {

  static final String NAME = "raw producer";
  static final int MAX_WARMUP = 200_000;
  static final int PASSES = 3;

  private RawProducerPhase() {}

  static PhaseResult run(TopicOffsets topics, Map<String, Object> producerConfig, List<Payload> payloads,
      String topic, int partitions, CpuMeter cpu) throws InterruptedException {
    topics.createTopic(topic, partitions);
    int warmup = Math.min(MAX_WARMUP, payloads.size());
    List<PayloadProducer.Produced> passes = new ArrayList<>();
    Map<String, Duration> cpuBefore;
    Map<String, Duration> cpuAfter;
    try (PayloadProducer producer = new PayloadProducer(producerConfig, "retention-bench-raw")) {
      producer.produce(topic, payloads, 0, warmup);
      cpuBefore = cpu.read();
      for (int pass = 0; pass < PASSES; pass++) {
        passes.add(producer.produce(topic, payloads, 0, payloads.size()));
      }
      cpuAfter = cpu.read();
    }
    CpuMeter.Usage usage = CpuMeter.usage(cpuBefore, cpuAfter,
        passes.stream().mapToDouble(PayloadProducer.Produced::seconds).sum(), Map.of());
    List<PayloadProducer.Produced> byRate = passes.stream()
        .sorted(Comparator.comparingDouble(PayloadProducer.Produced::eventsPerSecond)).toList();
    PayloadProducer.Produced median = byRate.get(byRate.size() / 2);
    List<String> notes = new ArrayList<>();
    notes.add(String.format(Locale.ROOT, "to %s (%d partitions), after %,d warm-up events; median of %d passes: %s "
        + "events/s", topic, partitions, warmup, PASSES, passes.stream()
            .map(p -> String.format(Locale.ROOT, "%,.0f", p.eventsPerSecond())).collect(Collectors.joining(", "))));
    notes.add("while measured, " + usage.describe());
    long errors = passes.stream().mapToLong(PayloadProducer.Produced::errors).sum();
    if (errors > 0) {
      notes.add(errors + " sends failed, first: " + passes.stream().map(PayloadProducer.Produced::firstError)
          .filter(e -> e != null).findFirst().orElse("?"));
    }
    long expected = warmup + (long) PASSES * payloads.size();
    // every send was acknowledged; the end offsets the admin client lists can lag that by a moment on a busy broker
    long written = topics.endOffsets(topic);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (written < expected && System.nanoTime() < deadline) {
      Thread.sleep(100);
      written = topics.endOffsets(topic);
    }
    if (written != expected) {
      notes.add(String.format(Locale.ROOT, "CHECK FAILED: the topic holds %,d records, expected %,d", written,
          expected));
    }
    return new PhaseResult(NAME, median.events() - median.errors(), median.seconds(), median.bytes(), null, null,
        usage.otherProcesses(), notes);
  }
}
