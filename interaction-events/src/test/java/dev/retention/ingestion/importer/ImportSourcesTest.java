package dev.retention.ingestion.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportSourcesTest {

  @TempDir
  Path dir;

  @Test
  void shouldOpenEachFormatWithItsReader() throws IOException {
    Path file = Files.writeString(dir.resolve("f.csv"), "subject,time,amount,currency\n");

    try (RowSource csv = ImportSources.open(ImportFormat.CSV, file, Optional.empty(), Optional.empty());
        RowSource ndjson = ImportSources.open(ImportFormat.of("NDJSON"), file, Optional.empty(), Optional.empty());
        RowSource cdnow = ImportSources.open(ImportFormat.of("cdnow"), file, Optional.empty(), Optional.of("x"))) {
      assertThat(csv).isInstanceOf(CsvReader.class);
      assertThat(ndjson).isInstanceOf(NdjsonReader.class);
      assertThat(cdnow).isInstanceOf(CdnowReader.class);
    }
  }

  @Test
  void shouldRefuseOptionsThatDoNotApplyToTheFormatAndMissingFiles() throws IOException {
    Path file = Files.writeString(dir.resolve("f.txt"), "");

    assertThatThrownBy(() -> ImportSources.open(ImportFormat.CDNOW, file, Optional.of(file), Optional.empty()))
        .isInstanceOf(ImportSetupException.class).hasMessage("--mapping applies to csv only, not to cdnow");
    assertThatThrownBy(() -> ImportSources.open(ImportFormat.NDJSON, file, Optional.empty(), Optional.of("s")))
        .isInstanceOf(ImportSetupException.class).hasMessageContaining("--source does not apply to ndjson");
    assertThatThrownBy(() -> ImportSources.open(ImportFormat.NDJSON, dir.resolve("nope"), Optional.empty(),
        Optional.empty())).isInstanceOf(ImportSetupException.class).hasMessageStartingWith("no such file: ");
    assertThatThrownBy(() -> ImportSources.open(ImportFormat.CSV, file, Optional.of(dir.resolve("m")),
        Optional.empty())).isInstanceOf(ImportSetupException.class).hasMessageContaining("does not exist");
    assertThatThrownBy(() -> ImportFormat.of("xml")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format 'xml'; expected one of cdnow, csv, ndjson");
  }
}
