package dev.retention.ingestion.importer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Before an import starts: does the broker answer, and does the topic exist? Fails with a sentence an operator can
 * act on, instead of letting every send time out.
 */
public final class TopicCheck {

  private static final Duration CLOSE = Duration.ofSeconds(2);

  private TopicCheck() {}

  /** Returns the topic's partition count, or throws {@link ImportSetupException}. */
  public static int require(String bootstrapServers, String topic, Duration timeout) {
    int millis = (int) timeout.toMillis();
    Admin admin = Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.CLIENT_ID_CONFIG, "retention-import-check",
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis,
        AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
    try {
      return admin.describeTopics(List.of(topic)).allTopicNames()
          .get(millis + 1_000L, TimeUnit.MILLISECONDS).get(topic).partitions().size();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UnknownTopicOrPartitionException) {
        throw new ImportSetupException("topic " + topic + " does not exist on " + bootstrapServers
            + "; create the catalog topics first (retention topics)");
      }
      if (cause instanceof org.apache.kafka.common.errors.TimeoutException) {
        throw notAnswering(bootstrapServers, timeout, cause);
      }
      throw new ImportSetupException("Kafka on " + bootstrapServers + " cannot describe topic " + topic + ": "
          + cause.getMessage(), cause);
    } catch (TimeoutException e) {
      throw notAnswering(bootstrapServers, timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImportSetupException("interrupted while checking topic " + topic, e);
    } finally {
      admin.close(CLOSE);
    }
  }

  private static ImportSetupException notAnswering(String bootstrapServers, Duration timeout, Throwable cause) {
    return new ImportSetupException("Kafka does not answer on " + bootstrapServers + " (waited "
        + timeout.toSeconds() + " s); is it running? (retention kafka start)", cause);
  }
}
