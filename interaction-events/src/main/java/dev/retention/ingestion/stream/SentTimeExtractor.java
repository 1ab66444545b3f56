package dev.retention.ingestion.stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * The timestamp of a raw record is when its producer sent it (CreateTime): the reference for the clock-skew rule, not
 * the event time, which is inside the untrusted payload and only known after validation. A record without a valid
 * timestamp (impossible from a current client, but a poison pill for Kafka's default extractor) gets the partition's
 * time, or the epoch before there is one, and is judged against that rather than stopping the stream.
 */
final class SentTimeExtractor implements TimestampExtractor {

  @Override
  public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
    if (record.timestamp() >= 0) {
      return record.timestamp();
    }
    return Math.max(partitionTime, 0);
  }
}
