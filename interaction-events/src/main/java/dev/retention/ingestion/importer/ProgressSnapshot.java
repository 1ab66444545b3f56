package dev.retention.ingestion.importer;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How far an import is.
 *
 * @param rows input rows read so far
 * @param bytesRead bytes of the input read so far
 * @param totalBytes size of the input; 0 when unknown
 * @param elapsed since the import started
 */
public record ProgressSnapshot(long rows, long bytesRead, long totalBytes, Duration elapsed) {

  public double rowsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : rows / seconds;
  }

  /** The share of the input read, 0..1, when the size is known. */
  public OptionalDouble fraction() {
    return totalBytes <= 0 ? OptionalDouble.empty()
        : OptionalDouble.of(Math.min(1.0, (double) bytesRead / totalBytes));
  }

  /** Time left at the rate so far, when it can be estimated. */
  public Optional<Duration> eta() {
    if (totalBytes <= 0 || bytesRead <= 0 || elapsed.isZero()) {
      return Optional.empty();
    }
    long left = Math.max(0, totalBytes - bytesRead);
    return Optional.of(Duration.ofNanos((long) ((double) elapsed.toNanos() * left / bytesRead)));
  }
}
