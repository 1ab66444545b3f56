package dev.retention.deploy;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
    List<ServiceProcess> services = new ArrayList<>(LocalServices.all(config, config.bootstrapServers(),
        LocalServices.Ports.DEFAULTS));
    services.add(LocalServices.demo(config, config.bootstrapServers(), LocalServices.DEMO_HTTP_PORT));
    Collections.reverse(services);
    for (ServiceProcess service : services) {
      out.printf("%s %s%n", service.name(), service.stop(TIMEOUT) ? "stopped" : "was not running");
      out.flush();
    }
    LocalKafka.Stopped kafka = new LocalKafka(config).stop(TIMEOUT);
    out.printf("Kafka %s; data kept in %s%n", kafka == LocalKafka.Stopped.NOT_RUNNING ? "was not running"
        : kafka.name().toLowerCase(java.util.Locale.ROOT), LocalServices.root(config));
    return 0;
  }
}
