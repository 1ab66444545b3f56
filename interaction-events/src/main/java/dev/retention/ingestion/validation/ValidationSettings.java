package dev.retention.ingestion.validation;

import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Parser;
import dev.retention.runtime.config.Parsers;
import dev.retention.runtime.config.Setting;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The settings of {@link ValidationRules}, shared by every ingestion path of a process. */
public final class ValidationSettings {

  public static final Setting<Long> MAX_EVENT_BYTES = Setting.of("validation.max-event-bytes", Parsers.dataSize(),
      "Largest accepted event, in bytes of JSON; a larger one is refused as TOO_LARGE.")
      .withDefault("64k");

  public static final Setting<Duration> MAX_FUTURE_SKEW = Setting.of("validation.max-future-skew",
      Parsers.duration(), "How far an event's time may lie after the moment it was received (clock skew between "
          + "sources); a later time is refused. Keep it below the brokers' message.timestamp.after.max.ms (1 h).")
      .withDefault("5m");

  public static final Setting<Instant> EARLIEST_TIME = Setting.of("validation.earliest-time",
      Parser.of("RFC 3339 timestamp", ValidationSettings::instant),
      "Events before this time are refused (catches zeroed or unset timestamps).")
      .withDefault("1970-01-01T00:00:00Z");

  private ValidationSettings() {}

  public static List<Setting<?>> settings() {
    return List.of(MAX_EVENT_BYTES, MAX_FUTURE_SKEW, EARLIEST_TIME);
  }

  public static ValidationRules from(ConfigValues values) {
    long maxBytes = values.get(MAX_EVENT_BYTES);
    if (maxBytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(MAX_EVENT_BYTES.name() + " must be below 2 GiB");
    }
    return new ValidationRules((int) maxBytes, values.get(MAX_FUTURE_SKEW), values.get(EARLIEST_TIME));
  }

  private static Instant instant(String raw) {
    try {
      return java.time.OffsetDateTime.parse(raw).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("must be an RFC 3339 timestamp such as 1970-01-01T00:00:00Z");
    }
  }
}
