package dev.retention.projection.config;

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
import java.util.Optional;

/**
 * What the projection service runs with besides the shared Streams and HTTP settings: who may read, how this instance
 * is reached by its peers, how much of a customer's history the 360 keeps, how big a page may be, and how answers
 * behave during a rebalance. Each key is declared here once.
 *
 * @param apiKeysFile the analysts' API keys, {@code name=key} lines (runtime {@code ApiKeys} format)
 * @param advertisedServer {@code host:port} under which the other instances reach this one's HTTP API; Kafka
 *     Streams' {@code application.server}. Empty: derived from the HTTP host and the port actually bound
 * @param timelineLength how many interactions the 360's timeline keeps, newest first
 * @param defaultPageSize page size of a segment list when {@code limit} is not given
 * @param maxPageSize the largest {@code limit} accepted
 * @param allowStale whether an answer may come from a standby or restoring store while the owner is unavailable
 *     (marked {@code stale}); when false such a request gets 503
 * @param peerTimeout how long a call to another instance may take
 * @param warningFeedSize how many recent warnings the live feed keeps for Last-Event-ID resume
 * @param warningFeedLookback how far back the live feed starts reading when the instance starts
 */
public record ProjectionConfig(
    Path apiKeysFile,
    Optional<String> advertisedServer,
    int timelineLength,
    int defaultPageSize,
    int maxPageSize,
    boolean allowStale,
    Duration peerTimeout,
    int warningFeedSize,
    Duration warningFeedLookback) {

  /** The Kafka Streams application id of the projection service. */
  public static final String APPLICATION_ID = "retention-projection";
  /** The HTTP port unless configured otherwise. */
  public static final int DEFAULT_PORT = 8084;

  public static final Setting<Path> API_KEYS_FILE = Setting.of("projection.api-keys.file", Parsers.path(),
      "File of analyst API keys, one 'name=key' per line (keys at least 16 characters). Every /v1 request and the "
          + "dashboard's calls need one, as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'.");

  public static final Setting<String> ADVERTISED_SERVER = Setting.of("projection.advertised.server",
      hostPort(), "host:port other instances use to reach this one's HTTP API (Kafka Streams application.server). "
          + "Unset: the HTTP host (127.0.0.1 when bound to every interface) and the bound port.")
      .asOptional();

  public static final Setting<Integer> TIMELINE_LENGTH = Setting.of("projection.timeline.length",
      Parsers.intBetween(1, 500), "How many interactions the customer 360 keeps in its timeline, newest first.")
      .withDefault("20");

  public static final Setting<Integer> DEFAULT_PAGE_SIZE = Setting.of("projection.page.default-size",
      Parsers.intBetween(1, 10_000), "Page size of /v1/segments when 'limit' is not given.")
      .withDefault("50");

  public static final Setting<Integer> MAX_PAGE_SIZE = Setting.of("projection.page.max-size",
      Parsers.intBetween(1, 10_000), "The largest 'limit' /v1/segments accepts; CSV exports are streamed and "
          + "not limited by it.")
      .withDefault("1000");

  public static final Setting<Boolean> ALLOW_STALE = Setting.of("projection.allow-stale", Parsers.bool(),
      "Whether queries may be answered from a standby (streams.num.standby.replicas, 1 on a cluster) or restoring "
          + "store while the owner is away or during a rebalance; such answers carry "
          + "'stale: true' and the header X-Projection-Stale. When false they get 503 with Retry-After.")
      .withDefault("true");

  public static final Setting<Duration> PEER_TIMEOUT = Setting.of("projection.peer.timeout", Parsers.duration(),
      "How long a call to another instance (a routed key lookup, a scatter-gather part) may take.")
      .withDefault("3s");

  public static final Setting<Integer> WARNING_FEED_SIZE = Setting.of("projection.warning-feed.size",
      Parsers.intBetween(1, 100_000), "Recent churn warnings kept in memory for /v1/warnings/stream and its "
          + "Last-Event-ID resume.")
      .withDefault("1000");

  public static final Setting<Duration> WARNING_FEED_LOOKBACK = Setting.of("projection.warning-feed.lookback",
      Parsers.duration(), "How far back the live warning feed starts reading the warnings topic at start-up.")
      .withDefault("1d");

  /** The defaults, with a placeholder key file, for tests and documentation. */
  public static final ProjectionConfig DEFAULTS = from(Settings.of(
      ConfigSource.overrides(Map.of(API_KEYS_FILE.name(), "analyst-keys.properties"))).resolve(settings()));

  public ProjectionConfig {
    Objects.requireNonNull(apiKeysFile, "apiKeysFile");
    Objects.requireNonNull(advertisedServer, "advertisedServer");
    Objects.requireNonNull(peerTimeout, "peerTimeout");
    Objects.requireNonNull(warningFeedLookback, "warningFeedLookback");
    if (defaultPageSize > maxPageSize) {
      throw new IllegalArgumentException(DEFAULT_PAGE_SIZE.name() + " (" + defaultPageSize + ") must not exceed "
          + MAX_PAGE_SIZE.name() + " (" + maxPageSize + ")");
    }
    if (timelineLength < 1 || defaultPageSize < 1 || warningFeedSize < 1) {
      throw new IllegalArgumentException("timelineLength, page sizes and warningFeedSize must be positive");
    }
  }

  /** Every setting of this record, in documentation order. */
  public static List<Setting<?>> settings() {
    return List.of(API_KEYS_FILE, ADVERTISED_SERVER, TIMELINE_LENGTH, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, ALLOW_STALE, PEER_TIMEOUT, WARNING_FEED_SIZE, WARNING_FEED_LOOKBACK);
  }

  public static ProjectionConfig from(ConfigValues values) {
    return new ProjectionConfig(values.get(API_KEYS_FILE), values.find(ADVERTISED_SERVER),
        values.get(TIMELINE_LENGTH), values.get(DEFAULT_PAGE_SIZE), values.get(MAX_PAGE_SIZE),
        values.get(ALLOW_STALE), values.get(PEER_TIMEOUT),
        values.get(WARNING_FEED_SIZE), values.get(WARNING_FEED_LOOKBACK));
  }

  public ProjectionConfig withTimelineLength(int length) {
    return new ProjectionConfig(apiKeysFile, advertisedServer, length, defaultPageSize, maxPageSize, allowStale, peerTimeout, warningFeedSize, warningFeedLookback);
  }

  public ProjectionConfig withApiKeysFile(Path file) {
    return new ProjectionConfig(file, advertisedServer, timelineLength, defaultPageSize, maxPageSize, allowStale, peerTimeout, warningFeedSize, warningFeedLookback);
  }

  /** A single {@code host:port}, as Kafka Streams' application.server wants it. */
  private static Parser<String> hostPort() {
    Parser<List<String>> list = Parsers.hostPortList();
    return Parser.of("HOST:PORT", raw -> {
      List<String> entries = list.parse(raw);
      if (entries.size() != 1) {
        throw new IllegalArgumentException("must be a single host:port, e.g. projection-1:8084");
      }
      return entries.get(0);
    });
  }
}
