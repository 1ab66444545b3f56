package dev.retention.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Renders what arrived on a topic for a failure message, truncated so a flood does not drown the report. */
final class RecordDescriber {

    static final int MAX_LISTED = 50;
    private static final int MAX_VALUE_CHARS = 200;

    private RecordDescriber() {
    }

    static String timeoutMessage(String topic, String expectation, Duration timeout, boolean topicFound,
            List<? extends ConsumerRecord<?, ?>> received) {
        StringBuilder message = new StringBuilder()
                .append("Timed out after ").append(format(timeout)).append(" waiting for ").append(expectation)
                .append(" on topic '").append(topic).append("' (read from the beginning, read_committed); ");
        if (!topicFound) {
            return message.append("the topic does not exist.").toString();
        }
        message.append(received.size()).append(received.size() == 1 ? " record" : " records").append(" arrived");
        if (received.isEmpty()) {
            return message.append('.').toString();
        }
        message.append(':');
        int listed = Math.min(MAX_LISTED, received.size());
        for (int i = 0; i < listed; i++) {
            message.append(System.lineSeparator()).append("  ").append(describe(received.get(i)));
        }
        if (received.size() > listed) {
            message.append(System.lineSeparator()).append("  ... and ").append(received.size() - listed)
                    .append(" more");
        }
        return message.toString();
    }

    static String describe(ConsumerRecord<?, ?> record) {
        return "partition " + record.partition() + " offset " + record.offset()
                + " timestamp " + Instant.ofEpochMilli(record.timestamp())
                + " key=" + shorten(record.key()) + " value=" + shorten(record.value());
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "...";
    }

    private static String format(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
