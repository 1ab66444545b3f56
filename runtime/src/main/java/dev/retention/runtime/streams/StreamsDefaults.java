package dev.retention.runtime.streams;

import java.util.Properties;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;

/**
 * The Kafka Streams configuration every service runs with: its {@link StreamsSettings} plus what the platform does
 * not let a deployment change.
 *
 * <ul>
 *   <li>{@code processing.guarantee=exactly_once_v2}: a restart never loses or double-counts (DESIGN, Guarantees).
 *   <li>A bad record never stops a pipeline, and is never dropped silently: a record its topic's serde cannot read,
 *       or one a processor fails on, goes to the dead-letter topic with the reason, its bytes and where it came from
 *       ({@link DeadLetteringDeserializationHandler}, {@link DeadLetteringProcessingHandler}), in the same
 *       transaction as the task's other output. Where input is untrusted (the raw interactions topic) the topology
 *       reads raw bytes and validates them itself, with precise reasons; the handlers are the safety net for the
 *       topics our own services write. A failure to write output (production errors) still stops the instance:
 *       dropping output would lose data.
 *   <li>The processing exception handler also covers global stores and tables
 *       ({@code processing.exception.handler.global.enabled}), as it will by default from Kafka 5.0; this also
 *       silences Kafka's warning about it.
 *   <li>RocksDB memory is bounded by {@link BoundedMemoryRocksDBConfig} (DESIGN, State and timers).
 * </ul>
 */
public final class StreamsDefaults {

  private StreamsDefaults() {}

  /** The properties for a {@code KafkaStreams} built from {@code settings}. */
  @SuppressWarnings("deprecation") // the global-handler switch is deprecated because 5.0 makes it the only behaviour
  public static Properties properties(StreamsSettings settings) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
    p.putAll(settings.clientConfig());
    p.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir().toString());
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.numStreamThreads());
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, settings.commitInterval().toMillis());
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, settings.replicationFactor());
    p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, settings.numStandbyReplicas());
    if (settings.replicationFactor() > 1) {
      // internal topics (changelogs, repartition topics) as durable as the catalog's: see TopicProvisioner
      p.put(StreamsConfig.topicPrefix(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG),
          Math.min(2, settings.replicationFactor() - 1));
    }

    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetteringDeserializationHandler.class);
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetteringProcessingHandler.class);
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    // the partition assignor builds a StreamsConfig of its own from the main consumer's configs only, and would
    // log the "not enabled for the GlobalThread" warning on every start without this copy
    p.put(StreamsConfig.mainConsumerPrefix(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG), true);
    p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DefaultProductionExceptionHandler.class);

    p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedMemoryRocksDBConfig.class);
    p.put(BoundedMemoryRocksDBConfig.TOTAL_MEMORY_CONFIG, settings.rocksDbMemoryBytes());
    return p;
  }
}
