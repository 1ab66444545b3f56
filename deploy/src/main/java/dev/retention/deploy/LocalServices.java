package dev.retention.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform services {@code retention up} runs, and how each is configured locally. Their directories sit beside
 * the broker's data directory, so one data root holds the whole local platform.
 */
final class LocalServices {

  /** Default HTTP port of the ingestion gateway. */
  static final int INGESTION_HTTP_PORT = 8081;
  /** Default HTTP port of the segmentation service (health and metrics). */
  static final int SEGMENTATION_HTTP_PORT = 8082;
  /** Default HTTP port of the churn detector (health, metrics). */
  static final int CHURN_HTTP_PORT = 8083;
  /** Default HTTP port of the projection service (API and dashboard). */
  static final int PROJECTION_HTTP_PORT = 8084;
  static final String CHURN = "churn-detector";
  static final String PROJECTION = "projection-service";
  /** Default HTTP port of the retention-cases service. */
  static final int CASES_HTTP_PORT = 8085;
  static final String CASES = "retention-cases";
  /** Default HTTP port of the demo traffic generator (health and its report). */
  static final int DEMO_HTTP_PORT = 8089;
  static final String INGESTION = "interaction-events";
  static final String SEGMENTATION = "segmentation-streams";
  static final String DEMO = "demo-traffic";

  /** The HTTP port of each local service. */
  record Ports(int ingestion, int segmentation, int churn, int projection, int cases, int demo) {

    static final Ports DEFAULTS = new Ports(INGESTION_HTTP_PORT, SEGMENTATION_HTTP_PORT, CHURN_HTTP_PORT,
        PROJECTION_HTTP_PORT, CASES_HTTP_PORT, DEMO_HTTP_PORT);

    /** Every port with the option that sets it, for checks and messages. */
    Map<String, Integer> byOption() {
      Map<String, Integer> ports = new LinkedHashMap<>();
      ports.put("--http-port", ingestion);
      ports.put("--segmentation-port", segmentation);
      ports.put("--churn-port", churn);
      ports.put("--projection-port", projection);
      ports.put("--cases-port", cases);
      ports.put("--demo-port", demo);
      return ports;
    }
  }

  /** The sources a fresh local platform has API keys for: the upstream systems of the design. */
  static final List<String> SOURCES = List.of("shop", "pos", "callcentre", "ticketing", "survey", "crm", "import");

  private LocalServices() {}

  static Path root(LocalKafkaConfig kafka) {
    return kafka.dataDir().toAbsolutePath().getParent();
  }

  /** The interaction-events service (HTTP gateway + validator) against the local broker. */
  static ServiceProcess ingestion(LocalKafkaConfig kafka, String bootstrapServers, int httpPort) {
    Path dir = root(kafka).resolve(INGESTION);
    Map<String, String> env = streamsEnv(bootstrapServers, dir, httpPort);
    env.put("RETENTION_GATEWAY_API_KEYS_FILE", apiKeysFile(kafka).toString());
    return new ServiceProcess(INGESTION, "dev.retention.ingestion.IngestionMain", dir, httpPort, "--http-port",
        Map.copyOf(env));
  }

  /** The segmentation service (customer value, tiers, lifecycle stages) against the local broker. */
  static ServiceProcess segmentation(LocalKafkaConfig kafka, String bootstrapServers, int httpPort) {
    Path dir = root(kafka).resolve(SEGMENTATION);
    Map<String, String> env = streamsEnv(bootstrapServers, dir, httpPort);
    return new ServiceProcess(SEGMENTATION, "dev.retention.segmentation.SegmentationMain", dir, httpPort,
        "--segmentation-port", Map.copyOf(env));
  }

  /**
   * The churn detector against the local broker. Locally its model trainer fits every 2 minutes (6 h by default), so
   * BG/NBD predictions appear while one watches.
   */
  static ServiceProcess churn(LocalKafkaConfig kafka, String bootstrapServers, int httpPort) {
    Path dir = root(kafka).resolve(CHURN);
    Map<String, String> env = streamsEnv(bootstrapServers, dir, httpPort);
    env.put("RETENTION_CHURN_TRAINER_INTERVAL", "2m");
    return new ServiceProcess(CHURN, "dev.retention.churn.ChurnMain", dir, httpPort, "--churn-port",
        Map.copyOf(env));
  }

  /** The projection service (customer 360, lists, stats, dashboard) against the local broker. */
  static ServiceProcess projection(LocalKafkaConfig kafka, String bootstrapServers, int httpPort) {
    Path dir = root(kafka).resolve(PROJECTION);
    Map<String, String> env = streamsEnv(bootstrapServers, dir, httpPort);
    env.put("RETENTION_PROJECTION_API_KEYS_FILE", analystKeysFile(kafka).toString());
    return new ServiceProcess(PROJECTION, "dev.retention.projection.ProjectionMain", dir, httpPort,
        "--projection-port", Map.copyOf(env));
  }

  /** What every local service gets: the broker, and HTTP on this machine only at its port. */
  private static Map<String, String> baseEnv(String bootstrapServers, int httpPort) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("RETENTION_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
    env.put("RETENTION_HTTP_HOST", "127.0.0.1");
    env.put("RETENTION_HTTP_PORT", Integer.toString(httpPort));
    return env;
  }

  /** {@link #baseEnv} and a Streams state directory under the service's directory. */
  private static Map<String, String> streamsEnv(String bootstrapServers, Path dir, int httpPort) {
    Map<String, String> env = baseEnv(bootstrapServers, httpPort);
    env.put("RETENTION_STREAMS_STATE_DIR", dir.resolve("state").toString());
    return env;
  }

  /** Retention cases (Axon, event store in an embedded H2 file) against the local broker. */
  static ServiceProcess cases(LocalKafkaConfig kafka, String bootstrapServers, int httpPort) {
    Path dir = root(kafka).resolve(CASES);
    Map<String, String> env = baseEnv(bootstrapServers, httpPort);
    env.put("RETENTION_CASES_DATA_DIR", dir.resolve("db").toString());
    env.put("RETENTION_CASES_API_USERS_FILE", casesUsersFile(kafka).toString());
    return new ServiceProcess(CASES, "dev.retention.cases.CasesMain", dir, httpPort, "--cases-port",
        Map.copyOf(env));
  }

  /**
   * The demo traffic generator: publishes a synthetic history to the raw interactions topic, then live traffic; writes
   * which customers it made drift under its directory.
   */
  static ServiceProcess demo(LocalKafkaConfig kafka, String bootstrapServers, int httpPort) {
    Path dir = root(kafka).resolve(DEMO);
    Map<String, String> env = baseEnv(bootstrapServers, httpPort);
    env.put("RETENTION_DEMO_DIR", dir.toString());
    return new ServiceProcess(DEMO, "dev.retention.deploy.demo.DemoMain", dir, httpPort, "--demo-port",
        Map.copyOf(env));
  }

  /** The platform's services, in start order (stop in reverse); the demo generator is not one of them. */
  static List<ServiceProcess> all(LocalKafkaConfig kafka, String bootstrapServers, Ports ports) {
    return List.of(ingestion(kafka, bootstrapServers, ports.ingestion()),
        segmentation(kafka, bootstrapServers, ports.segmentation()),
        churn(kafka, bootstrapServers, ports.churn()),
        projection(kafka, bootstrapServers, ports.projection()),
        cases(kafka, bootstrapServers, ports.cases()));
  }

  static Path analystKeysFile(LocalKafkaConfig kafka) {
    return root(kafka).resolve(PROJECTION).resolve("api-keys");
  }

  /** The local analyst key of the projection API and dashboard, made once. */
  static Map<String, String> ensureAnalystKeys(LocalKafkaConfig kafka) {
    return ensureKeyFile(analystKeysFile(kafka),
        "# name=key: analyst keys of the projection API (made by retention up)",
        new LinkedHashMap<>(Map.of("analyst", "")));
  }

  static Path casesUsersFile(LocalKafkaConfig kafka) {
    return root(kafka).resolve(CASES).resolve("api-users");
  }

  /**
   * The local users of the case API, made once: a manager and an agent, each {@code user=role:key}; kept across
   * restarts like the ingestion keys.
   */
  static Map<String, String> ensureCasesUsers(LocalKafkaConfig kafka) {
    return ensureKeyFile(casesUsersFile(kafka), "# user=role:key: users of the case API (made by retention up)",
        new LinkedHashMap<>(Map.of("mia", "manager", "alex", "agent")));
  }

  static Path apiKeysFile(LocalKafkaConfig kafka) {
    return root(kafka).resolve(INGESTION).resolve("api-keys");
  }

  /**
   * The local API keys, one per source, made once with a secure random generator and kept (owner-only) so that
   * clients keep working across restarts.
   */
  static Map<String, String> ensureApiKeys(LocalKafkaConfig kafka) {
    Map<String, String> sources = new LinkedHashMap<>();
    SOURCES.forEach(source -> sources.put(source, ""));
    return ensureKeyFile(apiKeysFile(kafka), "# source=key: one API key per upstream source (made by retention up)",
        sources);
  }

  /**
   * A file of {@code name=key} lines ({@code name=role:key} where a role is given), made once with a secure random
   * generator and owner-only permissions, then kept; returns its entries.
   */
  private static Map<String, String> ensureKeyFile(Path file, String header, Map<String, String> rolesByName) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        SecureRandom random = new SecureRandom();
        StringBuilder text = new StringBuilder(header).append('\n');
        rolesByName.forEach((name, role) -> {
          byte[] key = new byte[16];
          random.nextBytes(key);
          text.append(name).append('=').append(role.isEmpty() ? "" : role + ":")
              .append(HexFormat.of().formatHex(key)).append('\n');
        });
        Files.writeString(file, text);
        try {
          Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the file keeps the default permissions
        }
      }
      Map<String, String> keys = new LinkedHashMap<>();
      for (String line : Files.readAllLines(file)) {
        int eq = line.indexOf('=');
        if (!line.isBlank() && !line.startsWith("#") && eq > 0) {
          keys.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
      }
      return keys;
    } catch (IOException e) {
      throw new LauncherException("cannot write the key file " + file + ": " + e.getMessage(), e);
    }
  }
}
