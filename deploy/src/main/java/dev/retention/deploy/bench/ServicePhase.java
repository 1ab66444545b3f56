package dev.retention.deploy.bench;

import dev.retention.ingestion.IngestionService;
import dev.retention.ingestion.stream.ValidatorCounts;
import dev.retention.runtime.config.ConfigValues;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * HTTP ingest as deployed: the whole interaction-events service ({@link IngestionService}: gateway and validator in
 * one JVM), here in this JVM on 127.0.0.1. The validator continues the validator phase's application (same id, same
 * state), so it starts at the end of that backlog and validates only what comes in over HTTP, while the load runs.
 * The load's ids are new ({@link LoadBatches} rounds from 1), so the validator finds no duplicates.
 */
final class ServicePhase {

  static final String NAME = "http service";

  private static final long DRAIN_TIMEOUT_NANOS = 120_000_000_000L;

  private ServicePhase() {}

  static PhaseResult run(ConfigValues values, HttpLoad load, BenchApiKey key, TopicOffsets topics, CpuMeter cpu,
      Cleanup cleanup, double meanEventSize) throws InterruptedException {
    long start = System.nanoTime();
    IngestionService service = cleanup.add("stop the interaction-events service",
        IngestionService.start(values, Clock.systemUTC()));
    double startUp = (System.nanoTime() - start) / 1e9;
    HttpLoad.Measured measured = load.run(service.httpUri(), 1, key.key(), topics, cpu, cleanup);
    long loadEnded = System.nanoTime();
    long atEnd = service.validator().counts().in();
    long expected = measured.result().sent();
    ValidatorCounts counts = service.validator().counts();
    while (counts.in() < expected && System.nanoTime() - loadEnded < DRAIN_TIMEOUT_NANOS) {
      Thread.sleep(25);
      counts = service.validator().counts();
    }
    double drain = (System.nanoTime() - loadEnded) / 1e9;
    cleanup.closeLatest();
    String validated = counts.in() >= expected
        ? String.format(Locale.ROOT, "the validator had processed %,d of the %,d events when the load ended, all "
            + "%.1f s later (accepted %,d, rejected %,d, duplicates %,d): validated end to end at %,.0f events/s "
            + "over the load and the catch-up", atEnd, expected, drain, counts.accepted(), counts.rejected(),
            counts.duplicates(), expected / (measured.result().loadSeconds() + drain))
        : String.format(Locale.ROOT, "CHECK FAILED: the validator processed only %,d of %,d events within %.0f s",
            counts.in(), expected, drain);
    return measured.toPhase(NAME, meanEventSize, List.of(String.format(Locale.ROOT,
        "whole service (IngestionService: gateway + validator in one JVM), started in %.1f s", startUp), validated));
  }
}
