package dev.retention.ingestion.importer;

import java.util.Objects;

/**
 * What a reader makes of one input row (or, for CDNOW, of the rows of one purchase occasion): an event to validate
 * and publish, or a row it could not read. Either way it carries the line to report and how far into the file it is.
 */
public sealed interface ImportItem permits ImportItem.Candidate, ImportItem.Unreadable {

  /** The reason code of a row the reader could not turn into an event (not a dead-letter code: never published). */
  String MALFORMED_ROW = "MALFORMED_ROW";

  /** 1-based line number of the (first) row. */
  long line();

  /** How many input rows this item stands for (more than one for merged CDNOW rows). */
  int rows();

  /** Bytes of the input read up to this item, for the progress estimate. */
  long position();

  /** An event as CloudEvent JSON, not validated yet. */
  record Candidate(long line, int rows, long position, byte[] json) implements ImportItem {
    public Candidate {
      Objects.requireNonNull(json, "json");
    }
  }

  /**
   * A row the reader could not turn into an event.
   *
   * @param field the column or field at fault ("" for the whole row)
   */
  record Unreadable(long line, int rows, long position, String field, String message) implements ImportItem {
    public Unreadable {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
    }
  }
}
