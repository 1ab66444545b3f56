package dev.retention.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class RecordDescriberTest {

    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

    private static ConsumerRecord<String, String> record(int offset, String key, String value) {
        return new ConsumerRecord<>("t", 0, offset, T0.toEpochMilli(), TimestampType.CREATE_TIME, -1, -1, key, value,
                new RecordHeaders(), java.util.Optional.empty());
    }

    @Test
    void shouldListWhatArrivedWithTimestamps() {
        String message = RecordDescriber.timeoutMessage("orders", "at least 3 records", Duration.ofSeconds(5), true,
                List.of(record(0, "c-1", "joined"), record(1, null, "x")));

        assertThat(message)
                .startsWith("Timed out after 5 s waiting for at least 3 records on topic 'orders'")
                .contains("2 records arrived:")
                .contains("partition 0 offset 0 timestamp 2024-03-01T10:00:00Z key=c-1 value=joined")
                .contains("offset 1 timestamp 2024-03-01T10:00:00Z key=null value=x");
    }

    @Test
    void shouldTruncateLongListsAndLongValues() {
        List<ConsumerRecord<String, String>> many = IntStream.range(0, 60)
                .mapToObj(i -> record(i, "k" + i, "v".repeat(500)))
                .toList();

        String message = RecordDescriber.timeoutMessage("t", "something", Duration.ofMillis(1500), true, many);

        assertThat(message).contains("after 1500 ms").contains("... and 10 more").doesNotContain("k50 ")
                .doesNotContain("v".repeat(201));
    }

    @Test
    void shouldSayWhenTheTopicDoesNotExist() {
        assertThat(RecordDescriber.timeoutMessage("t", "at least 1 record", Duration.ofSeconds(1), false, List.of()))
                .endsWith("the topic does not exist.");
    }
}
