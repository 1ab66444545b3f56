package dev.retention.ingestion.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads newline-delimited JSON: one CloudEvent per line, published byte for byte as written, with the id and source
 * it has. Blank lines are skipped; anything else that is not a valid event is rejected by the validator with its
 * line number.
 */
public final class NdjsonReader implements RowSource {

  private final LineReader lines;
  private final long size;

  NdjsonReader(InputStream in, long size) {
    this.lines = new LineReader(in);
    this.size = size;
  }

  public static NdjsonReader open(Path file) throws IOException {
    long size = Files.size(file);
    return new NdjsonReader(Files.newInputStream(file), size);
  }

  @Override
  public Optional<ImportItem> next() throws IOException {
    Optional<LineReader.Line> next;
    while ((next = lines.next()).isPresent()) {
      LineReader.Line line = next.get();
      if (!line.isBlank()) {
        return Optional.of(new ImportItem.Candidate(line.number(), 1, line.endOffset(), line.bytes()));
      }
    }
    return Optional.empty();
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
