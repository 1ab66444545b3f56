package dev.retention.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@KafkaCluster(brokers = 3)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReplicatedKafkaClusterIT {

    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    private static final Duration AWAIT = Duration.ofSeconds(30);

    private final TestKafka kafka;

    ReplicatedKafkaClusterIT(TestKafka kafka) {
        this.kafka = kafka;
    }

    @Test
    void shouldCreateTopicsWithReplicationFactorThreeAndMinInSyncTwoByDefault() throws Exception {
        String topic = kafka.uniqueTopic("defaults");
        kafka.createTopic(topic, 2);

        TopicDescription description = describe(topic);
        assertThat(description.partitions()).allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3));
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = kafka.admin().describeConfigs(List.of(resource)).all()
                .get(10, TimeUnit.SECONDS).get(resource);
        assertThat(config.get("min.insync.replicas").value()).isEqualTo("2");
        assertThat(kafka.brokerControl().orElseThrow().brokerIds()).hasSize(3);
    }

    @Test
    void shouldKeepAcceptingAcksAllWritesWhileOneBrokerIsDownAndRecoverAfterRestart() throws Exception {
        String topic = kafka.uniqueTopic("replicated");
        kafka.createTopic(topic, 1, (short) 3, Map.of("min.insync.replicas", "2"));
        produce(topic, "before", T0);

        BrokerControl brokers = kafka.brokerControl().orElseThrow();
        int leader = describe(topic).partitions().get(0).leader().id();
        brokers.stopBroker(leader);
        assertThat(brokers.runningBrokerIds()).hasSize(2).doesNotContain(leader);

        produce(topic, "while-down", T0.plusSeconds(1));
        TopicPartitionInfo partition = describe(topic).partitions().get(0);
        assertThat(partition.leader().id()).isNotEqualTo(leader);
        assertThat(partition.isr()).hasSize(2);

        brokers.startBroker(leader);
        kafka.awaitReplicasInSync(topic, AWAIT);
        produce(topic, "after", T0.plusSeconds(2));

        List<ConsumerRecord<String, String>> received =
                kafka.awaitRecords(topic, new StringDeserializer(), new StringDeserializer(), 3, AWAIT);
        assertThat(received).extracting(ConsumerRecord::value).containsExactly("before", "while-down", "after");
        assertThat(brokers.runningBrokerIds()).hasSize(3);
    }

    private void produce(String topic, String value, Instant timestamp) {
        kafka.produce(topic, new StringSerializer(), new StringSerializer(),
                List.of(TimedRecord.of("c-1", value, timestamp)));
    }

    private TopicDescription describe(String topic) throws Exception {
        return kafka.admin().describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic);
    }
}
