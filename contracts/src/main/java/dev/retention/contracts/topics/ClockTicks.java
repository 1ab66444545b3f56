package dev.retention.contracts.topics;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Clock ticks on {@code retention.interactions.v1}: records with no key and no value, only a timestamp (and the header
 * {@value #HEADER} for people reading the topic), written to one partition each by the ingestion service's clock
 * ticker when that partition has been quiet. They move the consumers' stream time, so timers fire when traffic is
 * sparse.
 *
 * <p>The contract for every consumer of the interactions topic: <b>a record with a null value is a tick; let it move
 * stream time and otherwise skip it</b> (it has no customer and is not an event). Kafka Streams' DSL drops null
 * keys and values in aggregations by itself; a Processor API consumer checks {@link #isTick}. History imports and the
 * validator never write ticks; the validator refuses a raw record without a value.
 */
public final class ClockTicks {

  /** Header name on every tick, with the value {@code "1"}. */
  public static final String HEADER = "retention.tick";

  private ClockTicks() {}

  /** A tick for one partition of the interactions topic. */
  public static ProducerRecord<String, byte[]> tick(int partition, long timestamp) {
    Headers headers = new RecordHeaders().add(HEADER, "1".getBytes(StandardCharsets.UTF_8));
    return new ProducerRecord<>(Topics.INTERACTIONS.name(), partition, timestamp, null, null, headers);
  }

  /** True for a tick: the value is absent. */
  public static boolean isTick(Object value) {
    return value == null;
  }

  /** True when the record carries the tick header (for tools reading raw records). */
  public static boolean hasTickHeader(ConsumerRecord<?, ?> record) {
    Header header = record.headers().lastHeader(HEADER);
    return header != null;
  }
}
