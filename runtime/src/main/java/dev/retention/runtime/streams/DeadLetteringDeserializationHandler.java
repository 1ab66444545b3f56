package dev.retention.runtime.streams;

import dev.retention.contracts.deadletter.RejectReason;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that its topic's catalog serde cannot read goes to the dead-letter topic ({@code UNREADABLE_RECORD}, with
 * its bytes, topic, partition and offset) and the service goes on with the next one: a bad record never stops a
 * pipeline (DESIGN, Guarantees). Under exactly_once_v2 the dead letter is written in the same transaction as the
 * task's other output, so it is neither lost nor doubled. Kafka Streams counts it in the task's
 * {@code dropped-records-total} metric.
 */
public final class DeadLetteringDeserializationHandler implements DeserializationExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetteringDeserializationHandler.class);

  private String applicationId = "a Kafka Streams service";

  @Override
  public void configure(Map<String, ?> configs) {
    Object id = configs.get(StreamsConfig.APPLICATION_ID_CONFIG);
    if (id != null) {
      applicationId = id.toString();
    }
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
      Exception exception) {
    LOG.warn("{} could not read the record at {}-{} offset {}; sent to the dead letter: {}", applicationId,
        record.topic(), record.partition(), record.offset(), exception.toString());
    return Response.resume(List.of(DeadLetterRecords.of(context, record.key(), record.value(),
        RejectReason.UNREADABLE_RECORD, exception, applicationId + " could not read the record")));
  }
}
