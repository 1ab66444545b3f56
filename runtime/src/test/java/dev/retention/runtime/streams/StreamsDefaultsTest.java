package dev.retention.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.junit.jupiter.api.Test;

class StreamsDefaultsTest {

  private static final StreamsSettings SETTINGS = new StreamsSettings(List.of("k1:9092", "k2:9092"), "retention-x",
      Path.of("/var/lib/streams"), 2, Duration.ofMillis(250), 3, 64L * 1024 * 1024);

  private final Properties properties = StreamsDefaults.properties(SETTINGS);

  @Test
  void shouldCarryTheSettings() {
    assertThat(properties)
        .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "retention-x")
        .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "k1:9092,k2:9092")
        .containsEntry(StreamsConfig.STATE_DIR_CONFIG, "/var/lib/streams")
        .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2)
        .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 250L)
        .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, 3)
        .containsEntry(BoundedMemoryRocksDBConfig.TOTAL_MEMORY_CONFIG, 64L * 1024 * 1024);
  }

  @Test
  void shouldAlwaysRunExactlyOnceWithDeadLetteringHandlersAndBoundedRocksDb() {
    assertThat(properties)
        .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2")
        .containsEntry(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
            DeadLetteringDeserializationHandler.class)
        .containsEntry(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetteringProcessingHandler.class)
        .containsEntry("processing.exception.handler.global.enabled", true)
        .containsEntry("main.consumer.processing.exception.handler.global.enabled", true)
        .containsEntry(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DefaultProductionExceptionHandler.class)
        .containsEntry(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedMemoryRocksDBConfig.class);
  }

  @Test
  void shouldBeAcceptedByKafkaStreamsAsIs() {
    StreamsConfig config = new StreamsConfig(properties);

    assertThat(config.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo("exactly_once_v2");
    assertThat(config.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(250L);
    assertThat(config.deserializationExceptionHandler()).isInstanceOf(DeadLetteringDeserializationHandler.class);
    assertThat(config.originals()).containsKey(BoundedMemoryRocksDBConfig.TOTAL_MEMORY_CONFIG);
  }
}
