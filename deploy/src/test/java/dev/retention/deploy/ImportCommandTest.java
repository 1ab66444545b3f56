package dev.retention.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {

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

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void shouldBeOfferedAndDocumentItsOptions() {
    assertThat(run(Map.of(), "--help")).isZero();
    assertThat(out.toString()).contains("import");

    assertThat(run(Map.of(), "import", "--help")).isZero();

    assertThat(out.toString().replaceAll("\\s+", " "))
        .contains("--format=<format>", "--mapping=<file>", "--source=<source>", "--bootstrap-servers=<host:port>",
            "Default: 127.0.0.1:9092; env RETENTION_KAFKA_BOOTSTRAP_SERVERS", "--[no-]progress", "FILE",
            "cdnow", "csv", "ndjson", "Exit code 0");
  }

  @Test
  void shouldRefuseAnUnknownFormatAsWrongUsage() throws IOException {
    Path file = Files.writeString(dir.resolve("f.xml"), "<x/>");

    assertThat(run(Map.of(), "import", "--format", "xml", file.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown format 'xml'; expected one of cdnow, csv, ndjson");
  }

  @Test
  void shouldRefuseAMappingForAFormatOtherThanCsvInOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("f.txt"), "");

    assertThat(run(Map.of(), "import", "--format", "cdnow", "--mapping", file.toString(), file.toString()))
        .isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("retention: --mapping applies to csv only, not to cdnow");
  }

  @Test
  void shouldRefuseAFileThatDoesNotExist() {
    assertThat(run(Map.of(), "import", "--format", "ndjson", dir.resolve("nope.ndjson").toString())).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("retention: no such file: " + dir.resolve("nope.ndjson"));
  }

  @Test
  void shouldSayWhenKafkaDoesNotAnswerOnTheAddressFromTheEnvironment() throws IOException {
    Path file = Files.writeString(dir.resolve("f.ndjson"), "{}\n");
    String bootstrap = "127.0.0.1:" + closedPort();

    int exit = run(Map.of("RETENTION_KAFKA_BOOTSTRAP_SERVERS", bootstrap), "import", "--format", "ndjson",
        file.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("retention: Kafka does not answer on " + bootstrap
        + "; start it with `retention kafka start` or set --bootstrap-servers");
  }
}
