package dev.retention.deploy.demo;

import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Parsers;
import dev.retention.runtime.config.Setting;
import dev.retention.runtime.http.HttpServerConfig;
import dev.retention.runtime.streams.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo generator's settings.
 *
 * @param bootstrapServers the broker
 * @param customers how many synthetic customers
 * @param history how far back the published history reaches
 * @param liveEventsPerSecond live traffic after the history; 0 for none
 * @param seed makes population and history repeatable
 * @param dir where the generator writes which customers it made drift, and remembers that the history is published
 */
public record DemoConfig(
    String bootstrapServers, int customers, Duration history, int liveEventsPerSecond, long seed, Path dir) {

  /** The HTTP port (health, the demo's own report) unless configured otherwise. */
  public static final int DEFAULT_PORT = 8089;

  public static final Setting<Integer> CUSTOMERS = Setting.of("demo.customers", Parsers.intBetween(1, 10_000_000),
      "Synthetic customers the demo makes.").withDefault("10000");
  public static final Setting<Integer> HISTORY_DAYS = Setting.of("demo.history-days", Parsers.intBetween(30, 3650),
      "Days of history published first, ending now, with event times from the past.").withDefault("400");
  public static final Setting<Integer> LIVE_RATE = Setting.of("demo.live-rate", Parsers.intBetween(0, 100_000),
      "Live events per second after the history, at the current time; 0 for none.").withDefault("20");
  public static final Setting<Integer> SEED = Setting.of("demo.seed", Parsers.intBetween(0, Integer.MAX_VALUE),
      "Seed of the population and its history: the same seed gives the same customers and event ids.")
      .withDefault("7");
  public static final Setting<Path> DIR = Setting.of("demo.dir", Parsers.path().withLabel("DIR"),
      "Where the demo writes drifting-customers.csv (the customers it made drift, to check the detector against) "
          + "and remembers that its history is published.").withDefault(".data/demo");

  public static List<Setting<?>> settings() {
    List<Setting<?>> settings = new ArrayList<>(List.of(StreamsSettings.BOOTSTRAP_SERVERS, CUSTOMERS, HISTORY_DAYS,
        LIVE_RATE, SEED, DIR));
    settings.addAll(HttpServerConfig.settings(DEFAULT_PORT));
    return settings;
  }

  public static DemoConfig from(ConfigValues values) {
    return new DemoConfig(String.join(",", values.get(StreamsSettings.BOOTSTRAP_SERVERS)), values.get(CUSTOMERS),
        Duration.ofDays(values.get(HISTORY_DAYS)), values.get(LIVE_RATE), values.get(SEED), values.get(DIR));
  }
}
