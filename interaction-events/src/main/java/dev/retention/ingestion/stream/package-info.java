/**
 * The Kafka-native ingestion path: a Kafka Streams application
 * ({@link dev.retention.ingestion.stream.ValidatorTopology}, run by
 * {@link dev.retention.ingestion.stream.ValidatorService}, application id {@code retention-ingestion-validator}) that
 * turns untrusted JSON on {@code retention.raw-interactions.v1} into valid CloudEvents.
 *
 * <ul>
 *   <li><b>Validation</b> is the shared {@code EventValidator}, the same on every ingestion path. The raw record's
 *       timestamp (when it was sent) is the reference for the clock-skew rule.
 *   <li><b>Routing</b>: interaction events go to {@code retention.interactions.v1}, keyed by customer id and stamped
 *       with their event time; customer events are folded into the customer's profile, which goes to the compacted
 *       {@code retention.customers.v1}; everything refused goes to {@code retention.dead-letter.v1} with the
 *       reason, the field at fault, the source topic/partition/offset and the original bytes.
 *   <li><b>Poison pills</b>: values are read as bytes, so reading cannot fail; every failure after that which is not
 *       Kafka's own becomes a {@code PROCESSING_ERROR} dead letter. Nothing a producer sends can stop a partition.
 *   <li><b>Duplicates</b>: the same (source, id) within the dedup horizon of received time is dropped and counted;
 *       see {@link dev.retention.ingestion.stream.SeenEvents} for the exact rule and why one window store holds it.
 *   <li><b>Counting</b>: every raw record is accepted, rejected or a duplicate, exactly one of them, and the
 *       counters say so ({@link dev.retention.ingestion.stream.ValidatorCounts}).
 * </ul>
 */
package dev.retention.ingestion.stream;
