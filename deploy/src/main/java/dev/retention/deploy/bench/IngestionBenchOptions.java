package dev.retention.deploy.bench;

import dev.retention.runtime.streams.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How {@code retention bench ingestion} runs.
 *
 * @param events payloads generated, produced raw, and validated
 * @param batch events per HTTP request
 * @param concurrency HTTP clients sending at once
 * @param warmup HTTP load before each measured window
 * @param window each HTTP phase's measured window
 * @param maxHttpEvents the most events one HTTP phase sends, warm-up included
 * @param bootstrapServers an existing broker to use; empty: start a private one
 * @param httpTargets which HTTP phases run
 * @param streamThreads {@code streams.num.threads} of the validator; empty: the platform default
 * @param commitInterval {@code streams.commit.interval} of the validator; empty: the platform default
 * @param seed the payloads' seed
 * @param json where to write the results as JSON, if anywhere
 */
public record IngestionBenchOptions(int events, int batch, int concurrency, Duration warmup, Duration window,
    long maxHttpEvents, Optional<String> bootstrapServers, Set<HttpTarget> httpTargets,
    Optional<Integer> streamThreads, Optional<String> commitInterval, long seed, Optional<Path> json) {

  /** An HTTP phase. */
  public enum HttpTarget {
    /** The gateway alone ({@code GatewayServer}). */
    GATEWAY,
    /** The whole interaction-events service: gateway and validator ({@code IngestionService}). */
    SERVICE
  }

  public IngestionBenchOptions {
    Objects.requireNonNull(warmup, "warmup");
    Objects.requireNonNull(window, "window");
    httpTargets = Set.copyOf(httpTargets);
    require(batch >= 1, "--batch must be at least 1");
    require(events >= batch, "--events must be at least one batch (" + batch + ")");
    require(concurrency >= 1, "--concurrency must be at least 1");
    require(!warmup.isNegative(), "--warmup must not be negative");
    require(window.toSeconds() >= 1, "--seconds must be at least 1");
    require(maxHttpEvents >= batch, "--max-http-events must be at least one batch");
    require(streamThreads.map(t -> t >= 1).orElse(true), "--stream-threads must be at least 1");
    commitInterval.ifPresent(interval -> {
      try {
        StreamsSettings.COMMIT_INTERVAL.parse(interval);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--commit-interval '" + interval + "': " + e.getMessage(), e);
      }
    });
  }

  /**
   * The settings as printed with the results.
   *
   * @param validator the validator's Streams settings as resolved
   */
  public Map<String, String> describe(StreamsSettings validator) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("events", String.format(Locale.ROOT, "%,d (seed %d)", events, seed));
    settings.put("http", String.format(Locale.ROOT, "batches of %d (NDJSON), %d concurrent clients, %d s warm-up + "
        + "%d s measured, at most %,d events per phase; phases: %s", batch, concurrency, warmup.toSeconds(),
        window.toSeconds(), maxHttpEvents, httpTargets.isEmpty() ? "none" : httpTargets.stream()
            .map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(", "))));
    settings.put("validator", String.format(Locale.ROOT, "streams.num.threads=%d%s, streams.commit.interval=%d ms%s, "
        + "exactly_once_v2, streams.rocksdb.memory=%d MiB", validator.numStreamThreads(),
        streamThreads.isPresent() ? "" : " (default)", validator.commitInterval().toMillis(),
        commitInterval.isPresent() ? "" : " (default)", validator.rocksDbMemoryBytes() >> 20));
    return settings;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
