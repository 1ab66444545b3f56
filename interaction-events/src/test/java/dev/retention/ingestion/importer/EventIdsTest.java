package dev.retention.ingestion.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventIdsTest {

  @Test
  void shouldDeriveTheSameIdFromTheSameParts() {
    assertThat(EventIds.derive("cdnow", "00004", "19970101")).isEqualTo(EventIds.derive("cdnow", "00004", "19970101"))
        .matches("[0-9a-f]{32}");
  }

  @Test
  void shouldDeriveDifferentIdsWhenPartsDifferOrAreSplitDifferently() {
    assertThat(EventIds.derive("cdnow", "00004", "19970101"))
        .isNotEqualTo(EventIds.derive("cdnow", "00004", "19970102"))
        .isNotEqualTo(EventIds.derive("cdnow", "000041", "9970101"))
        .isNotEqualTo(EventIds.derive("cdnow", "00004", "19970101", null));
  }
}
