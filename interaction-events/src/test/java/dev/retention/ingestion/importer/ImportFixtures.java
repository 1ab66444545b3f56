package dev.retention.ingestion.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.contracts.json.Json;
import dev.retention.ingestion.validation.EventValidator;
import dev.retention.ingestion.validation.ValidationRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Inputs and helpers shared by the importer's tests. */
final class ImportFixtures {

  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final EventValidator VALIDATOR = new EventValidator(ValidationRules.DEFAULTS);
  /** The CDNOW sample beside the repository, seen from the module directory (where Maven runs tests). */
  static final Path CDNOW_SAMPLE = Path.of("../../shared/data/cdnow/CDNOW_sample.txt");

  private ImportFixtures() {}

  static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static long size(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  static List<ImportItem> readAll(RowSource source) throws IOException {
    List<ImportItem> items = new ArrayList<>();
    Optional<ImportItem> next;
    while ((next = source.next()).isPresent()) {
      items.add(next.get());
    }
    return items;
  }

  static JsonNode json(ImportItem item) throws IOException {
    return Json.mapper().readTree(((ImportItem.Candidate) item).json());
  }

  static JsonNode json(byte[] bytes) throws IOException {
    return Json.mapper().readTree(bytes);
  }
}
