package dev.retention.segmentation.stream;

import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Parsers;
import dev.retention.runtime.config.Setting;
import dev.retention.segmentation.config.SegmentationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the segmentation topology runs with: the definitions, and how it treats time. The two time settings decide
 * what is applied and when work is done, not what the definitions say, so they are not part of the definitions'
 * version.
 *
 * @param definitions every segmentation definition
 * @param lateGrace an event more than this far behind the partition's stream time is refused to the dead letter as
 *     {@code LATE_EVENT}; within it, it is applied. Default 1 day
 * @param timerInterval how often, in stream time, the due-time index is scanned for customers whose segments change
 *     with no event. Only a matter of how soon such a change is published: it is evaluated at its exact due time
 *     whenever the scan finds it. Default 1 minute
 * @param distributionInterval how often, in stream time, each task rebuilds the RFM summary of its customers and
 *     publishes it to {@link DistributionTopic}; a rebuild reads all of the task's customers. Default 1 day
 */
public record SegmentationStreamConfig(
    SegmentationConfig definitions, Duration lateGrace, Duration timerInterval, Duration distributionInterval) {

  /** The Kafka Streams application id of the segmentation service. */
  public static final String APPLICATION_ID = "retention-segmentation";

  public static final Setting<Duration> LATE_GRACE = Setting.of("segmentation.late.grace", Parsers.duration(),
      "How far behind the partition's stream time an interaction event may be and still be applied; later ones go "
          + "to the dead letter as LATE_EVENT.")
      .withDefault("1d");

  public static final Setting<Duration> TIMER_INTERVAL = Setting.of("segmentation.timer.interval",
      Parsers.duration(),
      "How often, in stream time, customers whose segments change with no event (a lapse) are looked up in the "
          + "due-time index. A change is always evaluated at its exact due time; this only bounds how soon it is "
          + "published.")
      .withDefault("1m");

  public static final Setting<Duration> DISTRIBUTION_INTERVAL = Setting.of("segmentation.distribution.interval",
      Parsers.duration(),
      "How often, in stream time, each task rebuilds the RFM population summary of its customers (reading all of "
          + "them) and publishes it for every instance to merge; RFM scores and PERCENTILE tiers use the merged one.")
      .withDefault("1d");

  public static final SegmentationStreamConfig DEFAULTS = new SegmentationStreamConfig(SegmentationConfig.DEFAULTS,
      Duration.ofDays(1), Duration.ofMinutes(1), Duration.ofDays(1));

  public SegmentationStreamConfig {
    Objects.requireNonNull(definitions, "definitions");
    Objects.requireNonNull(lateGrace, "lateGrace");
    Objects.requireNonNull(timerInterval, "timerInterval");
    Objects.requireNonNull(distributionInterval, "distributionInterval");
    if (lateGrace.isNegative()) {
      throw new IllegalArgumentException("segmentation.late.grace must not be negative, was " + lateGrace);
    }
    if (timerInterval.isNegative() || timerInterval.isZero()) {
      throw new IllegalArgumentException("segmentation.timer.interval must be positive, was " + timerInterval);
    }
    if (distributionInterval.isNegative() || distributionInterval.isZero()) {
      throw new IllegalArgumentException("segmentation.distribution.interval must be positive, was "
          + distributionInterval);
    }
  }

  /** The definitions' settings and the topology's own. */
  public static List<Setting<?>> settings() {
    List<Setting<?>> settings = new ArrayList<>(SegmentationConfig.settings());
    settings.add(LATE_GRACE);
    settings.add(TIMER_INTERVAL);
    settings.add(DISTRIBUTION_INTERVAL);
    return settings;
  }

  public static SegmentationStreamConfig from(ConfigValues values) {
    return new SegmentationStreamConfig(SegmentationConfig.from(values), values.get(LATE_GRACE),
        values.get(TIMER_INTERVAL), values.get(DISTRIBUTION_INTERVAL));
  }

  /** The defaults with other definitions. */
  public static SegmentationStreamConfig of(SegmentationConfig definitions) {
    return new SegmentationStreamConfig(definitions, DEFAULTS.lateGrace(), DEFAULTS.timerInterval(),
        DEFAULTS.distributionInterval());
  }
}
