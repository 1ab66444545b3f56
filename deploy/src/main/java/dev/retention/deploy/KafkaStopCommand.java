package dev.retention.deploy;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retention kafka stop}. */
@Command(
    name = "stop",
    mixinStandardHelpOptions = true,
    description = "Stops the local Kafka broker of the data directory cleanly (SIGTERM), killing it only if it "
        + "does not stop within the timeout. Its data stays.")
final class KafkaStopCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--timeout", paramLabel = "<SECONDS>", defaultValue = "30",
      description = "Seconds to wait for a clean shutdown before killing the broker. Default: ${DEFAULT-VALUE}.")
  int timeoutSeconds;

  @Override
  public Integer call() {
    PrintWriter out = RetentionCli.out(spec);
    LocalKafkaConfig config = ConfigOptions.resolve(spec, RetentionCli.env(spec));
    if (timeoutSeconds < 1) {
      throw new LauncherException("--timeout must be at least 1 second, was " + timeoutSeconds);
    }
    LocalKafka kafka = new LocalKafka(config);
    Optional<ProcessHandle> running = kafka.running();
    Instant begin = Instant.now();
    LocalKafka.Stopped result = kafka.stop(Duration.ofSeconds(timeoutSeconds));
    double seconds = Duration.between(begin, Instant.now()).toMillis() / 1000.0;
    String pid = running.map(p -> " (pid " + p.pid() + ")").orElse("");
    switch (result) {
      case NOT_RUNNING -> out.printf("Kafka is not running (data in %s)%n", config.dataDir());
      case STOPPED -> out.printf(Locale.ROOT, "Kafka stopped%s in %.1f s; data kept in %s%n", pid, seconds,
          config.dataDir());
      case KILLED -> out.printf("Kafka%s did not stop within %d s and was killed; see %s%n", pid, timeoutSeconds,
          config.serverLog());
    }
    return 0;
  }
}
