package dev.retention.deploy;

import dev.retention.deploy.bench.BenchPayloads;
import dev.retention.deploy.bench.ChurnLatencyBench;
import dev.retention.deploy.bench.IngestionBench;
import dev.retention.deploy.bench.IngestionBenchOptions.HttpTarget;
import dev.retention.deploy.bench.IngestionBenchOptions;
import dev.retention.deploy.bench.ProjectionBench;
import dev.retention.deploy.bench.SegmentationBench;
import dev.retention.runtime.config.ConfigException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code retention bench}: benchmarks that print ratios against raw Kafka measured in the same run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks on this machine; each prints its figures and their ratios to raw Kafka measured in "
        + "the same run.",
    subcommands = {BenchCommand.Ingestion.class, BenchCommand.Segmentation.class, BenchCommand.ChurnLatency.class,
        BenchCommand.Projection.class})
final class BenchCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code retention bench ingestion}. */
  @Command(
      name = "ingestion",
      mixinStandardHelpOptions = true,
      description = {
          "Measures ingestion on one Kafka broker, in one run, with the same payloads: a raw Kafka producer "
              + "(the gateway's producer settings), the validator working off a backlog (Kafka Streams, "
              + "exactly_once_v2), and HTTP batch ingest with load from a separate JVM: the whole interaction-events "
              + "service (gateway and validator) and the gateway alone. Prints events/s, MB/s, p50/p99 latency, "
              + "the ratios to the raw producer and the issue's targets (informational: a miss does not fail).",
          "Without --bootstrap-servers it starts a private broker (as `retention kafka start` does) in a "
              + "temporary directory on free ports and removes it at the end, also on Ctrl-C. With it, it writes "
              + "to that broker's catalog topics: use a broker you can throw away.",
          "HTTP load goes to 127.0.0.1 only and stops by itself."})
  static final class Ingestion implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--events", paramLabel = "<n>", defaultValue = "200000",
        description = "Payloads to generate, produce raw and validate. Default: ${DEFAULT-VALUE}.")
    int events;

    @Option(names = "--seconds", paramLabel = "<s>", defaultValue = "20",
        description = "Measured seconds of each HTTP phase. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Option(names = "--warmup", paramLabel = "<s>", defaultValue = "5",
        description = "Seconds of HTTP load before each measured window, not counted. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--concurrency", paramLabel = "<c>", defaultValue = "8",
        description = "HTTP clients sending at once, each waiting for its answer. Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--batch", paramLabel = "<n>", defaultValue = "100",
        description = "Events per HTTP request. Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--max-http-events", paramLabel = "<n>", defaultValue = "5000000",
        description = "The most events one HTTP phase sends, warm-up included. Default: ${DEFAULT-VALUE}.")
    long maxHttpEvents;

    @Option(names = "--http", paramLabel = "<phase>", split = ",", defaultValue = "service,gateway",
        description = "HTTP phases to run, comma separated: service (gateway and validator in one process), "
            + "gateway (alone), or none. Default: ${DEFAULT-VALUE}.")
    List<String> http;

    @Option(names = "--bootstrap-servers", paramLabel = "<host:port>",
        description = "Use this broker instead of starting a private one.")
    String bootstrapServers;

    @Option(names = "--stream-threads", paramLabel = "<n>",
        description = "streams.num.threads of the validator. Default: the platform's.")
    Integer streamThreads;

    @Option(names = "--commit-interval", paramLabel = "<duration>",
        description = "streams.commit.interval of the validator, e.g. 100ms or 1s. Default: the platform's.")
    String commitInterval;

    @Option(names = "--seed", paramLabel = "<n>", defaultValue = "" + BenchPayloads.DEFAULT_SEED,
        description = "Seed of the payloads. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--json", paramLabel = "<file>", description = "Also write the results to this file as JSON.")
    Path json;

    @Override
    public Integer call() throws InterruptedException {
      IngestionBenchOptions options;
      try {
        options = new IngestionBenchOptions(events, batch, concurrency, Duration.ofSeconds(warmup),
            Duration.ofSeconds(seconds), maxHttpEvents, Optional.ofNullable(bootstrapServers).map(String::strip),
            httpTargets(http), Optional.ofNullable(streamThreads), Optional.ofNullable(commitInterval), seed,
            Optional.ofNullable(json));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      return runBench(options.bootstrapServers(), () -> new IngestionBench(options,
          LocalKafkaConfig.home(RetentionCli.env(spec)), RetentionCli.out(spec), spec.commandLine().getErr()).run());
    }
  }

  /** {@code retention bench segmentation}. */
  @Command(
      name = "segmentation",
      mixinStandardHelpOptions = true,
      description = {
          "Measures the segmentation on one Kafka broker, in one run: a backlog of validated interaction events is "
              + "worked off by a minimal Kafka Streams per-key count (the reference) and then by the segmentation "
              + "(both exactly_once_v2, the platform's Streams settings, fresh application ids). Prints both rates "
              + "and their ratio, the segmentation's on-disk state per customer, memory, and the cost of a timer "
              + "tick with nothing due, with the issue's targets (informational: a miss does not fail).",
          "Without --bootstrap-servers it starts a private broker (as `retention kafka start` does) in a "
              + "temporary directory on free ports and removes it at the end, also on Ctrl-C. With it, it writes "
              + "to that broker's retention.interactions.v1: use a broker you can throw away."})
  static final class Segmentation implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", paramLabel = "<n>", defaultValue = "200000",
        description = "Customers the events are spread over. Default: ${DEFAULT-VALUE}.")
    int customers;

    @Option(names = "--events-per-customer", paramLabel = "<k>", defaultValue = "5",
        description = "Events per customer on average. Default: ${DEFAULT-VALUE}.")
    int eventsPerCustomer;

    @Option(names = "--bootstrap-servers", paramLabel = "<host:port>",
        description = "Use this broker instead of starting a private one.")
    String bootstrapServers;

    @Option(names = "--seed", paramLabel = "<n>", defaultValue = "" + BenchPayloads.DEFAULT_SEED,
        description = "Seed of the events. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--churn", description = "Also run the churn detector on the same backlog (a third phase, "
        + "with its ratio to the count reference).")
    boolean churn;

    @Override
    public Integer call() throws InterruptedException {
      SegmentationBench.Options options;
      try {
        options = new SegmentationBench.Options(customers, eventsPerCustomer,
            Optional.ofNullable(bootstrapServers).map(String::strip), seed, churn);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      return runBench(options.bootstrapServers(), () -> new SegmentationBench(options,
          LocalKafkaConfig.home(RetentionCli.env(spec)), RetentionCli.out(spec), spec.commandLine().getErr()).run());
    }
  }

  @Command(
      name = "churn-latency",
      mixinStandardHelpOptions = true,
      description = {"End-to-end latency from an event's append to its churn warning on the warnings topic "
          + "(committed, read by a read_committed consumer), with the churn detector running exactly_once_v2 on a "
          + "private broker, at a fixed rate. Prints p50, p99 and max against the issue's target (p99 <= 250 ms at "
          + "5,000 events/s; informational)."})
  static final class ChurnLatency implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rate", paramLabel = "<n>", defaultValue = "200",
        description = "Events per second. Default: ${DEFAULT-VALUE}.")
    int rate;

    @Option(names = "--seconds", paramLabel = "<s>", defaultValue = "20",
        description = "How long to send. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Option(names = "--bootstrap-servers", paramLabel = "<host:port>",
        description = "Use this broker instead of starting a private one.")
    String bootstrapServers;

    @Override
    public Integer call() throws InterruptedException {
      ChurnLatencyBench.Options options;
      try {
        options = new ChurnLatencyBench.Options(rate, seconds,
            Optional.ofNullable(bootstrapServers).map(String::strip));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      return runBench(options.bootstrapServers(), () -> new ChurnLatencyBench(options,
          LocalKafkaConfig.home(RetentionCli.env(spec)), RetentionCli.out(spec), spec.commandLine().getErr()).run());
    }
  }

  /** {@code retention bench projection}. */
  @Command(
      name = "projection",
      mixinStandardHelpOptions = true,
      description = {
          "Measures the projection service on one Kafka broker, in one run: two instances in this JVM (same "
              + "application id, each its own HTTP port on 127.0.0.1 and state directory) are loaded with a "
              + "population of customers (customer-value for each, churn-risk for 30 %%); then key lookups "
              + "GET /v1/customers/{id} on the key's owner (local) and on the other instance (routed), and segment "
              + "pages of 100 with their cursors, each against the HTTP floor of the same servers (GET /health/live); "
              + "then the 360's freshness at a fixed event rate against raw Kafka's end-to-end latency at the same "
              + "rate (produce -> read_committed consumer). Prints p50/p99/max, the ratios and the issue's targets "
              + "(informational: a miss does not fail).",
          "Without --bootstrap-servers it starts a private broker (as `retention kafka start` does) in a "
              + "temporary directory on free ports and removes it at the end, also on Ctrl-C. With it, it writes "
              + "to that broker's customer-value, churn-risk and interactions topics: use a broker you can throw "
              + "away.",
          "HTTP requests go to 127.0.0.1 only."})
  static final class Projection implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", paramLabel = "<n>", defaultValue = "1000000",
        description = "Customers to load. Default: ${DEFAULT-VALUE}.")
    int customers;

    @Option(names = "--lookups", paramLabel = "<n>", defaultValue = "20000",
        description = "Measured key lookups, half local, half routed. Default: ${DEFAULT-VALUE}.")
    int lookups;

    @Option(names = "--pages", paramLabel = "<n>", defaultValue = "2000",
        description = "Measured segment pages of 100. Default: ${DEFAULT-VALUE}.")
    int pages;

    @Option(names = "--rate", paramLabel = "<n>", defaultValue = "5000",
        description = "Events per second of the freshness phase and its raw Kafka reference. "
            + "Default: ${DEFAULT-VALUE}.")
    int rate;

    @Option(names = "--seconds", paramLabel = "<s>", defaultValue = "30",
        description = "How long each of the two freshness phases sends. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Option(names = "--probes", paramLabel = "<n>", defaultValue = "20",
        description = "Probe events per second whose visibility in the 360 is measured. Default: ${DEFAULT-VALUE}.")
    int probes;

    @Option(names = "--bootstrap-servers", paramLabel = "<host:port>",
        description = "Use this broker instead of starting a private one.")
    String bootstrapServers;

    @Option(names = "--seed", paramLabel = "<n>", defaultValue = "" + BenchPayloads.DEFAULT_SEED,
        description = "Seed of the population and the events. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--json", paramLabel = "<file>", description = "Also write the results to this file as JSON.")
    Path json;

    @Override
    public Integer call() throws InterruptedException {
      ProjectionBench.Options options;
      try {
        options = new ProjectionBench.Options(customers, lookups, pages, rate, seconds, probes,
            Optional.ofNullable(bootstrapServers).map(String::strip), seed, Optional.ofNullable(json));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      return runBench(options.bootstrapServers(), () -> new ProjectionBench(options,
          LocalKafkaConfig.home(RetentionCli.env(spec)), RetentionCli.out(spec), spec.commandLine().getErr()).run());
    }
  }

  /** A benchmark's run. */
  @FunctionalInterface
  interface Run {
    void run() throws InterruptedException;
  }

  /**
   * Runs a benchmark: first checks that a given broker answers, then turns what makes the benchmark fail into the
   * CLI's one-line error.
   */
  static int runBench(Optional<String> bootstrapServers, Run run) throws InterruptedException {
    if (bootstrapServers.isPresent()
        && !BrokerProbe.acceptsConnections(bootstrapServers.get().split(",")[0].strip(), Duration.ofSeconds(2))) {
      throw new LauncherException("Kafka does not answer on " + bootstrapServers.get());
    }
    try {
      run.run();
    } catch (IllegalStateException | UncheckedIOException | ConfigException e) {
      throw new LauncherException("the benchmark failed: " + e.getMessage(), e);
    }
    return 0;
  }

  /** {@code service}, {@code gateway} or {@code none}, in any case. */
  static Set<HttpTarget> httpTargets(List<String> names) {
    Set<HttpTarget> targets = EnumSet.noneOf(HttpTarget.class);
    for (String name : names) {
      String normalized = name.strip().toUpperCase(Locale.ROOT);
      if (normalized.equals("NONE")) {
        continue;
      }
      try {
        targets.add(HttpTarget.valueOf(normalized));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--http takes service, gateway or none, not '" + name + "'", e);
      }
    }
    return targets;
  }
}
