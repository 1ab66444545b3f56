package dev.retention.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code retention import} as a user runs it, against a real broker. */
@KafkaCluster
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ImportCommandIT {

  /** The CDNOW sample beside the repository, seen from the module directory. */
  private static final Path CDNOW_SAMPLE = Path.of("../../shared/data/cdnow/CDNOW_sample.txt");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void createCatalogTopics(TestKafka kafka) {
    new TopicProvisioner(kafka.admin(), (short) 1).createMissing();
  }

  private int run(String... args) {
    CommandLine cli = RetentionCli.commandLine(Map.of());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void shouldImportTheCdnowSampleAndSummarizeIt(TestKafka kafka) {
    int exit = run("import", "--format", "cdnow", CDNOW_SAMPLE.toString(), "--bootstrap-servers",
        kafka.bootstrapServers(), "--progress");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("into retention.raw-interactions.v1 on " + kafka.bootstrapServers())
        .containsPattern("read +6,696 \\(from 6,919 rows\\)")
        .containsPattern("published +6,696")
        .containsPattern("rejected +0")
        .containsPattern("failed +0")
        .contains("note: 223 rows were merged into the purchase of the same customer and day");
    assertThat(err.toString()).contains("6,919 rows", "100%").endsWith(System.lineSeparator());
  }

  @Test
  void shouldImportAMappedCsvAndReportItsBadRowsByLine(TestKafka kafka, @TempDir Path dir) throws IOException {
    Path mapping = Files.writeString(dir.resolve("shop.properties"), """
        subject = customer
        time = day
        amount = paid
        currency.value = EUR
        time.format = dd.MM.yyyy
        """);
    Path file = Files.writeString(dir.resolve("orders.csv"), """
        customer,day,paid
        c-1,01.02.2026,10.00
        c-2,31.02.2026,5.00
        c-3,02.02.2026,-1
        """);

    int exit = run("import", "--format", "csv", "--mapping", mapping.toString(), file.toString(),
        "--bootstrap-servers", kafka.bootstrapServers(), "--no-progress");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .containsPattern("read +3\n")
        .containsPattern("published +1\n")
        .containsPattern("rejected +2\n")
        .contains("line 3 day: time '31.02.2026' does not match time.format 'dd.MM.yyyy'")
        .contains("line 4 /data/total/amount: ");
    assertThat(err.toString()).isEmpty();
  }
}
