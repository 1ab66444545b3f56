package dev.retention.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code retention bench ingestion} runs through every phase against a real broker, with a load generator JVM of its
 * own. Small and short, and it asserts nothing about speed: figures come from the benchmark, not from tests.
 */
@KafkaCluster
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class BenchCommandIT {

  @Test
  void measuresEveryPhaseAndReportsRatiosAndTargets(TestKafka kafka, @TempDir Path dir) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = RetentionCli.commandLine(Map.of());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    Path json = dir.resolve("bench.json");

    int exit = cli.execute("bench", "ingestion", "--events", "2000", "--seconds", "2", "--warmup", "1",
        "--concurrency", "2", "--bootstrap-servers", kafka.bootstrapServers(), "--json", json.toString());

    assertThat(exit).as(out + "\n" + err).isZero();
    assertThat(out.toString())
        .containsPattern("(?m)^raw producer +2,000 ")
        .containsPattern("(?m)^validator +[\\d,]+ ")
        .containsPattern("(?m)^http service +[\\d,]+ ")
        .containsPattern("(?m)^http gateway +[\\d,]+ ")
        .contains("in 3,000 = accepted 3,000 + rejected 0 + duplicates 0")
        .contains("every accepted event landed")
        .doesNotContain("CHECK FAILED")
        .contains("Ratios to the raw producer", "Targets (informational):");
    assertThat(Files.readString(json)).contains("\"ratiosToRawProducer\"", "\"http gateway\"");
  }
}
