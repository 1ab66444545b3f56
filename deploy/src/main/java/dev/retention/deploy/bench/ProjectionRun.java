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
 * The results of one {@code retention bench projection}: the population, the phases with their latency series, and
 * the ratios and targets derived from them.
 *
 * @param settings what ran, one line each, in print order
 */
public record ProjectionRun(Instant startedAt, MachineInfo machine, String broker, Map<String, String> settings,
    Population population, List<Phase> phases) {

  public static final String HTTP_FLOOR = "http floor";
  public static final String LOOKUP_LOCAL = "lookup local";
  public static final String LOOKUP_ROUTED = "lookup routed";
  public static final String PAGE_FIRST = "page first";
  public static final String PAGE_NEXT = "page cursor";
  public static final String PAGE_ALL = "page all";
  public static final String RAW_KAFKA = "raw kafka e2e";
  public static final String FRESHNESS = "freshness 360";

  public static final double LOCAL_P99_TARGET_MILLIS = 10;
  public static final double ROUTED_P99_TARGET_MILLIS = 50;
  public static final double PAGE_P99_TARGET_MILLIS = 50;
  public static final int PAGE_TARGET_CUSTOMERS = 1_000_000;
  public static final double FRESHNESS_P99_TARGET_MILLIS = 1000;
  public static final int FRESHNESS_TARGET_RATE = 5000;

  /**
   * The customers loaded before the measurements.
   *
   * @param records customer-value and churn-risk records produced
   * @param produceSeconds from the first send to the producer's flush
   * @param catchUpSeconds from the first send until both instances had committed the end of both input topics
   */
  public record Population(int customers, long risks, long records, long bytes, double produceSeconds,
      double catchUpSeconds) {

    /** Records per second the two instances took in, from the first send to caught up. */
    public double recordsPerSecond() {
      return catchUpSeconds > 0 ? records / catchUpSeconds : 0;
    }
  }

  /** One latency series: requests or events measured, and those that failed or were never seen. */
  public record Series(String name, String what, Percentiles latency, long failed) {}

  /**
   * One phase of the run.
   *
   * @param usage cores busy while it ran
   * @param otherCores cores busy with processes not measured, null if unknown
   * @param rate the offered rate in events per second, for the rate-driven phases; 0 otherwise
   */
  public record Phase(String name, double seconds, List<Series> series, List<String> notes, String usage,
      Double otherCores, int rate) {
    public Phase {
      series = List.copyOf(series);
      notes = List.copyOf(notes);
    }
  }

  /** A figure of the platform over its reference, both p50 and p99. */
  public record Ratio(String series, String reference, double p50, double p99) {}

  /** A target of the issue and whether this run met it; informational, a miss does not fail the command. */
  public record Target(String requirement, String measured, boolean met) {}

  public ProjectionRun {
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    phases = List.copyOf(phases);
  }

  public Optional<Series> series(String name) {
    return phases.stream().flatMap(p -> p.series().stream()).filter(s -> s.name().equals(name)).findFirst();
  }

  public Optional<Phase> phaseOf(String seriesName) {
    return phases.stream().filter(p -> p.series().stream().anyMatch(s -> s.name().equals(seriesName))).findFirst();
  }

  /** The phase during which other processes of the machine were busiest, if that was measured. */
  public Optional<Phase> busiestElsewhere() {
    return phases.stream().filter(p -> p.otherCores() != null)
        .max(java.util.Comparator.comparingDouble(Phase::otherCores));
  }

  public List<Ratio> ratios() {
    List<Ratio> ratios = new ArrayList<>();
    for (String name : List.of(LOOKUP_LOCAL, LOOKUP_ROUTED, PAGE_ALL)) {
      ratio(name, HTTP_FLOOR).ifPresent(ratios::add);
    }
    ratio(FRESHNESS, RAW_KAFKA).ifPresent(ratios::add);
    return ratios;
  }

  private Optional<Ratio> ratio(String name, String reference) {
    Optional<Series> s = series(name).filter(x -> x.latency().count() > 0);
    Optional<Series> r = series(reference).filter(x -> x.latency().p50Millis() > 0 && x.latency().p99Millis() > 0);
    if (s.isEmpty() || r.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Ratio(name, reference, s.get().latency().p50Millis() / r.get().latency().p50Millis(),
        s.get().latency().p99Millis() / r.get().latency().p99Millis()));
  }

  public List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    series(LOOKUP_LOCAL).ifPresent(s -> targets.add(p99Target(s, "key lookup local p99 <= 10 ms",
        LOCAL_P99_TARGET_MILLIS, "")));
    series(LOOKUP_ROUTED).ifPresent(s -> targets.add(p99Target(s, "key lookup routed p99 <= 50 ms",
        ROUTED_P99_TARGET_MILLIS, "")));
    series(PAGE_ALL).ifPresent(s -> {
      boolean full = population.customers() >= PAGE_TARGET_CUSTOMERS;
      Target t = p99Target(s, "segment page of 100 p99 <= 50 ms at 1M customers", PAGE_P99_TARGET_MILLIS,
          String.format(Locale.ROOT, " at %,d customers%s", population.customers(), full ? "" : " (fewer than 1M)"));
      targets.add(new Target(t.requirement(), t.measured(), t.met() && full));
    });
    series(FRESHNESS).ifPresent(s -> {
      int rate = phaseOf(FRESHNESS).map(Phase::rate).orElse(0);
      boolean atRate = rate >= FRESHNESS_TARGET_RATE;
      Target t = p99Target(s, "freshness p99 <= 1 s at 5,000 events/s", FRESHNESS_P99_TARGET_MILLIS,
          String.format(Locale.ROOT, " at %,d events/s%s", rate, atRate ? "" : " (below the target's rate)"));
      targets.add(new Target(t.requirement(), t.measured(), t.met() && atRate));
    });
    return targets;
  }

  /** Met when the p99 is within the limit and nothing failed (a lost request or probe is worse than a slow one). */
  private static Target p99Target(Series s, String requirement, double limitMillis, String suffix) {
    String failed = s.failed() > 0 ? String.format(Locale.ROOT, ", %,d of %,d failed", s.failed(),
        s.failed() + s.latency().count()) : "";
    return new Target(requirement, String.format(Locale.ROOT, "%.1f ms%s%s", s.latency().p99Millis(), suffix,
        failed), s.latency().count() > 0 && s.failed() == 0 && s.latency().p99Millis() <= limitMillis);
  }
}
