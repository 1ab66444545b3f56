package dev.retention.ingestion.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a CSV file with a header row as {@code retention.purchase.completed.v1} events, mapped by a
 * {@link CsvMapping}. The header is the first non-blank line; blank lines are skipped; every other line is one row
 * (RFC 4180 quoting, see {@link CsvLineParser}). Without an id column, a row's event id is
 * {@link EventIds derived} from its mapped values, so re-importing the file gives the same ids (and two rows with
 * the same values are the same event).
 */
public final class CsvReader implements RowSource {

  public static final String DEFAULT_SOURCE = "import/csv";

  private final LineReader lines;
  private final long size;
  private final char delimiter;
  private final CsvRowMapper mapper;

  CsvReader(InputStream in, long size, CsvMapping mapping, String source, String file) throws IOException {
    this.lines = new LineReader(in);
    this.size = size;
    this.delimiter = mapping.delimiter();
    List<String> header = readHeader(file);
    this.mapper = CsvRowMapper.resolve(mapping, header, source, file);
  }

  /**
   * @param source the source of events whose mapping gives none, e.g. {@link #DEFAULT_SOURCE}
   */
  public static CsvReader open(Path file, CsvMapping mapping, String source) throws IOException {
    long size = Files.size(file);
    InputStream in = Files.newInputStream(file);
    try {
      return new CsvReader(in, size, mapping, source, file.getFileName().toString());
    } catch (RuntimeException | IOException e) {
      in.close();
      throw e;
    }
  }

  private List<String> readHeader(String file) throws IOException {
    Optional<LineReader.Line> next;
    while ((next = lines.next()).isPresent()) {
      LineReader.Line line = next.get();
      if (!line.isBlank()) {
        try {
          return CsvLineParser.split(line.text(), delimiter);
        } catch (RowProblem e) {
          throw new ImportSetupException(file + ": cannot read the header row (line " + line.number() + "): "
              + e.getMessage());
        }
      }
    }
    throw new ImportSetupException(file + " is empty; a CSV file starts with a header row");
  }

  @Override
  public Optional<ImportItem> next() throws IOException {
    Optional<LineReader.Line> next;
    while ((next = lines.next()).isPresent()) {
      LineReader.Line line = next.get();
      if (line.isBlank()) {
        continue;
      }
      try {
        byte[] json = mapper.map(CsvLineParser.split(line.text(), delimiter)).bytes();
        return Optional.of(new ImportItem.Candidate(line.number(), 1, line.endOffset(), json));
      } catch (RowProblem problem) {
        return Optional.of(problem.at(line.number(), line.endOffset()));
      }
    }
    return Optional.empty();
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public List<String> notes() {
    List<String> unused = mapper.unusedColumns();
    return unused.isEmpty() ? List.of() : List.of("columns not imported: " + String.join(", ", unused));
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
