package dev.retention.ingestion.importer;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of an import. Every item read is accounted for exactly once:
 * {@code read = published + rejected + failed} (the constructor refuses anything else).
 *
 * @param rows input rows read (for CDNOW, more than {@code read}: rows of one customer-day are one event)
 * @param read events and unreadable rows read
 * @param published events Kafka acknowledged
 * @param rejected rows that are no valid event (unreadable, or refused by the validator); never published
 * @param failed valid events that were not acknowledged (a send failed, or sending stopped after a failure)
 * @param rejections rejected rows by reason, most frequent first, each with its first line numbers and messages
 * @param failures failed events by reason, with their first line numbers
 * @param notes remarks of the reader (merged rows, columns not imported)
 * @param elapsed from the first row read to the last acknowledgement
 */
public record ImportReport(long rows, long read, long published, long rejected, long failed,
    List<ProblemGroup> rejections, List<ProblemGroup> failures, List<String> notes, Duration elapsed) {

  /** One row that was not published: where, why, and which field. */
  public record Problem(long line, String reason, String field, String message) {
    public Problem {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
    }
  }

  /** The rows that share a reason: how many, and the first few of them. */
  public record ProblemGroup(String reason, long count, List<Problem> examples) {
    public ProblemGroup {
      examples = List.copyOf(examples);
    }
  }

  public ImportReport {
    if (read != published + rejected + failed) {
      throw new IllegalStateException("counts do not add up: read " + read + " != published " + published
          + " + rejected " + rejected + " + failed " + failed);
    }
    rejections = List.copyOf(rejections);
    failures = List.copyOf(failures);
    notes = List.copyOf(notes);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Input rows per second over the whole import. */
  public double rowsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : rows / seconds;
  }
}
