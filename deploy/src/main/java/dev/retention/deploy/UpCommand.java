package dev.retention.deploy;

import dev.retention.deploy.LocalKafka.Mode;
import dev.retention.deploy.LocalKafka.Started;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retention up}: the whole local platform, as far as it is built. */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description = {
        "Starts the platform locally and returns once every part is ready: the Kafka broker (unless it runs "
            + "already), the catalog topics, and the services: interaction-events (HTTP gateway and validator), "
            + "segmentation-streams (customer value, tiers, lifecycle stages), churn-detector (risk, warnings, "
            + "BG/NBD), projection-service (customer 360, lists, stats, dashboard) and retention-cases (Axon, H2).",
        "Data persists across restarts; `retention down` stops everything."})
final class UpCommand implements Callable<Integer> {

  private static final Duration SERVICE_START_TIMEOUT = Duration.ofSeconds(120);

  @Spec
  CommandSpec spec;

  @Option(names = "--http-port", paramLabel = "<PORT>", defaultValue = "" + LocalServices.INGESTION_HTTP_PORT,
      description = "HTTP port of the ingestion gateway on 127.0.0.1. Default: ${DEFAULT-VALUE}.")
  int httpPort;

  @Option(names = "--segmentation-port", paramLabel = "<PORT>",
      defaultValue = "" + LocalServices.SEGMENTATION_HTTP_PORT,
      description = "HTTP port (health, metrics) of the segmentation service on 127.0.0.1. Default: ${DEFAULT-VALUE}.")
  int segmentationPort;

  @Option(names = "--churn-port", paramLabel = "<PORT>", defaultValue = "" + LocalServices.CHURN_HTTP_PORT,
      description = "HTTP port (health, metrics) of the churn detector on 127.0.0.1. Default: ${DEFAULT-VALUE}.")
  int churnPort;

  @Option(names = "--projection-port", paramLabel = "<PORT>",
      defaultValue = "" + LocalServices.PROJECTION_HTTP_PORT,
      description = "HTTP port of the projection API and dashboard on 127.0.0.1. Default: ${DEFAULT-VALUE}.")
  int projectionPort;

  @Option(names = "--cases-port", paramLabel = "<PORT>", defaultValue = "" + LocalServices.CASES_HTTP_PORT,
      description = "HTTP port of the retention-cases API on 127.0.0.1. Default: ${DEFAULT-VALUE}.")
  int casesPort;

  @Option(names = "--demo", description = "Also run the demo traffic generator: 10,000 synthetic customers with a "
      + "history (some drifting away, unanswered complaints, detractors), then live traffic. It writes which customers "
      + "it made drift to demo-traffic/drifting-customers.csv under the data root.")
  boolean demo;

  @Option(names = "--demo-port", paramLabel = "<PORT>", defaultValue = "" + LocalServices.DEMO_HTTP_PORT,
      description = "HTTP port (health, GET /v1/demo) of the demo generator on 127.0.0.1. Default: ${DEFAULT-VALUE}.")
  int demoPort;

  @Override
  public Integer call() {
    PrintWriter out = RetentionCli.out(spec);
    LocalServices.Ports ports = new LocalServices.Ports(httpPort, segmentationPort, churnPort, projectionPort, casesPort,
        demoPort);
    requireDistinctPorts(ports);
    LocalKafkaConfig config = ConfigOptions.resolve(spec, RetentionCli.env(spec));
    LocalKafka kafka = new LocalKafka(config);
    String bootstrap = startKafka(kafka, config, out);
    KafkaStartCommand.createTopics(bootstrap, out);

    Map<String, String> keys = LocalServices.ensureApiKeys(config);
    Map<String, String> caseUsers = LocalServices.ensureCasesUsers(config);
    Map<String, String> analysts = LocalServices.ensureAnalystKeys(config);
    for (ServiceProcess service : LocalServices.all(config, bootstrap, ports)) {
      start(service, out);
    }
    ServiceProcess ingestion = LocalServices.ingestion(config, bootstrap, httpPort);
    ServiceProcess segmentation = LocalServices.segmentation(config, bootstrap, segmentationPort);
    printWelcome(out, bootstrap, ingestion, segmentation, keys, config);
    ServiceProcess projection = LocalServices.projection(config, bootstrap, projectionPort);
    out.printf("  dashboard        %s  (analyst key %s, in %s)%n", projection.baseUri(),
        analysts.getOrDefault("analyst", "?"), LocalServices.analystKeysFile(config));
    out.printf("  customer 360     %sv1/customers/{id}  lists %sv1/segments  API %sopenapi.json%n",
        projection.baseUri(), projection.baseUri(), projection.baseUri());
    out.printf("  churn detector   %shealth/ready  %smetrics%n", LocalServices.churn(config, bootstrap, churnPort)
        .baseUri(), LocalServices.churn(config, bootstrap, churnPort).baseUri());
    out.printf("  retention cases  %sv1/cases  (users in %s; manager mia: X-API-Key %s)%n",
        LocalServices.cases(config, bootstrap, casesPort).baseUri(), LocalServices.casesUsersFile(config),
        caseUsers.getOrDefault("mia", "?").replaceFirst("^[a-z]+:", ""));
    if (demo) {
      ServiceProcess generator = LocalServices.demo(config, bootstrap, demoPort);
      out.flush();
      start(generator, out);
      out.printf("  demo traffic     %sv1/demo; customers it made drift: %s%n", generator.baseUri(),
          generator.dir().resolve("drifting-customers.csv"));
    }
    out.println("Stop everything with: retention down");
    out.flush();
    return 0;
  }

  private static void requireDistinctPorts(LocalServices.Ports ports) {
    Map<Integer, String> seen = new java.util.HashMap<>();
    ports.byOption().forEach((option, port) -> {
      if (port < 1 || port > 65535) {
        throw new LauncherException(option + " must be a port number between 1 and 65535, was " + port);
      }
      String other = seen.putIfAbsent(port, option);
      if (other != null) {
        throw new LauncherException(other + " and " + option + " must differ, both are " + port);
      }
    });
  }

  private static void start(ServiceProcess service, PrintWriter out) {
    Optional<ProcessHandle> running = service.running();
    if (running.isPresent()) {
      out.printf("%s is already running (pid %d)%n", service.name(), running.get().pid());
      return;
    }
    out.printf("Starting %s on %s ...%n", service.name(), service.baseUri());
    out.flush();
    long begin = System.nanoTime();
    ProcessHandle process = service.start(SERVICE_START_TIMEOUT);
    out.printf(Locale.ROOT, "%s is ready: pid %d, in %.1f s; log %s%n", service.name(), process.pid(),
        (System.nanoTime() - begin) / 1e9, service.logFile());
    out.flush();
  }

  private static String startKafka(LocalKafka kafka, LocalKafkaConfig config, PrintWriter out) {
    Optional<ProcessHandle> running = kafka.running();
    if (running.isPresent()) {
      String bootstrap = kafka.runningBootstrapServers();
      out.printf("Kafka is already running (pid %d) on %s%n", running.get().pid(), bootstrap);
      return bootstrap;
    }
    out.printf("Starting Kafka on %s (data in %s)%n", config.bootstrapServers(), config.dataDir());
    out.flush();
    Started started = kafka.start(Mode.DETACHED);
    out.printf(Locale.ROOT, "Kafka is up: pid %d, in %.1f s%n", started.pid(), started.startUp().toMillis() / 1000.0);
    return config.bootstrapServers();
  }

  private static void printWelcome(PrintWriter out, String bootstrap, ServiceProcess ingestion,
      ServiceProcess segmentation, Map<String, String> keys, LocalKafkaConfig config) {
    String base = ingestion.baseUri().toString();
    out.println();
    out.println("The Retention Platform is up:");
    out.printf("  Kafka            %s%n", bootstrap);
    out.printf("  HTTP ingestion   %sv1/events  and  %sv1/events:batch%n", base, base);
    out.printf("  API description  %sv1/openapi.yaml%n", base);
    out.printf("  health, metrics  %shealth/ready  %smetrics  (segmentation: %shealth/ready  %smetrics)%n", base,
        base, segmentation.baseUri(), segmentation.baseUri());
    out.printf("  API keys         %s (one per source; e.g. source \"shop\": %s)%n",
        LocalServices.apiKeysFile(config), keys.getOrDefault("shop", "?"));
    out.flush();
  }
}
