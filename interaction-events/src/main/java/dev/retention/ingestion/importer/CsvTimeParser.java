package dev.retention.ingestion.importer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the time cell of a CSV row as an instant: with the mapping's {@code time.format} pattern, or else ISO-8601
 * ({@code 2026-03-01T09:30:00Z}, {@code 2026-03-01T09:30:00+01:00}, {@code 2026-03-01 09:30}, {@code 2026-03-01}).
 * A time without an offset is in the mapping's zone; a date alone is 00:00 in that zone.
 */
final class CsvTimeParser {

  private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart()
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
      .optionalEnd()
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  private final DateTimeFormatter formatter;
  private final Optional<String> pattern;
  private final ZoneId zone;

  CsvTimeParser(Optional<String> pattern, ZoneId zone) {
    this.pattern = pattern;
    this.formatter = pattern.map(CsvTimeParser::strict).orElse(ISO);
    this.zone = zone;
  }

  /** The pattern, resolved strictly (31.02. is an error, not the 28th); {@code yyyy} works without an era. */
  static DateTimeFormatter strict(String pattern) {
    return new DateTimeFormatterBuilder()
        .appendPattern(pattern)
        .parseDefaulting(ChronoField.ERA, 1)
        .toFormatter(Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  Instant parse(String text, String column) throws RowProblem {
    try {
      TemporalAccessor parsed = formatter.parseBest(text, ZonedDateTime::from, OffsetDateTime::from,
          LocalDateTime::from, LocalDate::from);
      if (parsed instanceof ZonedDateTime zoned) {
        return zoned.toInstant();
      }
      if (parsed instanceof OffsetDateTime offset) {
        return offset.toInstant();
      }
      if (parsed instanceof LocalDateTime local) {
        return local.atZone(zone).toInstant();
      }
      return ((LocalDate) parsed).atStartOfDay(zone).toInstant();
    } catch (DateTimeException e) {
      throw new RowProblem(column, pattern
          .map(p -> "time '" + text + "' does not match time.format '" + p + "'")
          .orElse("time '" + text + "' is not an ISO-8601 date or time (e.g. 2026-03-01T09:30:00Z, "
              + "2026-03-01 09:30, 2026-03-01); set time.format in the mapping for other layouts"));
    }
  }
}
