package dev.retention.deploy.bench;

import dev.retention.contracts.topics.Topics;
import dev.retention.deploy.bench.BenchPayloads.Payload;
import dev.retention.deploy.bench.IngestionBenchOptions.HttpTarget;
import dev.retention.runtime.streams.StreamsSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code retention bench ingestion}: on one broker, in one run, the raw producer, the validator and HTTP ingest
 * (the whole service, and the gateway alone), each measured on the same payloads, and the ratios to the raw
 * producer. Prints progress as it goes and the results at the end; never fails for a missed target.
 */
public final class IngestionBench {

  /** The most warm-up events the validator phase puts before the payloads (at most half as many as those). */
  static final int VALIDATOR_WARMUP = 100_000;

  private final IngestionBenchOptions options;
  private final Path home;
  private final PrintWriter out;
  private final PrintWriter err;

  /** @param home base of the private broker's default settings (the repository root) */
  public IngestionBench(IngestionBenchOptions options, Path home, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.home = home;
    this.out = out;
    this.err = err;
  }

  public BenchRun run() throws InterruptedException {
    Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    MachineInfo machine = MachineInfo.current();
    String runId = "retention-bench-" + startedAt.getEpochSecond();
    List<PhaseResult> phases = new ArrayList<>();
    String broker;
    StreamsSettings validator;
    double meanSize;
    try (Cleanup cleanup = new Cleanup(message -> say(err, "warning: " + message))) {
      BenchRig rig = BenchRig.prepare(options, home, runId, cleanup, out);
      broker = rig.broker();
      validator = StreamsSettings.from(rig.values());
      say(out, broker);

      long generating = System.nanoTime();
      List<Payload> payloads = BenchPayloads.generate(options.events(), options.seed());
      meanSize = BenchPayloads.meanSize(payloads);
      say(out, String.format(Locale.ROOT, "generated %,d payloads (%.0f bytes on average) in %.1f s",
          payloads.size(), meanSize, (System.nanoTime() - generating) / 1e9));

      String benchTopic = "retention.bench." + startedAt.getEpochSecond() + ".raw";
      say(out, "phase " + RawProducerPhase.NAME + ": the payloads to " + benchTopic + " ...");
      if (!rig.ownBroker()) {
        cleanup.add("delete " + benchTopic, () -> rig.topics().deleteTopic(benchTopic));
      }
      phases.add(report(RawProducerPhase.run(rig.topics(), rig.producerConfig(), payloads, benchTopic,
          Topics.PARTITIONS, rig.cpu())));

      say(out, "phase " + ValidatorPhase.NAME + ": a backlog of warm-up events and the payloads, then the "
          + "validator ...");
      List<Payload> warmup = BenchPayloads.generate(Math.min(payloads.size() / 2, VALIDATOR_WARMUP),
          options.seed() + 1);
      phases.add(report(ValidatorPhase.run(rig.topics(), rig.producerConfig(), warmup, payloads, rig.values(),
          rig.cpu(), cleanup)));

      HttpLoad load = new HttpLoad(options.batch(), options.concurrency(), options.warmup(), options.window(),
          options.maxHttpEvents(), options.events(), options.seed());
      String loadTime = (options.warmup().toSeconds() + options.window().toSeconds()) + " s";
      if (options.httpTargets().contains(HttpTarget.SERVICE)) {
        say(out, "phase " + ServicePhase.NAME + ": the interaction-events service, HTTP load for " + loadTime
            + " ...");
        phases.add(report(ServicePhase.run(rig.values(), load, rig.key(), rig.topics(), rig.cpu(), cleanup,
            meanSize)));
      }
      if (options.httpTargets().contains(HttpTarget.GATEWAY)) {
        say(out, "phase " + GatewayPhase.NAME + ": the gateway alone, HTTP load for " + loadTime + " ...");
        phases.add(report(GatewayPhase.run(rig.values(), load, rig.key(), rig.topics(), rig.cpu(), cleanup,
            meanSize)));
      }
      say(out, "done; stopping and cleaning up ...");
    }
    BenchRun run = new BenchRun(startedAt, machine, options.describe(validator), broker, meanSize, phases);
    out.println();
    out.print(BenchReport.format(run));
    out.flush();
    options.json().ifPresent(file -> {
      BenchJson.write(run, file);
      say(out, "results written to " + file);
    });
    return run;
  }

  private PhaseResult report(PhaseResult phase) {
    say(out, String.format(Locale.ROOT, "  %s: %,d events in %.2f s = %,.0f events/s%s", phase.name(),
        phase.events(), phase.seconds(), phase.eventsPerSecond(), phase.p99Millis() == null ? ""
            : String.format(Locale.ROOT, ", p50 %.1f ms, p99 %.1f ms", phase.p50Millis(), phase.p99Millis())));
    return phase;
  }

  private static void say(PrintWriter writer, String line) {
    writer.println(line);
    writer.flush();
  }
}
