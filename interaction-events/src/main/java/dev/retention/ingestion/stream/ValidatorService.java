package dev.retention.ingestion.stream;

import dev.retention.ingestion.validation.ValidationRules;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Setting;
import dev.retention.runtime.streams.StreamsApp;
import dev.retention.runtime.streams.StreamsDefaults;
import dev.retention.runtime.streams.StreamsSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Runs the raw-topic validator: builds its topology from the configuration and starts it as a {@link StreamsApp}
 * (exactly-once, the platform's Streams defaults, metrics bound to the service's registry). The catalog topics must
 * exist; the service's main creates them.
 */
public final class ValidatorService implements AutoCloseable {

  private final StreamsApp app;

  private ValidatorService(StreamsApp app) {
    this.app = app;
  }

  /**
   * Every setting the validator reads: the shared Streams settings (application id
   * {@value ValidatorConfig#APPLICATION_ID} by default) and its own.
   */
  public static List<Setting<?>> settings() {
    List<Setting<?>> settings = new ArrayList<>(StreamsSettings.settings(ValidatorConfig.APPLICATION_ID));
    settings.addAll(ValidatorConfig.settings());
    return settings;
  }

  /**
   * Starts the validator with the resolved {@link #settings()}; returns at once (see {@link StreamsApp#awaitRunning}).
   *
   * @param rules the validation limits, shared with the other ingestion paths
   */
  public static ValidatorService start(ConfigValues values, ValidationRules rules, MeterRegistry registry) {
    return start(StreamsSettings.from(values), ValidatorConfig.from(values, rules), registry);
  }

  /**
   * Starts the validator with the platform's Streams defaults; returns at once (see {@link StreamsApp#awaitRunning}).
   */
  public static ValidatorService start(StreamsSettings streams, ValidatorConfig config, MeterRegistry registry) {
    return start(StreamsDefaults.properties(streams), config, registry);
  }

  /**
   * Starts the validator with these Streams properties, normally {@link StreamsDefaults#properties} plus client
   * tuning; returns at once (see {@link StreamsApp#awaitRunning}).
   */
  public static ValidatorService start(Properties streamsProperties, ValidatorConfig config, MeterRegistry registry) {
    StreamsApp app = new StreamsApp(ValidatorTopology.build(config), streamsProperties, registry);
    app.start();
    return new ValidatorService(app);
  }

  /** The running Streams instance: health, readiness, state, metrics. */
  public StreamsApp app() {
    return app;
  }

  /** The validator's counters summed over this instance's threads. */
  public ValidatorCounts counts() {
    return ValidatorCounts.from(app.streams().metrics());
  }

  @Override
  public void close() {
    app.close();
  }
}
