package dev.retention.deploy;

import dev.retention.contracts.topics.Topics;
import dev.retention.ingestion.importer.ImportFormat;
import dev.retention.ingestion.importer.ImportProgress;
import dev.retention.ingestion.importer.ImportReport;
import dev.retention.ingestion.importer.ImportSetupException;
import dev.retention.ingestion.importer.ImportSources;
import dev.retention.ingestion.importer.ImportSummary;
import dev.retention.ingestion.importer.Importer;
import dev.retention.ingestion.importer.KafkaPublisher;
import dev.retention.ingestion.importer.RowSource;
import dev.retention.ingestion.importer.TerminalProgress;
import dev.retention.ingestion.importer.TopicCheck;
import dev.retention.ingestion.validation.EventValidator;
import dev.retention.ingestion.validation.ValidationRules;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retention import}: bulk import of history into the raw interactions topic. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
        "Imports history from FILE: validates every row as an event, publishes the valid ones to "
            + "retention.raw-interactions.v1 keyed by customer (event time from the data), and prints a summary: "
            + "rows read, published, rejected (by reason, with line numbers) and failed.",
        "Event ids are derived from the rows: importing the same file again yields the same (source, id) pairs, "
            + "which de-duplication drops. Rejected rows are reported, not published; the rest go on.",
        "Exit code 0: every row published or rejected; 1: a send failed (see the summary) or the import could not "
            + "start; 2: wrong usage."},
    footer = {
        "",
        "Formats:",
        "  cdnow   CDNOW transaction log: customer_id [sample_index] yyyymmdd cds",
        "          dollars. The rows of one customer on one day become one purchase",
        "          with the summed amount, in USD, at 00:00 UTC.",
        "  csv     Header row, then one purchase per row. Columns named subject,",
        "          time, amount, currency (optional: id, source, orderId, kind,",
        "          channel), or any names mapped by --mapping, a properties file:",
        "          <field> = <column>, <field>.value = <constant>, time.format,",
        "          time.zone, delimiter.",
        "  ndjson  One CloudEvent JSON object per line, published as written.",
        "",
        "Example:",
        "  retention import --format cdnow ../shared/data/cdnow/CDNOW_sample.txt"})
final class ImportCommand implements Callable<Integer> {

  static final String BOOTSTRAP_ENV = "RETENTION_KAFKA_BOOTSTRAP_SERVERS";
  static final String DEFAULT_BOOTSTRAP = "127.0.0.1:9092";
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(10);

  @Spec
  CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "<format>", converter = FormatConverter.class,
      description = "cdnow, csv or ndjson.")
  ImportFormat format;

  @Option(names = "--mapping", paramLabel = "<file>",
      description = "csv only: how columns map to event fields (properties file); default: columns named like "
          + "the fields.")
  Path mapping;

  @Option(names = "--source", paramLabel = "<source>",
      description = "cdnow and csv: the events' CloudEvents source. Default: import/cdnow or import/csv.")
  String source;

  @Option(names = "--bootstrap-servers", paramLabel = "<host:port>",
      description = "Kafka to publish to. Default: " + DEFAULT_BOOTSTRAP + "; env " + BOOTSTRAP_ENV + ".")
  String bootstrapServers;

  @Option(names = "--progress", negatable = true,
      description = "Show a progress line on stderr. Default: when run in a terminal.")
  Boolean progress;

  @Parameters(paramLabel = "FILE", description = "The file to import.")
  Path file;

  private final Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws IOException {
    String bootstrap = bootstrapServers(RetentionCli.env(spec));
    RowSource rows = open();
    ImportReport report;
    try (rows) {
      check(bootstrap);
      try (KafkaPublisher publisher = KafkaPublisher.toRawInteractions(bootstrap)) {
        report = new Importer(new EventValidator(ValidationRules.DEFAULTS), clock).run(rows, publisher, progress());
      }
    }
    PrintWriter out = RetentionCli.out(spec);
    out.printf("imported %s (%s) into %s on %s%n", file, format.cliName(), Topics.RAW_INTERACTIONS.name(),
        bootstrap);
    out.print(ImportSummary.format(report));
    out.flush();
    return report.failed() > 0 ? 1 : 0;
  }

  private String bootstrapServers(Map<String, String> env) {
    if (bootstrapServers != null && !bootstrapServers.isBlank()) {
      return bootstrapServers.strip();
    }
    String fromEnv = env.get(BOOTSTRAP_ENV);
    return fromEnv == null || fromEnv.isBlank() ? DEFAULT_BOOTSTRAP : fromEnv.strip();
  }

  private RowSource open() throws IOException {
    try {
      return ImportSources.open(format, file, Optional.ofNullable(mapping), Optional.ofNullable(source));
    } catch (ImportSetupException e) {
      throw new LauncherException(e.getMessage(), e);
    }
  }

  /** Fails fast when nothing listens (the Admin client would retry for {@link #CHECK_TIMEOUT}), then asks Kafka. */
  private static void check(String bootstrap) {
    String first = bootstrap.split(",")[0].strip();
    if (!first.matches(".+:\\d{1,5}")) {
      throw new LauncherException("--bootstrap-servers must be host:port[,host:port...], was '" + bootstrap + "'");
    }
    if (!BrokerProbe.acceptsConnections(first, Duration.ofSeconds(2))) {
      throw new LauncherException("Kafka does not answer on " + first + "; start it with `retention kafka start` "
          + "or set --bootstrap-servers");
    }
    try {
      TopicCheck.require(bootstrap, Topics.RAW_INTERACTIONS.name(), CHECK_TIMEOUT);
    } catch (ImportSetupException e) {
      throw new LauncherException(e.getMessage(), e);
    }
  }

  private ImportProgress progress() {
    boolean show = progress != null ? progress : interactive();
    return show ? new TerminalProgress(spec.commandLine().getErr(), clock, TerminalProgress.DEFAULT_INTERVAL)
        : ImportProgress.NONE;
  }

  /** Whether the CLI runs in a terminal (Java 17-21: a console exists only then; 22+ says so itself). */
  private static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** {@code --format} in any case. */
  static final class FormatConverter implements ITypeConverter<ImportFormat> {
    @Override
    public ImportFormat convert(String value) {
      return ImportFormat.of(value);
    }
  }
}
