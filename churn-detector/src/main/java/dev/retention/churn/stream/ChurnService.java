package dev.retention.churn.stream;

import dev.retention.churn.quality.QualityTopics;
import dev.retention.churn.scoring.BgNbdBinding;
import dev.retention.contracts.topics.Topic;
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
 * Runs the churn topology as a {@link StreamsApp} (exactly-once, the platform's Streams defaults, metrics bound to
 * the service's registry), scoring with BG/NBD and Gamma-Gamma. The catalog topics and {@link #ownTopics()} must
 * exist; {@code ChurnServer} creates them.
 */
public final class ChurnService implements AutoCloseable {

  private final StreamsApp app;

  private ChurnService(StreamsApp app) {
    this.app = app;
  }

  /** The shared Streams settings (application id {@value ChurnStreamConfig#APPLICATION_ID}) and the topology's. */
  public static List<Setting<?>> settings() {
    List<Setting<?>> settings = new ArrayList<>(StreamsSettings.settings(ChurnStreamConfig.APPLICATION_ID));
    settings.addAll(ChurnStreamConfig.settings());
    return settings;
  }

  /** The topics the churn detector needs besides the contracts catalog. */
  public static List<Topic<?, ?>> ownTopics() {
    List<Topic<?, ?>> own = new ArrayList<>(QualityTopics.all());
    own.add(CustomerPurchasesTopic.TOPIC);
    return own;
  }

  public static ChurnService start(ConfigValues values, MeterRegistry registry) {
    return start(StreamsDefaults.properties(StreamsSettings.from(values)),
        ChurnStreamConfig.from(values, new BgNbdBinding()), registry);
  }

  /** Starts with these Streams properties (normally {@link StreamsDefaults#properties}); returns at once. */
  public static ChurnService start(Properties streamsProperties, ChurnStreamConfig config, MeterRegistry registry) {
    StreamsApp app = new StreamsApp(ChurnTopology.build(config), streamsProperties, registry);
    WarningMeters.bind(registry, app.streams());
    app.start();
    return new ChurnService(app);
  }

  public StreamsApp app() {
    return app;
  }

  @Override
  public void close() {
    app.close();
  }
}
