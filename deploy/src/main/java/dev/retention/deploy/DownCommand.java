package dev.retention.deploy;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code retention down}: stops what {@code retention up} started, services first, then the broker. */
@Command(
    name = "down",
    mixinStandardHelpOptions = true,
    description = "Stops the local platform cleanly: the services, then the Kafka broker. Data stays.")
final class DownCommand implements Callable<Integer> {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = RetentionCli.out(spec);
    LocalKafkaConfig config = ConfigOptions.resolve(spec, RetentionCli.env(spec));
    // the port does not matter for stopping: the pid file under the service's directory names the process
    ServiceProcess ingestion = LocalServices.ingestion(config, config.bootstrapServers(),
        LocalServices.INGESTION_HTTP_PORT);
    out.printf("%s %s%n", ingestion.name(), ingestion.stop(TIMEOUT) ? "stopped" : "was not running");
    LocalKafka.Stopped kafka = new LocalKafka(config).stop(TIMEOUT);
    out.printf("Kafka %s; data kept in %s%n", kafka == LocalKafka.Stopped.NOT_RUNNING ? "was not running"
        : kafka.name().toLowerCase(java.util.Locale.ROOT), LocalServices.root(config));
    return 0;
  }
}
