package dev.retention.ingestion.importer;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** A file being read as import items, in file order. One per format: {@link CdnowReader}, {@link CsvReader}, {@link NdjsonReader}. */
public interface RowSource extends Closeable {

  /** The next item, or empty at the end of the input. */
  Optional<ImportItem> next() throws IOException;

  /** Size of the input in bytes, for the progress estimate; 0 when unknown. */
  long size();

  /** Remarks for the summary once the input is read (e.g. merged rows, columns not imported). */
  default List<String> notes() {
    return List.of();
  }
}
