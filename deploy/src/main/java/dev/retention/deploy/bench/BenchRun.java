package dev.retention.deploy.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The results of one {@code retention bench ingestion}: the phases as measured, and the ratios and targets derived
 * from them.
 *
 * @param broker where Kafka ran
 */
public record BenchRun(Instant startedAt, MachineInfo machine, Map<String, String> settings, String broker,
    double meanEventBytes, List<PhaseResult> phases) {

  /** Validator throughput at least this share of raw producer throughput. */
  public static final double VALIDATOR_TARGET_RATIO = 0.15;
  /** HTTP batch ingest at least this many events per second... */
  public static final double HTTP_TARGET_RATE = 20_000;
  /** ...with a 99th percentile request latency of at most this. */
  public static final double HTTP_TARGET_P99_MILLIS = 100;

  /** A phase's throughput over the raw producer's. */
  public record Ratio(String phase, double value) {}

  /** A target of the issue, and whether this run met it. Informational: a miss is not a failure of the command. */
  public record Target(String phase, String requirement, String measured, boolean met) {}

  public BenchRun {
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    phases = List.copyOf(phases);
  }

  public Optional<PhaseResult> phase(String name) {
    return phases.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The phase during which other processes of the machine were busiest, if that was measured. */
  public Optional<PhaseResult> busiestElsewhere() {
    return phases.stream().filter(p -> p.otherCores() != null)
        .max(java.util.Comparator.comparingDouble(PhaseResult::otherCores));
  }

  /** Every other phase's events/s over the raw producer's. */
  public List<Ratio> ratios() {
    Optional<PhaseResult> raw = phase(RawProducerPhase.NAME).filter(r -> r.eventsPerSecond() > 0);
    if (raw.isEmpty()) {
      return List.of();
    }
    return phases.stream().filter(p -> !p.name().equals(RawProducerPhase.NAME))
        .map(p -> new Ratio(p.name(), p.eventsPerSecond() / raw.get().eventsPerSecond())).toList();
  }

  public List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    ratios().stream().filter(r -> r.phase().equals(ValidatorPhase.NAME)).findFirst().ifPresent(r ->
        targets.add(new Target(r.phase(), String.format(Locale.ROOT, ">= %.0f%% of raw producer",
            VALIDATOR_TARGET_RATIO * 100), String.format(Locale.ROOT, "%.1f%%", r.value() * 100),
            r.value() >= VALIDATOR_TARGET_RATIO)));
    for (String name : List.of(GatewayPhase.NAME, ServicePhase.NAME)) {
      phase(name).ifPresent(p -> {
        targets.add(new Target(name, String.format(Locale.ROOT, ">= %,.0f events/s", HTTP_TARGET_RATE),
            String.format(Locale.ROOT, "%,.0f events/s", p.eventsPerSecond()),
            p.eventsPerSecond() >= HTTP_TARGET_RATE));
        double p99 = p.p99Millis() == null ? Double.NaN : p.p99Millis();
        targets.add(new Target(name, String.format(Locale.ROOT, "p99 <= %.0f ms", HTTP_TARGET_P99_MILLIS),
            String.format(Locale.ROOT, "%.1f ms", p99), p99 <= HTTP_TARGET_P99_MILLIS));
      });
    }
    return targets;
  }
}
