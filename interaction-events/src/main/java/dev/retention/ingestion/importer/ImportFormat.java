package dev.retention.ingestion.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats {@code retention import} reads. */
public enum ImportFormat {
  /** The CDNOW transaction log: whitespace-separated customer, [sample index,] yyyymmdd, CDs, dollars. */
  CDNOW,
  /** Comma-separated values with a header row, mapped to purchase events by a mapping file. */
  CSV,
  /** One CloudEvent JSON object per line, published as given. */
  NDJSON;

  /** The format's name on the command line, e.g. {@code cdnow}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named {@code name} (any case). */
  public static ImportFormat of(String name) {
    for (ImportFormat format : values()) {
      if (format.name().equalsIgnoreCase(name.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "'; expected one of "
        + Arrays.stream(values()).map(ImportFormat::cliName).collect(Collectors.joining(", ")));
  }
}
