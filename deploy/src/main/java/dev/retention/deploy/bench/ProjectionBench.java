package dev.retention.deploy.bench;

import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.contracts.topics.Topics;
import dev.retention.deploy.BrokerProbe;
import dev.retention.deploy.bench.ProjectionRun.Phase;
import dev.retention.deploy.bench.ProjectionRun.Population;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * {@code retention bench projection}: two projection-service instances in this JVM on one broker, loaded with a
 * population of customers; then key lookups (local and routed) and segment pages against the HTTP floor of the same
 * servers, and the 360's freshness at a fixed event rate against raw Kafka's end-to-end latency at the same rate, in
 * the same run. Prints one table with the ratios and the targets (informational: a miss does not fail).
 */
public final class ProjectionBench {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration MAX_VISIBILITY_WAIT = Duration.ofSeconds(30);

  /**
   * What the command line asked for.
   *
   * @param lookups measured key lookups, half local and half routed
   * @param pages measured segment pages
   * @param rate events per second of the freshness phases
   * @param seconds how long each freshness phase sends
   * @param probesPerSecond how many of each second's events are probes
   */
  public record Options(int customers, int lookups, int pages, int rate, int seconds, int probesPerSecond,
      Optional<String> bootstrapServers, long seed, Optional<Path> json) {
    public Options {
      if (customers < 1 || lookups < 2 || pages < 1 || rate < 1 || seconds < 1 || probesPerSecond < 1) {
        throw new IllegalArgumentException("--customers, --pages, --rate, --seconds and --probes must be at least 1, "
            + "--lookups at least 2");
      }
      if ((long) rate * seconds > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("--rate x --seconds must be at most " + Integer.MAX_VALUE);
      }
    }
  }

  private final Options options;
  private final Path home;
  private final PrintWriter out;
  private final PrintWriter err;

  public ProjectionBench(Options options, Path home, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.home = home;
    this.out = out;
    this.err = err;
  }

  public void run() throws InterruptedException {
    Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    MachineInfo machine = MachineInfo.current();
    String runId = "retention-bench-projection-" + startedAt.getEpochSecond();
    try (Cleanup cleanup = Cleanup.reportingTo(err)) {
      Path work = cleanup.tempDir("retention-bench-projection-");
      BenchBroker broker = BenchBroker.use(options.bootstrapServers(), home, work, cleanup, this::say);
      String bootstrap = broker.bootstrapServers();
      Admin admin = cleanup.add("close the admin client", BrokerProbe.admin(bootstrap));
      new TopicProvisioner(admin, (short) 1).createMissing();
      TopicOffsets offsets = new TopicOffsets(admin);
      CpuMeter cpu = new CpuMeter(broker.processes());
      if (options.bootstrapServers().isPresent()) {
        // registered before the instances start, so it runs after they stopped
        cleanup.add("delete the projection's internal topics and group",
            () -> BenchRig.deleteInternalTopics(admin, runId));
      }

      BenchApiKey key = BenchApiKey.create(work);
      say("starting two projection-service instances (application id " + runId + ") ...");
      ProjectionCluster cluster = ProjectionCluster.start(bootstrap, runId, work, key.file(), cleanup,
          START_TIMEOUT);
      say(String.format(Locale.ROOT, "populating %,d customers ...", options.customers()));
      Population population = new ProjectionLoader(bootstrap, offsets, cluster, this::say)
          .load(options.customers(), options.seed(), runId);

      ProjectionHttp http = new ProjectionHttp(key.key());
      say(String.format(Locale.ROOT, "key lookups: %,d ...", options.lookups()));
      Phase lookups = new ProjectionLookupPhase(cluster, http, options.customers())
          .run(options.lookups(), options.seed(), cpu);
      say(String.format(Locale.ROOT, "segment pages: %,d ...", options.pages()));
      Phase pages = new ProjectionPagePhase(cluster, http).run(options.pages(), cpu);

      ProjectionPacer pacer = new ProjectionPacer(options.rate(), (long) options.rate() * options.seconds(),
          Math.min(options.probesPerSecond(), options.rate()));
      Map<String, Object> producer = latencyProducer(bootstrap);
      String rawTopic = runId + "-raw";
      int partitions = Topics.INTERACTIONS.partitions();
      offsets.createTopic(rawTopic, partitions);
      cleanup.add("delete " + rawTopic, () -> offsets.deleteTopic(rawTopic));
      say(String.format(Locale.ROOT, "raw Kafka reference: %,d events/s for %d s ...", options.rate(),
          options.seconds()));
      Phase raw = new ProjectionRawPhase(bootstrap, rawTopic, partitions, producer)
          .run(pacer, new ProjectionEvents(options.customers(), options.seed() + 1, runId + "-raw"),
              MAX_VISIBILITY_WAIT, cpu);
      say(String.format(Locale.ROOT, "freshness: %,d events/s for %d s ...", options.rate(), options.seconds()));
      cluster.checkRunning();
      Phase freshness = new ProjectionFreshnessPhase(cluster, http, producer)
          .run(pacer, new ProjectionEvents(options.customers(), options.seed() + 1, runId + "-fresh"),
              MAX_VISIBILITY_WAIT, cpu, offsets, runId);

      ProjectionRun run = new ProjectionRun(startedAt, machine, broker.description(),
          settings(cluster, runId), population, List.of(lookups, pages, raw, freshness));
      out.print(ProjectionReport.format(run));
      out.flush();
      options.json().ifPresent(file -> ProjectionReport.writeJson(run, file));
      if (options.bootstrapServers().isPresent()) {
        err.println("note: the population and the freshness events stay on the catalog topics of " + bootstrap);
      }
    }
  }

  private Map<String, String> settings(ProjectionCluster cluster, String applicationId) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("instances", "2 projection-service instances in this JVM, HTTP on " + cluster.describe()
        + ", application id " + applicationId + ", the platform's Streams settings (exactly_once_v2, commit "
        + "interval 100 ms, 1 stream thread each, unless overridden by -Dstreams.*)");
    settings.put("options", String.format(Locale.ROOT, "--customers %d --lookups %d --pages %d --rate %d "
            + "--seconds %d --probes %d --seed %d", options.customers(), options.lookups(), options.pages(),
        options.rate(), options.seconds(), options.probesPerSecond(), options.seed()));
    return settings;
  }

  /** The producer of both freshness phases: latency settings (acks=all, idempotent, linger 1 ms). */
  static Map<String, Object> latencyProducer(String bootstrap) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
    return config;
  }

  private void say(String line) {
    out.println(line);
    out.flush();
  }
}
