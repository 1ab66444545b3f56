package dev.retention.deploy.bench;

import dev.retention.contracts.topics.Topics;
import dev.retention.deploy.bench.BenchPayloads.Payload;
import dev.retention.ingestion.stream.ValidatorCounts;
import dev.retention.ingestion.stream.ValidatorService;
import dev.retention.ingestion.validation.ValidationSettings;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.metrics.MetricsRegistry;
import dev.retention.runtime.streams.StreamsSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The validator's sustained rate: warm-up events and then the payloads are produced to the raw interactions topic
 * first (a backlog), then the validator starts with the platform's Streams settings ({@code exactly_once_v2}, its
 * commit interval, one thread unless told otherwise) under a fresh application id and state directory, and works the
 * backlog off. The rate is measured from the moment the warm-up events are processed (the JIT compiler has then
 * done most of its work; until then the rate climbs for several seconds) to the moment the last event is; start-up
 * (joining the group, creating the changelog topics, opening RocksDB) and the rate from the very first event are
 * reported apart.
 */
final class ValidatorPhase {

  static final String NAME = "validator";

  private static final long POLL_MILLIS = 25;

  private ValidatorPhase() {}

  /**
   * @param warmup events (with ids of their own) produced ahead of the payloads and not counted
   */
  static PhaseResult run(TopicOffsets topics, Map<String, Object> producerConfig, List<Payload> warmup,
      List<Payload> payloads, ConfigValues values, CpuMeter cpu, Cleanup cleanup) throws InterruptedException {
    List<String> notes = new ArrayList<>();
    String raw = Topics.RAW_INTERACTIONS.name();
    long before = topics.records(raw);
    try (PayloadProducer producer = new PayloadProducer(producerConfig, "retention-bench-backlog")) {
      producer.produce(raw, warmup, 0, warmup.size());
      PayloadProducer.Produced backlog = producer.produce(raw, payloads, 0, payloads.size());
      notes.add(String.format(Locale.ROOT, "backlog of %,d warm-up + %,d events produced to %s (those at "
          + "%,.0f events/s)%s", warmup.size(), backlog.events(), raw, backlog.eventsPerSecond(),
          backlog.errors() > 0 ? " (" + backlog.errors() + " failed: " + backlog.firstError() + ")" : ""));
    }
    long expected = topics.records(raw);
    if (before > 0) {
      notes.add(String.format(Locale.ROOT, "the topic held %,d records before; the validator reads them too",
          before));
    }

    StreamsSettings streams = StreamsSettings.from(values);
    MetricsRegistry metrics = cleanup.add("close the validator's metrics", MetricsRegistry.create("bench-validator"));
    long start = System.nanoTime();
    ValidatorService validator = cleanup.add("stop the validator",
        ValidatorService.start(values, ValidationSettings.from(values), metrics.registry()));
    long deadline = start + (60 + expected / 1000) * 1_000_000_000L;
    long warmedUp = before + warmup.size();
    long firstAt = -1;
    long inAtFirst = 0;
    long measuredFrom = -1;
    long inAtMeasured = 0;
    long doneAt;
    Map<String, Duration> cpuAtMeasured = Map.of();
    Map<String, Duration> cpuAtDone;
    ValidatorCounts counts;
    while (true) {
      counts = validator.counts();
      long now = System.nanoTime();
      if (firstAt < 0 && counts.in() > 0) {
        firstAt = now;
        inAtFirst = counts.in();
      }
      if (measuredFrom < 0 && counts.in() >= warmedUp) {
        measuredFrom = now;
        inAtMeasured = counts.in();
        cpuAtMeasured = cpu.read();
      }
      if (counts.in() >= expected) {
        doneAt = now;
        cpuAtDone = cpu.read();
        break;
      }
      KafkaStreams.State state = validator.app().state();
      if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING
          || state == KafkaStreams.State.PENDING_ERROR) {
        throw new IllegalStateException("the validator stopped (" + state + ") after " + counts.in() + " of "
            + expected + " records", validator.app().failure().orElse(null));
      }
      if (now > deadline) {
        throw new IllegalStateException("the validator processed only " + counts.in() + " of " + expected
            + " records in " + (now - start) / 1_000_000_000L + " s");
      }
      Thread.sleep(POLL_MILLIS);
    }
    long committedAt = awaitCommitted(topics, streams.applicationId(), raw, doneAt);
    cleanup.closeLatest(); // the validator
    cleanup.closeLatest(); // its metrics

    notes.add(String.format(Locale.ROOT, "start-up %.1f s (start to first record processed); %d stream thread(s), "
        + "commit interval %d ms, exactly_once_v2", (firstAt - start) / 1e9, streams.numStreamThreads(),
        streams.commitInterval().toMillis()));
    notes.add(String.format(Locale.ROOT, "measured after %,d warm-up events (%.1f s); from the very first record: "
        + "%,d events in %.1f s = %,.0f events/s", inAtMeasured - before, (measuredFrom - firstAt) / 1e9,
        counts.in() - inAtFirst, (doneAt - firstAt) / 1e9, rate(counts.in() - inAtFirst, doneAt - firstAt)));
    notes.add(committedAt < 0 ? "CHECK FAILED: offsets not committed to the end within 30 s"
        : String.format(Locale.ROOT, "last offsets committed %.0f ms after the last record was processed",
            (committedAt - doneAt) / 1e6));
    notes.add(String.format(Locale.ROOT, "in %,d = accepted %,d + rejected %,d %s+ duplicates %,d%s", counts.in(),
        counts.accepted(), counts.rejected(), counts.rejected() > 0 ? counts.rejectedByReason() + " " : "",
        counts.duplicates(), counts.balanced() ? "" : " (CHECK FAILED: does not add up)"));
    CpuMeter.Usage usage = CpuMeter.usage(cpuAtMeasured, cpuAtDone, (doneAt - measuredFrom) / 1e9, Map.of());
    notes.add("while measured, " + usage.describe());
    long events = counts.in() - inAtMeasured;
    if (events == 0) {
      notes.add("too few events to measure a rate: the first poll after the warm-up saw them all processed; use "
          + "more --events");
    }
    double meanSize = BenchPayloads.meanSize(payloads);
    return new PhaseResult(NAME, events, (doneAt - measuredFrom) / 1e9, Math.round(events * meanSize), null, null,
        usage.otherProcesses(), notes);
  }

  private static double rate(long events, long nanos) {
    return nanos > 0 ? events / (nanos / 1e9) : 0;
  }

  /** When the validator's group had committed the end of the raw topic, or -1 if not within 30 s. */
  private static long awaitCommitted(TopicOffsets topics, String groupId, String topic, long from)
      throws InterruptedException {
    long deadline = from + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (topics.committedToEnd(groupId, topic)) {
        return System.nanoTime();
      }
      Thread.sleep(POLL_MILLIS);
    }
    return -1;
  }
}
