package dev.retention.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.contracts.events.Rfc3339;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The fast RFC 3339 parser gives exactly what {@link OffsetDateTime#parse} gives, and refuses what it refuses. */
class Rfc3339Test {

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-22T18:00:00Z", "2026-11-22T18:00:00.1Z", "2026-11-22T18:00:00.123456789Z",
      "2026-11-22T18:00:00.120+01:00", "1999-12-31T23:59:59-08:00", "2024-02-29T00:00:00+14:00",
      "2026-03-01T09:30:00-00:00", "2026-11-22t18:00:00z", "+12026-11-22T18:00:00Z", "0001-01-01T00:00:00Z",
      "2026-11-22T18:00:00.Z", "2026-11-22T18:00Z"})
  void shouldReadWhatTheGeneralParserReadsTheSameWay(String text) {
    assertThat(Rfc3339.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-22T24:00:00Z",
      "2026-11-22T18:00:60Z", "2026-11-22T18:00:00", "2026-11-22T18:00:00.1234567891Z",
      "2026-11-22T18:00:00+19:00", "2026-11-22 18:00:00Z", "yesterday", ""})
  void shouldRefuseWhatTheGeneralParserRefuses(String text) {
    assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Rfc3339.parse(text)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void shouldAgreeWithTheGeneralParserOnManyRandomTimestamps() {
    SplittableRandom random = new SplittableRandom(3339);
    for (int i = 0; i < 20_000; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L),
          random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 4, 18 * 4 + 1) * 900);
      String text = OffsetDateTime.ofInstant(instant, offset).toString();
      assertThat(Rfc3339.parse(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant()).isEqualTo(instant);
    }
  }
}
