package dev.retention.segmentation.stream;

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
 * Runs the segmentation: builds its topology from the configuration and starts it as a {@link StreamsApp}
 * (exactly-once, the platform's Streams defaults, metrics bound to the service's registry). The catalog topics and
 * {@link #ownTopics()} must exist; {@code SegmentationServer} creates them.
 */
public final class SegmentationService implements AutoCloseable {

  private final StreamsApp app;

  private SegmentationService(StreamsApp app) {
    this.app = app;
  }

  /**
   * Every setting the segmentation reads: the shared Streams settings (application id
   * {@value SegmentationStreamConfig#APPLICATION_ID} by default), the definitions and the topology's own.
   */
  public static List<Setting<?>> settings() {
    List<Setting<?>> settings = new ArrayList<>(StreamsSettings.settings(SegmentationStreamConfig.APPLICATION_ID));
    settings.addAll(SegmentationStreamConfig.settings());
    return settings;
  }

  /**
   * The topics the segmentation needs besides the contracts catalog ({@code Topics.all()}): create them before
   * {@link #start} (its global store reads {@link DistributionTopic}; Kafka Streams stops if it is missing).
   */
  public static List<Topic<?, ?>> ownTopics() {
    return List.of(DistributionTopic.TOPIC);
  }

  /** Starts the segmentation with the resolved {@link #settings()}; returns at once. */
  public static SegmentationService start(ConfigValues values, MeterRegistry registry) {
    return start(StreamsSettings.from(values), SegmentationStreamConfig.from(values), registry);
  }

  /** Starts the segmentation with the platform's Streams defaults; returns at once. */
  public static SegmentationService start(StreamsSettings streams, SegmentationStreamConfig config,
      MeterRegistry registry) {
    return start(StreamsDefaults.properties(streams), config, registry);
  }

  /**
   * Starts the segmentation with these Streams properties, normally {@link StreamsDefaults#properties} plus client
   * tuning; returns at once (see {@link StreamsApp#awaitRunning}).
   */
  public static SegmentationService start(Properties streamsProperties, SegmentationStreamConfig config,
      MeterRegistry registry) {
    StreamsApp app = new StreamsApp(SegmentationTopology.build(config), streamsProperties, registry);
    app.start();
    return new SegmentationService(app);
  }

  /** The running Streams instance: health, readiness, state, metrics. */
  public StreamsApp app() {
    return app;
  }

  @Override
  public void close() {
    app.close();
  }
}
