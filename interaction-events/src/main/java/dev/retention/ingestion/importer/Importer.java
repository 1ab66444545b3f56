package dev.retention.ingestion.importer;

import dev.retention.ingestion.importer.ImportReport.Problem;
import dev.retention.ingestion.validation.EventValidator;
import dev.retention.ingestion.validation.Validation;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * The bulk import: reads items from a {@link RowSource}, validates each event with the shared
 * {@link EventValidator} (as every ingestion path does), publishes the accepted ones keyed by subject, and reports.
 *
 * <ul>
 *   <li>A row that is unreadable or refused is counted as rejected, with its line number, reason and field; the
 *       import goes on. Rejected rows are not published anywhere (no dead letter): the report is where they go.
 *   <li>Accepted events are sent without waiting; the record timestamp is the import's "now" (see
 *       {@link KafkaPublisher}). The report is made only once every send is acknowledged or failed.
 *   <li>After the first failed send the importer stops sending (a failure is almost always the broker or the topic,
 *       so later sends would fail the same way, slowly): the remaining valid events are counted as failed, "not
 *       sent", and the rest of the file is still read and validated. Ids are deterministic, so running the same
 *       import again once Kafka is fixed is safe: what was published already is dropped by de-duplication.
 * </ul>
 */
public final class Importer {

  /** Failure reason of valid events not sent because an earlier send failed. */
  public static final String NOT_SENT = "NOT_SENT";
  /** Failure reason of events still unacknowledged when the wait for acknowledgements ended. */
  public static final String NO_ACK = "NO_ACK";

  static final Duration DEFAULT_ACK_TIMEOUT = Duration.ofMinutes(2);

  private final EventValidator validator;
  private final Clock clock;
  private final Duration ackTimeout;

  public Importer(EventValidator validator, Clock clock) {
    this(validator, clock, DEFAULT_ACK_TIMEOUT);
  }

  Importer(EventValidator validator, Clock clock, Duration ackTimeout) {
    this.validator = validator;
    this.clock = clock;
    this.ackTimeout = ackTimeout;
  }

  /** Imports everything {@code rows} holds; returns once every event is acknowledged or counted as failed. */
  public ImportReport run(RowSource rows, Publisher publisher, ImportProgress progress) throws IOException {
    Instant started = clock.instant();
    ReportCollector tally = new ReportCollector();
    InFlight inFlight = new InFlight();
    long position = 0;
    try {
      Optional<ImportItem> next;
      while ((next = rows.next()).isPresent()) {
        ImportItem item = next.get();
        tally.read(item);
        position = item.position();
        if (item instanceof ImportItem.Unreadable unreadable) {
          tally.rejected(new Problem(unreadable.line(), ImportItem.MALFORMED_ROW, unreadable.field(),
              unreadable.message()));
        } else {
          handle((ImportItem.Candidate) item, publisher, tally, inFlight);
        }
        progress.update(snapshot(tally, position, rows.size(), started));
      }
    } finally {
      publisher.flush();
    }
    awaitAcks(inFlight);
    Duration elapsed = Duration.between(started, clock.instant());
    progress.finish(snapshot(tally, position, rows.size(), started));
    return tally.finish(rows.notes(), elapsed,
        new Problem(0, NO_ACK, "", "no acknowledgement within " + ackTimeout.toSeconds() + " s"));
  }

  private void handle(ImportItem.Candidate item, Publisher publisher, ReportCollector tally, InFlight inFlight) {
    Instant now = clock.instant();
    Validation verdict = validator.validate(item.json(), now);
    if (verdict instanceof Validation.Rejected rejected) {
      tally.rejected(new Problem(item.line(), rejected.reason(), rejected.fieldPath(), rejected.message()));
      return;
    }
    Optional<Problem> earlier = tally.firstFailure();
    if (earlier.isPresent()) {
      tally.failed(new Problem(item.line(), NOT_SENT, "", "not sent: sending stopped after the failure at line "
          + earlier.get().line() + " (" + earlier.get().reason() + ")"));
      return;
    }
    String key = ((Validation.Accepted) verdict).event().subject();
    inFlight.started();
    try {
      publisher.publish(key, item.json(), now).whenComplete((ok, error) -> {
        if (error == null) {
          tally.published();
        } else {
          tally.failed(sendFailure(item.line(), error));
        }
        inFlight.ended();
      });
    } catch (RuntimeException e) {
      tally.failed(sendFailure(item.line(), e));
      inFlight.ended();
    }
  }

  private void awaitAcks(InFlight inFlight) {
    try {
      inFlight.awaitNone(ackTimeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Kafka's acknowledgements", e);
    }
  }

  private static Problem sendFailure(long line, Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    return new Problem(line, cause.getClass().getSimpleName(), "", String.valueOf(cause.getMessage()));
  }

  private ProgressSnapshot snapshot(ReportCollector tally, long position, long size, Instant started) {
    return new ProgressSnapshot(tally.rows(), position, size, Duration.between(started, clock.instant()));
  }
}
