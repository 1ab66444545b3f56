package dev.retention.runtime.streams;

import dev.retention.contracts.deadletter.RejectReason;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record a processor fails on goes to the dead-letter topic ({@code PROCESSING_ERROR}, with the bytes of the input
 * record that led to it and the exception) and the service goes on: one bad record must not stop a pipeline (DESIGN,
 * Guarantees). Kafka's own failures (a fenced producer, a task that migrated) never reach this handler; Kafka
 * Streams handles those itself. Counted in the task's {@code dropped-records-total} metric, and logged with the stack
 * trace, since unlike an unreadable record this is a fault of ours to fix.
 */
public final class DeadLetteringProcessingHandler implements ProcessingExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetteringProcessingHandler.class);

  private String applicationId = "a Kafka Streams service";

  @Override
  public void configure(Map<String, ?> configs) {
    Object id = configs.get(StreamsConfig.APPLICATION_ID_CONFIG);
    if (id != null) {
      applicationId = id.toString();
    }
  }

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    LOG.error("{} failed on the record from {}-{} offset {} in {}; sent to the dead letter", applicationId,
        context.topic(), context.partition(), context.offset(), context.processorNodeId(), exception);
    return Response.resume(List.of(DeadLetterRecords.of(context, context.sourceRawKey(), context.sourceRawValue(),
        RejectReason.PROCESSING_ERROR, exception,
        applicationId + " failed processing the record in " + context.processorNodeId())));
  }
}
