package dev.retention.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@KafkaCluster
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class StreamsOnEmbeddedClusterIT {

    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

    @Test
    void shouldRunAnExactlyOnceV2StreamsApplicationKeepingRecordTimestamps(TestKafka kafka, @TempDir Path stateDir) {
        String input = kafka.uniqueTopic("streams-in");
        String output = kafka.uniqueTopic("streams-out");
        kafka.createTopic(input, 2);
        kafka.createTopic(output, 2);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), Serdes.String()))
                .mapValues(value -> value.toUpperCase(java.util.Locale.ROOT))
                .to(output, Produced.with(Serdes.String(), Serdes.String()));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, kafka.uniqueApplicationId("upper"));
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);

        try (KafkaStreams streams = new KafkaStreams(builder.build(), config)) {
            streams.start();
            kafka.produce(input, new StringSerializer(), new StringSerializer(), List.of(
                    TimedRecord.of("c-1", "joined", T0), TimedRecord.of("c-2", "left", T0.plusSeconds(5))));

            List<ConsumerRecord<String, String>> received = kafka.awaitRecords(
                    output, new StringDeserializer(), new StringDeserializer(), 2, Duration.ofSeconds(60));

            assertThat(received).extracting(ConsumerRecord::key, ConsumerRecord::value, ConsumerRecord::timestamp)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("c-1", "JOINED", T0.toEpochMilli()),
                            org.assertj.core.groups.Tuple.tuple("c-2", "LEFT", T0.plusSeconds(5).toEpochMilli()));
            streams.close(Duration.ofSeconds(10));
        }
    }
}
