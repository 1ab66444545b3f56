package dev.retention.segmentation.config;

import dev.retention.runtime.config.Parser;
import dev.retention.runtime.config.Parsers;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.SortedMap;

/** The parsers the segmentation settings need beyond the shared {@link Parsers}. */
final class SegmentationParsers {

  private static final long DAY_SECONDS = 86_400;

  private SegmentationParsers() {}

  /** An ISO 4217 currency code. */
  static Parser<String> currency() {
    return Parser.of("CURRENCY", CurrencyRates::checkCode);
  }

  /** A rate table {@code USD=0.86,GBP=1.15}; empty is the empty table. */
  static Parser<SortedMap<String, BigDecimal>> rateTable() {
    return Parser.of("CODE=RATE,...", raw -> {
      SortedMap<String, BigDecimal> table = CurrencyRates.parseRateTable(raw);
      table.forEach((code, rate) -> {
        if (rate.signum() <= 0) {
          throw new IllegalArgumentException("the rate of " + code + " must be positive");
        }
      });
      return table;
    });
  }

  /** One of the tier modes, in any case. */
  static Parser<TierMode> tierMode() {
    return Parser.of("FIXED|PERCENTILE", raw -> {
      try {
        return TierMode.valueOf(raw.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("must be FIXED or PERCENTILE");
      }
    });
  }

  /** A positive whole number of days, written as a duration: {@code 90d}, {@code P364D}. */
  static Parser<Integer> wholeDays() {
    Parser<Duration> days = Parsers.duration()
        .check(d -> d.getSeconds() % DAY_SECONDS == 0 && d.getNano() == 0, "must be a whole number of days, e.g. 90d")
        .check(d -> d.toDays() <= 3650, "must be at most 3650d");
    return Parser.of("DAYS", raw -> Math.toIntExact(days.parse(raw).toDays()));
  }

  /** A positive duration of at most ten years. */
  static Parser<Duration> period() {
    return Parsers.duration().check(d -> d.toDays() <= 3650, "must be at most 3650d");
  }
}
