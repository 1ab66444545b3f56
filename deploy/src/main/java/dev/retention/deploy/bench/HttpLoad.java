package dev.retention.deploy.bench;

import dev.retention.contracts.topics.Topics;
import dev.retention.ingestion.http.BatchHandler;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One HTTP load against a running gateway, measured from outside: runs the {@link LoadProcess} against
 * {@code POST /v1/events:batch} and checks that every event it got a 202 for is on the raw interactions topic.
 *
 * @param batchSize events per request
 * @param concurrency clients sending at once, each in a closed loop
 * @param warmup load before the measured window, not counted
 * @param window the measured window
 * @param maxEvents the most events the load sends, warm-up included
 * @param payloadCount how many distinct payloads it cycles through
 * @param seed the payloads' seed
 */
record HttpLoad(int batchSize, int concurrency, Duration warmup, Duration window, long maxEvents, int payloadCount,
    long seed) {

  /** What a load measured and what the check found. */
  record Measured(LoadResult result, CpuMeter.Usage cpu, List<String> notes) {

    PhaseResult toPhase(String name, double meanEventSize, List<String> moreNotes) {
      List<String> all = new ArrayList<>(notes);
      all.addAll(moreNotes);
      return new PhaseResult(name, result.events(), result.seconds(), Math.round(result.events() * meanEventSize),
          result.p50Millis(), result.p99Millis(), cpu.otherProcesses(), all);
    }
  }

  /**
   * Runs the load.
   *
   * @param firstRound the first round of ids (see {@link LoadBatches}): 0 sends the payloads' own ids first
   */
  Measured run(URI gateway, long firstRound, String apiKey, TopicOffsets topics, CpuMeter cpu, Cleanup cleanup)
      throws InterruptedException {
    String raw = Topics.RAW_INTERACTIONS.name();
    long before = topics.endOffsets(raw);
    HttpLoadGenerator.Plan plan = new HttpLoadGenerator.Plan(gateway.resolve(BatchHandler.PATH), batchSize,
        concurrency, warmup, window, maxEvents, payloadCount, seed, firstRound);
    AtomicReference<Map<String, Duration>> cpuBefore = new AtomicReference<>(Map.of());
    AtomicReference<Map<String, Duration>> cpuAfter = new AtomicReference<>(Map.of());
    LoadResult result = LoadProcess.run(plan, apiKey, cleanup, new LoadProcess.Listener() {
      @Override
      public void started() {
        cpuBefore.set(cpu.read());
      }

      @Override
      public void finished() {
        cpuAfter.set(cpu.read());
      }
    });
    long landed = topics.endOffsets(raw) - before;
    List<String> notes = new ArrayList<>();
    notes.add(String.format(Locale.ROOT, "%d clients x %d events per request (NDJSON), %d s warm-up + %d s "
        + "measured; %,d requests measured, slowest %.1f ms", concurrency, batchSize, warmup.toSeconds(),
        window.toSeconds(), result.batches(), result.maxMillis()));
    notes.add(String.format(Locale.ROOT, "%,d events accepted in all (warm-up included); %,d on %s%s", result.sent(),
        landed, raw, landed == result.sent() ? ": every accepted event landed" : ": CHECK FAILED"));
    CpuMeter.Usage usage = CpuMeter.usage(cpuBefore.get(), cpuAfter.get(), result.loadSeconds(),
        Map.of("load generator", result.cpuSeconds()));
    notes.add("during the load, " + usage.describe());
    if (result.errors() > 0) {
      notes.add(result.errors() + " requests failed or were not answered 202 (see the load generator's output)");
    }
    return new Measured(result, usage, notes);
  }
}
