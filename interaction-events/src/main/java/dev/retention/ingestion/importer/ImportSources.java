package dev.retention.ingestion.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Opens a file as the {@link RowSource} of its format, refusing options that do not apply to the format. */
public final class ImportSources {

  private ImportSources() {}

  /**
   * @param mapping CSV only: the mapping file (default {@link CsvMapping#defaults()})
   * @param source CDNOW and CSV: the events' source (default {@code import/cdnow}, {@code import/csv}); NDJSON
   *     events carry their own
   */
  public static RowSource open(ImportFormat format, Path file, Optional<Path> mapping, Optional<String> source)
      throws IOException {
    if (mapping.isPresent() && format != ImportFormat.CSV) {
      throw new ImportSetupException("--mapping applies to csv only, not to " + format.cliName());
    }
    if (source.isPresent() && format == ImportFormat.NDJSON) {
      throw new ImportSetupException("--source does not apply to ndjson: each event carries its own source");
    }
    if (!Files.isRegularFile(file)) {
      throw new ImportSetupException(Files.exists(file) ? file + " is not a regular file"
          : "no such file: " + file);
    }
    try {
      return switch (format) {
        case CDNOW -> CdnowReader.open(file, source.orElse(CdnowReader.DEFAULT_SOURCE));
        case NDJSON -> NdjsonReader.open(file);
        case CSV -> CsvReader.open(file, mapping.map(CsvMapping::load).orElseGet(CsvMapping::defaults),
            source.orElse(CsvReader.DEFAULT_SOURCE));
      };
    } catch (NoSuchFileException e) {
      throw new ImportSetupException("no such file: " + file, e);
    }
  }
}
