package dev.retention.runtime.streams;

import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Parsers;
import dev.retention.runtime.config.Setting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The settings every Kafka Streams service shares, and their resolved values. What is not a setting here is not
 * negotiable per deployment and lives in {@link StreamsDefaults} (exactly-once, fail-fast exception handlers).
 *
 * @param bootstrapServers the Kafka brokers, {@code host:port} each
 * @param applicationId the Streams application id: consumer group, prefix of internal topics and of the state
 *     directory; instances with the same id share the work
 * @param stateDir where RocksDB stores live (absolute); keep it across restarts to avoid restoring from changelogs
 * @param numStreamThreads processing threads of this instance
 * @param commitInterval how often offsets and transactions are committed; with exactly-once this bounds the latency
 *     of output to read_committed consumers
 * @param replicationFactor replication factor of changelog and repartition topics: 1 on a single local broker, 3 on a
 *     cluster
 * @param rocksDbMemoryBytes off-heap memory all RocksDB stores of this instance share (block cache, index and filter
 *     blocks, memtables); see {@link BoundedMemoryRocksDBConfig}
 * @param numStandbyReplicas warm copies of each state store kept by other instances, so a failover does not wait for a
 *     restore and queries can be answered from them during a rebalance
 * @param security how every client of the service authenticates and encrypts ({@link KafkaSecurity})
 */
public record StreamsSettings(
    List<String> bootstrapServers,
    String applicationId,
    Path stateDir,
    int numStreamThreads,
    Duration commitInterval,
    int replicationFactor,
    long rocksDbMemoryBytes,
    int numStandbyReplicas,
    KafkaSecurity security) {

  public static final Setting<List<String>> BOOTSTRAP_SERVERS = Setting.of("kafka.bootstrap.servers",
      Parsers.hostPortList(), "Kafka brokers to connect to, host:port separated by commas.")
      .withDefault("127.0.0.1:9092");

  /** Has no default here; a service gives its own through {@link #settings(String)}. */
  public static final Setting<String> APPLICATION_ID = Setting.of("streams.application.id",
      Parsers.nonBlank().check(id -> id.matches("[a-zA-Z0-9._-]+"),
          "must consist of letters, digits, '.', '_' and '-'"),
      "Kafka Streams application id: the consumer group, prefix of the internal topics and of the state "
          + "directory. Instances with the same id share the partitions; changing it starts from scratch.");

  public static final Setting<Path> STATE_DIR = Setting.of("streams.state.dir", Parsers.path().withLabel("DIR"),
      "Directory of the local state stores (RocksDB). Keep it across restarts: a lost directory is rebuilt "
          + "from the changelog topics, which is correct but slow. Relative to the working directory.")
      .withDefault(".data/streams");

  public static final Setting<Integer> NUM_STREAM_THREADS = Setting.of("streams.num.threads",
      Parsers.intBetween(1, 64), "Stream threads of this instance; more than its partitions is no use.")
      .withDefault("1");

  public static final Setting<Duration> COMMIT_INTERVAL = Setting.of("streams.commit.interval", Parsers.duration(),
      "How often progress is committed. With exactly-once, output becomes visible to read_committed "
          + "consumers at a commit, so this bounds end-to-end latency.")
      .withDefault("100ms");

  public static final Setting<Integer> REPLICATION_FACTOR = Setting.of("streams.replication.factor",
      Parsers.intBetween(1, 32767),
      "Replication factor of the changelog and repartition topics Kafka Streams creates: 1 on a single local "
          + "broker, 3 on a cluster.")
      .withDefault("1");

  public static final Setting<Long> ROCKSDB_MEMORY = Setting.of("streams.rocksdb.memory", Parsers.dataSize(),
      "Off-heap memory shared by all RocksDB stores of this instance (block cache, index and filter blocks, "
          + "memtables), e.g. 64m or 1g. Count it on top of the JVM heap when sizing a container.")
      .withDefault("128m");

  public static final Setting<Integer> NUM_STANDBY_REPLICAS = Setting.of("streams.num.standby.replicas",
      Parsers.intBetween(0, 10),
      "Warm copies of each state store on other instances: a failover then skips the restore from the changelog, "
          + "and queries can be answered from a standby during a rebalance. 0 locally, 1 on a cluster.")
      .withDefault("0");

  public StreamsSettings {
    bootstrapServers = List.copyOf(Objects.requireNonNull(bootstrapServers, "bootstrapServers"));
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(commitInterval, "commitInterval");
    if (bootstrapServers.isEmpty()) {
      throw new IllegalArgumentException("bootstrapServers must not be empty");
    }
    if (numStreamThreads < 1 || replicationFactor < 1 || rocksDbMemoryBytes < 1) {
      throw new IllegalArgumentException("numStreamThreads, replicationFactor and rocksDbMemoryBytes must be positive");
    }
    if (commitInterval.isNegative() || commitInterval.isZero()) {
      throw new IllegalArgumentException("commitInterval must be positive, was " + commitInterval);
    }
    stateDir = stateDir.toAbsolutePath().normalize();
    Objects.requireNonNull(security, "security");
    if (numStandbyReplicas < 0) {
      throw new IllegalArgumentException("numStandbyReplicas must not be negative, was " + numStandbyReplicas);
    }
  }

  /** Plaintext settings, as on the local broker and in tests. */
  public StreamsSettings(List<String> bootstrapServers, String applicationId, Path stateDir, int numStreamThreads,
      Duration commitInterval, int replicationFactor, long rocksDbMemoryBytes) {
    this(bootstrapServers, applicationId, stateDir, numStreamThreads, commitInterval, replicationFactor,
        rocksDbMemoryBytes, 0, KafkaSecurity.NONE);
  }

  /**
   * The settings to resolve, with {@code defaultApplicationId} as the default of {@link #APPLICATION_ID}, so each
   * service names its own group and an operator can still override it.
   */
  public static List<Setting<?>> settings(String defaultApplicationId) {
    List<Setting<?>> settings = new java.util.ArrayList<>(List.of(BOOTSTRAP_SERVERS,
        APPLICATION_ID.withDefault(defaultApplicationId), STATE_DIR, NUM_STREAM_THREADS, COMMIT_INTERVAL,
        REPLICATION_FACTOR, ROCKSDB_MEMORY, NUM_STANDBY_REPLICAS));
    settings.addAll(KafkaSecurity.SETTINGS);
    return List.copyOf(settings);
  }

  /** The values of {@link #settings(String)}, resolved. */
  public static StreamsSettings from(ConfigValues values) {
    return new StreamsSettings(
        values.get(BOOTSTRAP_SERVERS),
        values.get(APPLICATION_ID),
        values.get(STATE_DIR),
        values.get(NUM_STREAM_THREADS),
        values.get(COMMIT_INTERVAL),
        values.get(REPLICATION_FACTOR),
        values.get(ROCKSDB_MEMORY),
        values.get(NUM_STANDBY_REPLICAS),
        KafkaSecurity.from(values));
  }

  /**
   * The configuration every plain client of the service (admin, producer, consumer) starts from: the brokers and the
   * security settings. Streams clients get the same through {@link StreamsDefaults#properties}.
   */
  public java.util.Map<String, Object> clientConfig() {
    java.util.Map<String, Object> config = new java.util.LinkedHashMap<>();
    config.put(org.apache.kafka.clients.CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServersConfig());
    config.putAll(security.clientConfig());
    return config;
  }

  /** {@code bootstrap.servers} as Kafka wants it. */
  public String bootstrapServersConfig() {
    return String.join(",", bootstrapServers);
  }
}
