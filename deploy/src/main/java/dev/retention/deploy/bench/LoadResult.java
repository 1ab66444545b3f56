package dev.retention.deploy.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an HTTP load measured, as the one line {@link HttpLoadGenerator} prints and the benchmark reads back:
 * {@code RESULT events=.. seconds=.. rate=.. p50ms=.. p99ms=.. maxms=.. batches=.. errors=.. sent=.. loadseconds=..
 * cpuseconds=..}.
 *
 * @param events events accepted (202) in the measured window
 * @param seconds length of the measured window
 * @param rate {@code events / seconds}
 * @param p50Millis median request latency in the measured window
 * @param p99Millis 99th percentile request latency in the measured window
 * @param maxMillis slowest request in the measured window
 * @param batches requests completed in the measured window
 * @param errors requests not answered 202 (whole run), or failed to send
 * @param sent events accepted over the whole run, warm-up included: what must have reached Kafka
 * @param loadSeconds how long the load ran, warm-up included
 * @param cpuSeconds CPU time the load generator used meanwhile
 */
public record LoadResult(long events, double seconds, double rate, double p50Millis, double p99Millis,
    double maxMillis, long batches, long errors, long sent, double loadSeconds, double cpuSeconds) {

  public static final String PREFIX = "RESULT ";

  private static final List<String> KEYS =
      List.of("events", "seconds", "rate", "p50ms", "p99ms", "maxms", "batches", "errors", "sent", "loadseconds",
          "cpuseconds");

  /** The line, {@code RESULT events=...}. */
  public String toLine() {
    return String.format(Locale.ROOT,
        PREFIX + "events=%d seconds=%.3f rate=%.1f p50ms=%.3f p99ms=%.3f maxms=%.3f batches=%d errors=%d sent=%d "
            + "loadseconds=%.3f cpuseconds=%.3f",
        events, seconds, rate, p50Millis, p99Millis, maxMillis, batches, errors, sent, loadSeconds, cpuSeconds);
  }

  /** The result in {@code output}: its last {@code RESULT} line, if it has one. */
  public static Optional<LoadResult> find(String output) {
    LoadResult found = null;
    for (String line : output.split("\\R")) {
      if (line.startsWith(PREFIX)) {
        found = parse(line);
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Reads one {@code RESULT} line.
   *
   * @throws IllegalArgumentException if it is not one, or lacks a value
   */
  public static LoadResult parse(String line) {
    String trimmed = line.strip();
    if (!trimmed.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a result line: " + line);
    }
    Map<String, String> values = new HashMap<>();
    for (String pair : trimmed.substring(PREFIX.length()).strip().split("\\s+")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("malformed '" + pair + "' in result line: " + line);
      }
      values.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    for (String key : KEYS) {
      if (!values.containsKey(key)) {
        throw new IllegalArgumentException("no " + key + " in result line: " + line);
      }
    }
    try {
      return new LoadResult(Long.parseLong(values.get("events")), Double.parseDouble(values.get("seconds")),
          Double.parseDouble(values.get("rate")), Double.parseDouble(values.get("p50ms")),
          Double.parseDouble(values.get("p99ms")), Double.parseDouble(values.get("maxms")),
          Long.parseLong(values.get("batches")), Long.parseLong(values.get("errors")),
          Long.parseLong(values.get("sent")), Double.parseDouble(values.get("loadseconds")),
          Double.parseDouble(values.get("cpuseconds")));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number in result line: " + line, e);
    }
  }
}
