package dev.retention.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * A record to produce with an explicit timestamp (never the wall clock). Key and value may be {@code null}
 * (a {@code null} value is a tombstone).
 */
public record TimedRecord<K, V>(K key, V value, Instant timestamp) {

    public TimedRecord {
        Objects.requireNonNull(timestamp, "timestamp");
    }

    public static <K, V> TimedRecord<K, V> of(K key, V value, Instant timestamp) {
        return new TimedRecord<>(key, value, timestamp);
    }
}
