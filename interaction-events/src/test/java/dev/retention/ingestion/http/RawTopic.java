package dev.retention.ingestion.http;

import dev.retention.contracts.topics.Topics;
import dev.retention.testkit.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** Reads the whole raw interactions topic, to its current end: what is there, and nothing that is not. */
final class RawTopic {

  private static final String TOPIC = Topics.RAW_INTERACTIONS.name();

  private final TestKafka kafka;

  RawTopic(TestKafka kafka) {
    this.kafka = kafka;
  }

  /** The sum of the partitions' end offsets: grows by one with every record written. */
  long endOffsetSum() throws Exception {
    return endOffsets().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Every record of the topic, up to the end offsets of the moment of the call. */
  List<ConsumerRecord<String, byte[]>> readAll() throws Exception {
    Map<TopicPartition, Long> ends = endOffsets();
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.consumerConfig(kafka.uniqueGroupId("raw")),
        new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(ends.keySet());
      consumer.seekToBeginning(ends.keySet());
      Awaitility.await("the raw topic read to its end").atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ZERO).pollDelay(Duration.ZERO)
          .until(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
          });
    }
    return records;
  }

  /** The records keyed by {@code subject}. */
  List<ConsumerRecord<String, byte[]>> recordsOf(String subject) throws Exception {
    return readAll().stream().filter(r -> subject.equals(r.key())).toList();
  }

  private Map<TopicPartition, Long> endOffsets() throws Exception {
    int partitions = kafka.admin().describeTopics(List.of(TOPIC)).allTopicNames().get(10, TimeUnit.SECONDS)
        .get(TOPIC).partitions().size();
    Map<TopicPartition, OffsetSpec> request = new java.util.HashMap<>();
    for (int p = 0; p < partitions; p++) {
      request.put(new TopicPartition(TOPIC, p), OffsetSpec.latest());
    }
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result =
        kafka.admin().listOffsets(request).all().get(10, TimeUnit.SECONDS);
    return result.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
  }
}
