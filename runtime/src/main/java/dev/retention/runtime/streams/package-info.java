/**
 * Kafka Streams lifecycle shared by the Streams services: the common settings ({@link
 * dev.retention.runtime.streams.StreamsSettings}), the fixed configuration ({@link
 * dev.retention.runtime.streams.StreamsDefaults}: exactly-once, fail-fast handlers, bounded RocksDB memory) and the
 * running instance ({@link dev.retention.runtime.streams.StreamsApp}: start, wait for RUNNING, health, close).
 */
package dev.retention.runtime.streams;
