package dev.retention.deploy;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code retention kafka status}. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Tells whether the local Kafka broker of the data directory runs and answers. Exit code 0: it "
        + "answers; 1: its process runs but does not answer; 3: it is not running.")
final class KafkaStatusCommand implements Callable<Integer> {

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = RetentionCli.out(spec);
    LocalKafkaConfig config = ConfigOptions.resolve(spec, RetentionCli.env(spec));
    LocalKafka kafka = new LocalKafka(config);
    Optional<ProcessHandle> running = kafka.running();
    String storage = kafka.clusterId().map(id -> "cluster id " + id).orElse("storage not formatted yet");
    if (running.isEmpty()) {
      out.printf("Kafka is not running (data in %s, %s)%n", config.dataDir(), storage);
      if (BrokerProbe.acceptsConnections(config.bootstrapServers(), Duration.ofMillis(500))) {
        out.printf("Note: something else listens on %s%n", config.bootstrapServers());
      }
      return RetentionCli.EXIT_NOT_RUNNING;
    }
    long pid = running.get().pid();
    String bootstrap = kafka.runningBootstrapServers();
    Optional<BrokerProbe.ClusterInfo> info = BrokerProbe.describe(bootstrap, PROBE_TIMEOUT);
    if (info.isEmpty()) {
      out.printf("Kafka process %d runs but does not answer on %s (starting or stopping?); see %s%n",
          pid, bootstrap, config.serverLog());
      return 1;
    }
    out.printf("Kafka is running: pid %d, %s, cluster id %s, data in %s%n",
        pid, bootstrap, info.get().clusterId(), config.dataDir());
    return 0;
  }
}
