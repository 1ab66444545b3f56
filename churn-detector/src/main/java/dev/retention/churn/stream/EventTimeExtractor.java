package dev.retention.churn.stream;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.segments.CustomerValue;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time from the records themselves: a CloudEvent's {@code time}, a customer value's {@code asOf}; anything
 * else keeps its record timestamp (or the partition's time when it has none).
 */
public final class EventTimeExtractor implements TimestampExtractor {

  @Override
  public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
    Object value = record.value();
    if (value instanceof CloudEvent event) {
      return event.time().toEpochMilli();
    }
    if (value instanceof CustomerValue customerValue) {
      return customerValue.asOf().toEpochMilli();
    }
    return record.timestamp() >= 0 ? record.timestamp() : Math.max(0, partitionTime);
  }
}
