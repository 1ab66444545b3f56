package dev.retention.deploy;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Configuration of the local single-node KRaft broker. Every key is a {@link Setting}, declared once below with its
 * default, validation and documentation; a value comes from the command-line option, else the environment variable,
 * else the default.
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

  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");
  private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgG]?");
  private static final Pattern SHORT_DURATION = Pattern.compile("([1-9][0-9]*)(ms|s|m)");

  public static final Setting<Path> DATA_DIR = new Setting<>(
      "data-dir", "RETENTION_KAFKA_DATA_DIR", ".data/kafka", "DIR",
      "Directory of the broker's storage, logs and pid file; survives restarts. The default is relative to "
          + "$" + HOME_ENV + " (the repository root when run through deploy/bin/retention).",
      LocalKafkaConfig::parsePath);

  public static final Setting<String> HOST_SETTING = new Setting<>(
      "host", "RETENTION_KAFKA_HOST", "127.0.0.1", "HOST",
      "Address the broker listens on and advertises to clients.",
      LocalKafkaConfig::parseHost);

  public static final Setting<Integer> PORT = new Setting<>(
      "port", "RETENTION_KAFKA_PORT", "9092", "PORT",
      "Client (PLAINTEXT) port of the broker.",
      LocalKafkaConfig::parsePort);

  public static final Setting<Integer> CONTROLLER_PORT = new Setting<>(
      "controller-port", "RETENTION_KAFKA_CONTROLLER_PORT", "9093", "PORT",
      "KRaft controller port of the broker.",
      LocalKafkaConfig::parsePort);

  public static final Setting<String> HEAP_SETTING = new Setting<>(
      "heap", "RETENTION_KAFKA_HEAP", "512m", "SIZE",
      "Maximum heap of the broker JVM (-Xmx), e.g. 512m or 1g.",
      LocalKafkaConfig::parseHeap);

  public static final Setting<Duration> START_TIMEOUT = new Setting<>(
      "start-timeout", "RETENTION_KAFKA_START_TIMEOUT", "60s", "DURATION",
      "How long to wait for the broker to answer after starting it, e.g. 60s, 2m or PT90S.",
      LocalKafkaConfig::parseDuration);

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
    parseHost(host);
    parsePort(Integer.toString(port));
    parsePort(Integer.toString(controllerPort));
    parseHeap(heap);
    if (startTimeout.isNegative() || startTimeout.isZero()) {
      throw new IllegalArgumentException("startTimeout must be positive, was " + startTimeout);
    }
    if (port == controllerPort) {
      throw new LauncherException("the client port and the controller port must differ, both are " + port
          + " (set " + CONTROLLER_PORT.howToSet() + ")");
    }
  }

  /** The defaults, with the data directory resolved against {@code home}. */
  public static LocalKafkaConfig defaults(Path home) {
    return resolve(Map.of(), Map.of(), home);
  }

  /**
   * Resolves every setting: a command-line value wins over the environment, which wins over the default. A relative
   * data directory given on the command line or in the environment is taken relative to the working directory; the
   * default one relative to {@code home}.
   *
   * @param options command-line values by setting name ({@code "port"}), absent when not given
   * @param env the environment
   */
  public static LocalKafkaConfig resolve(Map<String, String> options, Map<String, String> env, Path home) {
    Resolver r = new Resolver(options, env);
    Path dataDir = r.given(DATA_DIR)
        .map(Path::toAbsolutePath)
        .orElseGet(() -> home.toAbsolutePath().resolve(DATA_DIR.parse(DATA_DIR.defaultValue(), "default")));
    return new LocalKafkaConfig(
        dataDir.normalize(),
        r.get(HOST_SETTING),
        r.get(PORT),
        r.get(CONTROLLER_PORT),
        r.get(HEAP_SETTING),
        r.get(START_TIMEOUT));
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

  // --- parsers: each throws IllegalArgumentException saying what a valid value is ---

  private static Path parsePath(String raw) {
    if (raw.isEmpty()) {
      throw new IllegalArgumentException("must not be empty");
    }
    try {
      return Path.of(raw);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("not a valid path: " + e.getMessage());
    }
  }

  private static String parseHost(String raw) {
    if (raw.contains(":")) {
      throw new IllegalArgumentException("must be a host name or IPv4 address; IPv6 is not supported");
    }
    if (!HOST.matcher(raw).matches()) {
      throw new IllegalArgumentException("must be a host name or IPv4 address, e.g. 127.0.0.1");
    }
    return raw;
  }

  private static int parsePort(String raw) {
    int port;
    try {
      port = Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a port number between 1 and 65535");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("must be a port number between 1 and 65535");
    }
    return port;
  }

  private static String parseHeap(String raw) {
    if (!HEAP.matcher(raw).matches()) {
      throw new IllegalArgumentException("must be a JVM memory size like 512m or 1g");
    }
    return raw;
  }

  private static Duration parseDuration(String raw) {
    Matcher m = SHORT_DURATION.matcher(raw);
    Duration d;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      d = switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        default -> Duration.ofMinutes(n);
      };
    } else {
      try {
        d = Duration.parse(raw.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("must be a duration like 500ms, 60s, 2m or PT90S");
      }
    }
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("must be positive");
    }
    return d;
  }

  /** Looks a setting up: command line, then environment, then default. */
  private record Resolver(Map<String, String> options, Map<String, String> env) {

    <T> Optional<T> given(Setting<T> s) {
      String option = options.get(s.name());
      if (option != null) {
        return Optional.of(s.parse(option, s.option()));
      }
      String fromEnv = env.get(s.envVar());
      if (fromEnv != null && !fromEnv.isBlank()) {
        return Optional.of(s.parse(fromEnv, "environment variable " + s.envVar()));
      }
      return Optional.empty();
    }

    <T> T get(Setting<T> s) {
      return given(s).orElseGet(() -> s.parse(s.defaultValue(), "default"));
    }
  }
}
