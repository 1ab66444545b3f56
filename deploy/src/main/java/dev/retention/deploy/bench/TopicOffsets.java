package dev.retention.deploy.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** What the benchmark asks Kafka about topics: how many records they hold, what a group has committed. */
final class TopicOffsets {

  private static final long TIMEOUT_SECONDS = 30;

  private final Admin admin;

  TopicOffsets(Admin admin) {
    this.admin = admin;
  }

  /** The sum of the topic's end offsets: grows by one per record written (no transactions on it). */
  long endOffsets(String topic) {
    return sum(offsets(topic, OffsetSpec.latest()));
  }

  /** Records the topic holds: end offsets minus start offsets, summed over its partitions. */
  long records(String topic) {
    return endOffsets(topic) - sum(offsets(topic, OffsetSpec.earliest()));
  }

  /** Whether the group has committed the end of every partition of {@code topic}. */
  boolean committedToEnd(String groupId, String topic) {
    Map<TopicPartition, Long> ends = offsets(topic, OffsetSpec.latest());
    Map<TopicPartition, OffsetAndMetadata> committed =
        get(admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata());
    for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
      OffsetAndMetadata at = committed.get(end.getKey());
      if (end.getValue() > 0 && (at == null || at.offset() < end.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** The offsets the group has committed on {@code topic}, summed over its partitions (0 where none). */
  long committed(String groupId, String topic) {
    Map<TopicPartition, OffsetAndMetadata> committed =
        get(admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata());
    return committed.entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
        .mapToLong(e -> e.getValue().offset()).sum();
  }

  /** Creates the topic and returns once every partition has a leader. */
  void createTopic(String topic, int partitions) throws InterruptedException {
    get(admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline) {
      try {
        TopicDescription description = get(admin.describeTopics(Set.of(topic)).allTopicNames()).get(topic);
        if (description.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
          return;
        }
      } catch (IllegalStateException e) {
        // not known to the broker yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the partitions of " + topic + " got no leader within " + TIMEOUT_SECONDS + " s");
  }

  void deleteTopic(String topic) {
    get(admin.deleteTopics(List.of(topic)).all());
  }

  private Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec) {
    TopicDescription description = get(admin.describeTopics(Set.of(topic)).allTopicNames()).get(topic);
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), spec));
    Map<TopicPartition, ListOffsetsResultInfo> result = get(admin.listOffsets(request).all());
    Map<TopicPartition, Long> offsets = new HashMap<>();
    result.forEach((tp, info) -> offsets.put(tp, info.offset()));
    return offsets;
  }

  private static long sum(Map<TopicPartition, Long> offsets) {
    return offsets.values().stream().mapToLong(Long::longValue).sum();
  }

  private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
    try {
      return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Kafka refused: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka did not answer within " + TIMEOUT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
