package dev.retention.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opentest4j.AssertionFailedError;

@KafkaCluster
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KafkaClusterExtensionIT {

    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    private static final Duration AWAIT = Duration.ofSeconds(30);

    private static String sharedTopic;

    private final TestKafka kafka;

    KafkaClusterExtensionIT(TestKafka kafka) {
        this.kafka = kafka;
    }

    @BeforeAll
    static void createSharedTopic(TestKafka kafka) {
        sharedTopic = kafka.uniqueTopic("shared");
        kafka.createTopic(sharedTopic, 3);
    }

    @Test
    void shouldInjectTheClassClusterIntoConstructorBeforeAllAndTestMethods(TestKafka methodParameter) {
        assertThat(methodParameter).isSameAs(kafka);
        assertThat(kafka.bootstrapServers()).isNotBlank();
        assertThat(kafka.description()).isNotBlank();
        assertThat(kafka.admin().listTopics().names()).succeedsWithin(AWAIT).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.collection(String.class)).contains(sharedTopic);
    }

    @Test
    void shouldProduceRecordsWithExplicitTimestampsAndAwaitThem() {
        String topic = kafka.uniqueTopic("timestamps");
        kafka.createTopic(topic, 1);
        List<TimedRecord<String, String>> sent = List.of(
                TimedRecord.of("c-1", "joined", T0),
                TimedRecord.of("c-2", "purchased", T0.plusSeconds(60)),
                TimedRecord.of("c-1", "complained", T0.plus(Duration.ofDays(3))));

        kafka.produce(topic, new StringSerializer(), new StringSerializer(), sent);
        List<ConsumerRecord<String, String>> received =
                kafka.awaitRecords(topic, new StringDeserializer(), new StringDeserializer(), 3, AWAIT);

        assertThat(received).extracting(
                        ConsumerRecord::key, ConsumerRecord::value, record -> Instant.ofEpochMilli(record.timestamp()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("c-1", "joined", T0),
                        org.assertj.core.groups.Tuple.tuple("c-2", "purchased", T0.plusSeconds(60)),
                        org.assertj.core.groups.Tuple.tuple("c-1", "complained", T0.plus(Duration.ofDays(3))));
    }

    @Test
    void shouldShowOnlyCommittedTransactionsToReadCommittedReaders() {
        String topic = kafka.uniqueTopic("transactions");
        kafka.createTopic(topic, 2);
        Map<String, Object> config = kafka.producerConfig();
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, kafka.uniqueApplicationId("tx-producer"));

        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, null, T0.toEpochMilli(), "c-1", "committed-1"));
            producer.send(new ProducerRecord<>(topic, null, T0.toEpochMilli(), "c-2", "committed-2"));
            producer.commitTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, null, T0.toEpochMilli(), "c-1", "aborted"));
            producer.flush();
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, null, T0.toEpochMilli(), "c-2", "committed-3"));
            producer.commitTransaction();
        }

        List<ConsumerRecord<String, String>> received =
                kafka.awaitRecords(topic, new StringDeserializer(), new StringDeserializer(), 3, AWAIT);
        assertThat(received).extracting(ConsumerRecord::value)
                .containsExactlyInAnyOrder("committed-1", "committed-2", "committed-3");
    }

    @Test
    void shouldConsumeAndCommitWithAConsumerGroup() {
        String topic = kafka.uniqueTopic("group");
        kafka.createTopic(topic, 2);
        kafka.produce(topic, new StringSerializer(), new StringSerializer(),
                List.of(TimedRecord.of("a", "1", T0), TimedRecord.of("b", "2", T0)));

        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                kafka.consumerConfig(kafka.uniqueGroupId("group")), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + AWAIT.toNanos();
            while (values.size() < 2 && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
            consumer.commitSync(Duration.ofSeconds(10));
        }
        assertThat(values).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void shouldAwaitTheFirstRecordMatchingAPredicate() {
        kafka.produce(sharedTopic, new StringSerializer(), new StringSerializer(), List.of(
                TimedRecord.of("k", "first", T0), TimedRecord.of("needle", "found", T0.plusMillis(1))));

        ConsumerRecord<String, String> match = kafka.awaitRecord(sharedTopic, new StringDeserializer(),
                new StringDeserializer(), record -> "needle".equals(record.key()), "key 'needle'", AWAIT);

        assertThat(match.value()).isEqualTo("found");
        assertThat(match.timestamp()).isEqualTo(T0.plusMillis(1).toEpochMilli());
    }

    @Test
    void shouldFailListingWhatArrivedWhenTooFewRecordsArriveInTime() {
        String topic = kafka.uniqueTopic("too-few");
        kafka.createTopic(topic, 1);
        kafka.produce(topic, new StringSerializer(), new StringSerializer(),
                List.of(TimedRecord.of("only-key", "only-value", T0)));

        assertThatThrownBy(() -> kafka.awaitRecords(
                        topic, new StringDeserializer(), new StringDeserializer(), 2, Duration.ofSeconds(1)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("at least 2 records")
                .hasMessageContaining("1 record arrived")
                .hasMessageContaining("key=only-key value=only-value")
                .hasMessageContaining(T0.toString());
    }

    @Test
    void shouldFailClearlyWhenTheTopicNeverAppears() {
        String topic = kafka.uniqueTopic("missing");

        assertThatThrownBy(() -> kafka.awaitRecords(
                        topic, new StringDeserializer(), new StringDeserializer(), 1, Duration.ofSeconds(1)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("the topic does not exist");
        assertThat(kafka.admin().listTopics().names()).succeedsWithin(AWAIT).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.collection(String.class)).doesNotContain(topic);
    }

    @Test
    void shouldHandOutAnAdminThatSurvivesBeingClosedByATest() throws Exception {
        try (Admin admin = kafka.admin()) {
            admin.listTopics().names().get(10, TimeUnit.SECONDS);
        }
        assertThat(kafka.admin().listTopics().names().get(10, TimeUnit.SECONDS)).contains(sharedTopic);
    }

    @Test
    void shouldGiveUniqueNamesWithTheRequestedPrefix() {
        String first = kafka.uniqueApplicationId("segmentation");
        String second = kafka.uniqueApplicationId("segmentation");

        assertThat(first).startsWith("segmentation-").isNotEqualTo(second);
        assertThat(kafka.uniqueTopic("orders")).startsWith("orders-");
    }

    @Nested
    class NestedTests {

        @Test
        void shouldShareTheEnclosingClassCluster(TestKafka nested) {
            assertThat(nested).isSameAs(kafka);
        }
    }
}
