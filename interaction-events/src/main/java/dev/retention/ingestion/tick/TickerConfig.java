package dev.retention.ingestion.tick;

import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Parsers;
import dev.retention.runtime.config.Setting;
import java.time.Duration;
import java.util.List;

/**
 * The ticker's settings.
 *
 * @param interval how often each partition is looked at; zero turns the ticker off
 * @param lag how far behind the wall clock a tick's timestamp is, so that an event a source sends a little late is
 *     not late to the consumers because a tick went ahead of it
 */
public record TickerConfig(Duration interval, Duration lag) {

  public static final Setting<Duration> INTERVAL = Setting.of("ticker.interval", Parsers.durationOrZero(),
      "How often the clock ticker looks at each partition of the interactions topic and, if nothing was written to it "
          + "since its last look, writes a tick there; 0 turns it off. Bounds how late a timer fires on a quiet "
          + "partition.").withDefault("30s");
  public static final Setting<Duration> LAG = Setting.of("ticker.lag", Parsers.duration(),
      "How far behind the wall clock a tick's timestamp is; an event that reaches the topic later than this after "
          + "its event time may be late to the consumers.").withDefault("1m");

  public static List<Setting<?>> settings() {
    return List.of(INTERVAL, LAG);
  }

  public static TickerConfig from(ConfigValues values) {
    return new TickerConfig(values.get(INTERVAL), values.get(LAG));
  }

  public boolean enabled() {
    return !interval.isZero();
  }
}
