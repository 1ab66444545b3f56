package dev.retention.deploy;

import dev.retention.runtime.config.ConfigException;
import dev.retention.runtime.config.ConfigProblem;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Parser;
import dev.retention.runtime.config.Parsers;
import dev.retention.runtime.config.Setting;
import dev.retention.runtime.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Configuration of the local single-node KRaft broker. Every key is a runtime {@link Setting}, declared once below
 * with its default, validation and documentation; a value comes from the command-line option, else the environment
 * variable, else the default. The setting's name is also its option ({@code --port}).
 *
 * @param dataDir everything the broker keeps: storage, logs, pid file, rendered config
 * @param host the address both listeners bind to and the broker advertises
 * @param port the client (PLAINTEXT) port
 * @param controllerPort the KRaft controller port
 * @param heap maximum heap of the broker JVM, as for {@code -Xmx}
 * @param startTimeout how long a start may take until the broker answers
 */
public record LocalKafkaConfig(
    Path dataDir, String host, int port, int controllerPort, String heap, Duration startTimeout) {

  /** Environment variable naming the base directory of relative defaults; see {@link #home(Map)}. */
  public static final String HOME_ENV = "RETENTION_HOME";

  /** System property set by {@code deploy/bin/retention} to the repository root. */
  public static final String HOME_PROPERTY = "retention.home";

  private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgG]?");

  public static final Setting<Path> DATA_DIR = Setting.of("data-dir", Parsers.path().withLabel("DIR"),
      "Directory of the broker's storage, logs and pid file; survives restarts. The default is relative to "
          + "$" + HOME_ENV + " (the repository root when run through deploy/bin/retention).")
      .withEnvVar("RETENTION_KAFKA_DATA_DIR").withDefault(".data/kafka");

  public static final Setting<String> HOST_SETTING = Setting.of("host",
      Parsers.host().check(h -> !h.contains(":"), "must be a host name or IPv4 address; IPv6 is not supported"),
      "Address the broker listens on and advertises to clients.")
      .withEnvVar("RETENTION_KAFKA_HOST").withDefault("127.0.0.1");

  public static final Setting<Integer> PORT = Setting.of("port", Parsers.port(),
      "Client (PLAINTEXT) port of the broker.")
      .withEnvVar("RETENTION_KAFKA_PORT").withDefault("9092");

  public static final Setting<Integer> CONTROLLER_PORT = Setting.of("controller-port", Parsers.port(),
      "KRaft controller port of the broker.")
      .withEnvVar("RETENTION_KAFKA_CONTROLLER_PORT").withDefault("9093");

  // a JVM flag value (-Xmx512m), kept as text: the broker JVM parses it, not us
  public static final Setting<String> HEAP_SETTING = Setting.of("heap", Parser.of("SIZE", LocalKafkaConfig::parseHeap),
      "Maximum heap of the broker JVM (-Xmx), e.g. 512m or 1g.")
      .withEnvVar("RETENTION_KAFKA_HEAP").withDefault("512m");

  public static final Setting<Duration> START_TIMEOUT = Setting.of("start-timeout", Parsers.duration(),
      "How long to wait for the broker to answer after starting it, e.g. 60s, 2m or PT90S.")
      .withEnvVar("RETENTION_KAFKA_START_TIMEOUT").withDefault("60s");

  /** All settings, in the order they are documented. */
  public static final List<Setting<?>> SETTINGS =
      List.of(DATA_DIR, HOST_SETTING, PORT, CONTROLLER_PORT, HEAP_SETTING, START_TIMEOUT);

  public LocalKafkaConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(heap, "heap");
    Objects.requireNonNull(startTimeout, "startTimeout");
    if (!dataDir.isAbsolute()) {
      throw new IllegalArgumentException("dataDir must be absolute, was " + dataDir);
    }
    HOST_SETTING.parse(host);
    PORT.parse(Integer.toString(port));
    CONTROLLER_PORT.parse(Integer.toString(controllerPort));
    HEAP_SETTING.parse(heap);
    if (startTimeout.isNegative() || startTimeout.isZero()) {
      throw new IllegalArgumentException("startTimeout must be positive, was " + startTimeout);
    }
    if (port == controllerPort) {
      throw new LauncherException("the client port and the controller port must differ, both are " + port
          + " (set " + ConfigOptions.howToSet(CONTROLLER_PORT) + ")");
    }
  }

  /** The defaults, with the data directory resolved against {@code home}. */
  public static LocalKafkaConfig defaults(Path home) {
    return resolve(Map.of(), Map.of(), home);
  }

  /**
   * Resolves every setting: a command-line value wins over the environment, which wins over the default. A relative
   * data directory given on the command line or in the environment is taken relative to the working directory; the
   * default one relative to {@code home}. Every bad value is reported at once, one line each.
   *
   * @param options command-line values by setting name ({@code "port"}), absent when not given
   * @param env the environment
   */
  public static LocalKafkaConfig resolve(Map<String, String> options, Map<String, String> env, Path home) {
    ConfigValues values;
    try {
      values = Settings.of(ConfigSource.commandLine(options), ConfigSource.environment(env)).resolve(SETTINGS);
    } catch (ConfigException e) {
      throw new LauncherException(e.problems().stream()
          .map(LocalKafkaConfig::describe)
          .collect(Collectors.joining("\n")), e);
    }
    Path dataDir = values.isDefault(DATA_DIR)
        ? home.toAbsolutePath().resolve(values.get(DATA_DIR))
        : values.get(DATA_DIR).toAbsolutePath();
    return new LocalKafkaConfig(
        dataDir.normalize(),
        values.get(HOST_SETTING),
        values.get(PORT),
        values.get(CONTROLLER_PORT),
        values.get(HEAP_SETTING),
        values.get(START_TIMEOUT));
  }

  /** {@code invalid value 'x' for --port (from environment variable RETENTION_KAFKA_PORT): must be ...}. */
  private static String describe(ConfigProblem problem) {
    return "invalid value '" + problem.value().orElse("") + "' for " + ConfigOptions.option(problem.setting())
        + " (from " + problem.origin() + "): " + problem.reason();
  }

  /**
   * The base directory of relative defaults: {@code $RETENTION_HOME}, else the system property
   * {@code retention.home}, else the working directory.
   */
  public static Path home(Map<String, String> env) {
    String home = env.get(HOME_ENV);
    if (home == null || home.isBlank()) {
      home = System.getProperty(HOME_PROPERTY);
    }
    if (home == null || home.isBlank()) {
      home = "";
    }
    return Path.of(home).toAbsolutePath().normalize();
  }

  public LocalKafkaConfig withPorts(int newPort, int newControllerPort) {
    return new LocalKafkaConfig(dataDir, host, newPort, newControllerPort, heap, startTimeout);
  }

  public LocalKafkaConfig withDataDir(Path newDataDir) {
    return new LocalKafkaConfig(newDataDir, host, port, controllerPort, heap, startTimeout);
  }

  /** {@code host:port}, for clients. */
  public String bootstrapServers() {
    return host + ":" + port;
  }

  /** The broker's storage ({@code log.dirs}); holds {@code meta.properties} once formatted. */
  public Path storageDir() {
    return dataDir.resolve("kraft-combined-logs");
  }

  /** The broker's own log files. */
  public Path logsDir() {
    return dataDir.resolve("logs");
  }

  /** The broker's main log file. */
  public Path serverLog() {
    return logsDir().resolve("server.log");
  }

  /** Standard output and error of the broker JVM (normally almost empty). */
  public Path consoleLog() {
    return logsDir().resolve("kafka.out");
  }

  public Path serverProperties() {
    return dataDir.resolve("server.properties");
  }

  public Path log4jConfig() {
    return dataDir.resolve("log4j2.xml");
  }

  public Path pidFile() {
    return dataDir.resolve("kafka.pid");
  }

  private static String parseHeap(String raw) {
    if (!HEAP.matcher(raw).matches()) {
      throw new IllegalArgumentException("must be a JVM memory size like 512m or 1g");
    }
    return raw;
  }
}
