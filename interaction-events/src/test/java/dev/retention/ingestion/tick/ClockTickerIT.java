package dev.retention.ingestion.tick;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.topics.ClockTicks;
import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.contracts.topics.Topics;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.MutableClock;
import dev.retention.testkit.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The clock ticker on a real broker: quiet partitions get a tick, busy ones don't, and a tick is only a timestamp. */
@KafkaCluster
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ClockTickerIT {

  private static final Instant START = Instant.parse("2026-11-22T12:00:00Z");

  @Test
  void shouldTickOnlyThePartitionsNothingWasWrittenToSinceTheLastLook(TestKafka kafka) throws Exception {
    new TopicProvisioner(kafka.admin(), (short) 1).createMissing();
    MutableClock clock = new MutableClock(START);
    TickerConfig config = new TickerConfig(Duration.ofSeconds(30), Duration.ofMinutes(1));
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(),
        new ByteArraySerializer())) {
      ClockTicker ticker = new ClockTicker(kafka.admin(), producer, clock, config);

      assertThat(ticker.tickQuietPartitions()).as("the first look only notes where each partition ends").isEmpty();

      producer.send(new ProducerRecord<>(Topics.INTERACTIONS.name(), 3, "c-1", "{}".getBytes())).get();
      clock.advance(Duration.ofSeconds(30));
      List<TopicPartition> second = ticker.tickQuietPartitions();
      assertThat(second).hasSize(Topics.PARTITIONS - 1).noneMatch(tp -> tp.partition() == 3);

      clock.advance(Duration.ofSeconds(30));
      assertThat(ticker.tickQuietPartitions()).as("its own ticks do not make a partition busy")
          .hasSize(Topics.PARTITIONS);
      assertThat(ticker.ticks()).isEqualTo(2L * Topics.PARTITIONS - 1);
    }

    List<ConsumerRecord<String, byte[]>> partitionZero = read(kafka, 0);
    assertThat(partitionZero).hasSize(2).allSatisfy(tick -> {
      assertThat(tick.key()).isNull();
      assertThat(ClockTicks.isTick(tick.value())).isTrue();
      assertThat(ClockTicks.hasTickHeader(tick)).isTrue();
    });
    assertThat(partitionZero).extracting(ConsumerRecord::timestamp).containsExactly(
        START.plusSeconds(30).minus(Duration.ofMinutes(1)).toEpochMilli(),
        START.plusSeconds(60).minus(Duration.ofMinutes(1)).toEpochMilli());
    assertThat(read(kafka, 3)).extracting(ConsumerRecord::key).containsExactly("c-1", null);
  }

  private static List<ConsumerRecord<String, byte[]>> read(TestKafka kafka, int partition) {
    TopicPartition tp = new TopicPartition(Topics.INTERACTIONS.name(), partition);
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.consumerConfig("read-" + partition),
        new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(List.of(tp));
      consumer.seekToBeginning(List.of(tp));
      long end = consumer.endOffsets(List.of(tp)).get(tp);
      List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
      while (consumer.position(tp) < end) {
        consumer.poll(Duration.ofMillis(200)).records(tp).forEach(records::add);
      }
      return records;
    }
  }
}
