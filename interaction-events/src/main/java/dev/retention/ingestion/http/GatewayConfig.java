package dev.retention.ingestion.http;

import dev.retention.ingestion.validation.ValidationRules;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Parsers;
import dev.retention.runtime.config.Setting;
import dev.retention.runtime.http.ApiKeys;
import dev.retention.runtime.http.HttpServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the HTTP gateway can be tuned with.
 *
 * @param http where it listens; its request limit is the larger of a batch and an event
 * @param rules the limits every ingestion path applies (largest event, clock skew, earliest time)
 * @param apiKeys one key per source system
 * @param maxBatchEvents most events in one batch request
 * @param maxBatchBytes most bytes in one batch request body
 * @param maxBlock how long a send may wait for Kafka metadata or buffer space ({@code max.block.ms})
 * @param deliveryTimeout how long the producer tries to get an acknowledgement ({@code delivery.timeout.ms}); the
 *     gateway waits this long (plus a small margin) before answering 503, and after it the producer has given up on
 *     the record, so a refused event is never written later
 * @param retryAfter what a 503 answer tells the client to wait ({@code Retry-After}, whole seconds)
 */
public record GatewayConfig(
    HttpServerConfig http,
    ValidationRules rules,
    ApiKeys apiKeys,
    int maxBatchEvents,
    long maxBatchBytes,
    Duration maxBlock,
    Duration deliveryTimeout,
    Duration retryAfter) {

  public static final int DEFAULT_PORT = 8081;

  public static final Setting<Path> API_KEYS_FILE = Setting.of("gateway.api-keys.file", Parsers.path(),
      "File of the gateway's API keys, one 'source=key' line per source system (keys at least 16 characters, "
          + "one per source). A key for source 'shop' may publish events of source 'shop', 'shop/...' and "
          + "'shop:...'. Read once at start-up.");

  public static final Setting<Integer> MAX_BATCH_EVENTS = Setting.of("gateway.batch.max-events",
      Parsers.intBetween(1, 100_000), "Most events in one POST /v1/events:batch request; more is refused with 413.")
      .withDefault("1000");

  public static final Setting<Long> MAX_BATCH_BYTES = Setting.of("gateway.batch.max-bytes", Parsers.dataSize(),
      "Largest body of one POST /v1/events:batch request, e.g. 5m; more is refused with 413.")
      .withDefault("5m");

  public static final Setting<Duration> MAX_BLOCK = Setting.of("gateway.kafka.max-block", Parsers.duration(),
      "How long a write may wait for Kafka metadata or producer buffer space before the gateway answers 503.")
      .withDefault("5s");

  public static final Setting<Duration> DELIVERY_TIMEOUT = Setting.of("gateway.kafka.delivery-timeout",
      Parsers.duration().check(d -> d.toMillis() >= 1000, "must be at least 1s"),
      "How long the gateway's producer tries to get a write acknowledged (delivery.timeout.ms) before the "
          + "gateway answers 503; the producer gives up on the event at the same time, so it is never written later.")
      .withDefault("10s");

  public static final Setting<Duration> RETRY_AFTER = Setting.of("gateway.retry-after", Parsers.duration(),
      "What a 503 answer asks the client to wait before retrying (Retry-After header, whole seconds).")
      .withDefault("5s");

  public GatewayConfig {
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(apiKeys, "apiKeys");
    Objects.requireNonNull(maxBlock, "maxBlock");
    Objects.requireNonNull(deliveryTimeout, "deliveryTimeout");
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (maxBatchEvents < 1) {
      throw new IllegalArgumentException("maxBatchEvents must be positive, was " + maxBatchEvents);
    }
    if (maxBatchBytes < 1) {
      throw new IllegalArgumentException("maxBatchBytes must be positive, was " + maxBatchBytes);
    }
    if (maxBlock.isNegative() || maxBlock.isZero()) {
      throw new IllegalArgumentException("maxBlock must be positive, was " + maxBlock);
    }
    if (deliveryTimeout.toMillis() < 1000) {
      throw new IllegalArgumentException("deliveryTimeout must be at least 1 s, was " + deliveryTimeout);
    }
    if (retryAfter.isNegative() || retryAfter.isZero()) {
      throw new IllegalArgumentException("retryAfter must be positive, was " + retryAfter);
    }
    long largest = Math.max(maxBatchBytes, rules.maxEventBytes());
    if (http.maxRequestBytes() < largest) {
      http = new HttpServerConfig(http.host(), http.port(), largest, http.stopTimeout());
    }
  }

  /**
   * The defaults, with the given keys: port {@value #DEFAULT_PORT} on every interface, {@link ValidationRules#DEFAULTS},
   * 1000 events or 5 MiB per batch, 5 s max block, 10 s delivery timeout, Retry-After 5 s.
   */
  public static GatewayConfig defaults(ApiKeys apiKeys) {
    return new GatewayConfig(HttpServerConfig.DEFAULTS.withPort(DEFAULT_PORT), ValidationRules.DEFAULTS, apiKeys,
        1000, 5L * 1024 * 1024, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(5));
  }

  /** Every setting of the gateway, including the HTTP server's. */
  public static List<Setting<?>> settings() {
    List<Setting<?>> settings = new ArrayList<>(HttpServerConfig.settings(DEFAULT_PORT));
    settings.addAll(List.of(API_KEYS_FILE, MAX_BATCH_EVENTS, MAX_BATCH_BYTES, MAX_BLOCK, DELIVERY_TIMEOUT,
        RETRY_AFTER));
    return settings;
  }

  /**
   * The values of {@link #settings()}, resolved; reads the API key file.
   *
   * @param rules the validation limits, shared with the other ingestion paths
   */
  public static GatewayConfig from(ConfigValues values, ValidationRules rules) {
    long maxBatchBytes = values.get(MAX_BATCH_BYTES);
    return new GatewayConfig(
        HttpServerConfig.from(values, Math.max(maxBatchBytes, rules.maxEventBytes())),
        rules,
        ApiKeys.load(values.get(API_KEYS_FILE)),
        values.get(MAX_BATCH_EVENTS),
        maxBatchBytes,
        values.get(MAX_BLOCK),
        values.get(DELIVERY_TIMEOUT),
        values.get(RETRY_AFTER));
  }

  public GatewayConfig withHttp(HttpServerConfig newHttp) {
    return new GatewayConfig(newHttp, rules, apiKeys, maxBatchEvents, maxBatchBytes, maxBlock, deliveryTimeout,
        retryAfter);
  }

  public GatewayConfig withBatchLimits(int events, long bytes) {
    return new GatewayConfig(http, rules, apiKeys, events, bytes, maxBlock, deliveryTimeout, retryAfter);
  }

  public GatewayConfig withKafkaTimeouts(Duration newMaxBlock, Duration newDeliveryTimeout) {
    return new GatewayConfig(http, rules, apiKeys, maxBatchEvents, maxBatchBytes, newMaxBlock, newDeliveryTimeout,
        retryAfter);
  }

  /** {@link #retryAfter} in whole seconds, rounded up, at least 1: the value of the Retry-After header. */
  public long retryAfterSeconds() {
    long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
