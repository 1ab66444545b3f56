package dev.retention.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RetentionCliTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> env, String... args) {
    CommandLine cli = RetentionCli.commandLine(env);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void offersKafkaAndTopicsCommands() {
    assertThat(run(Map.of(), "--help")).isZero();

    assertThat(out.toString()).contains("kafka", "topics");
  }

  @Test
  void documentsEverySettingWithItsDefaultAndVariable() {
    assertThat(run(Map.of(), "kafka", "start", "--help")).isZero();

    assertThat(out.toString().replaceAll("\\s+", " "))
        .contains("--port=<PORT>", "Default: 9092; env RETENTION_KAFKA_PORT")
        .contains("--controller-port", "--data-dir", "--host", "--heap", "--start-timeout", "--foreground");
  }

  @Test
  void statusOfABrokerThatNeverRanIsNotRunning() {
    int exit = run(Map.of(), "kafka", "status", "--data-dir", dir.toString(), "--port", "1");

    assertThat(exit).isEqualTo(RetentionCli.EXIT_NOT_RUNNING);
    assertThat(out.toString()).contains("Kafka is not running", dir.toString(), "storage not formatted yet");
  }

  @Test
  void stoppingABrokerThatDoesNotRunIsFine() {
    int exit = run(Map.of("RETENTION_HOME", dir.toString()), "kafka", "stop");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("Kafka is not running", dir.resolve(".data/kafka").toString());
  }

  @Test
  void aBadSettingIsOneClearLineWithoutAStackTrace() {
    int exit = run(Map.of("RETENTION_KAFKA_PORT", "ninety"), "kafka", "status");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo(
        "retention: invalid value 'ninety' for --port (from environment variable RETENTION_KAFKA_PORT): "
            + "must be a port number between 1 and 65535");
  }
}
