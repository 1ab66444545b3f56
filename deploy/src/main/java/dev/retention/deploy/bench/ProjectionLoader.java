package dev.retention.deploy.bench;

import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.topics.Topics;
import dev.retention.deploy.bench.ProjectionRun.Population;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Loads the {@link ProjectionPopulation} onto {@code retention.customer-value.v1} and {@code retention.churn-risk.v1}
 * with the catalog's serdes, as fast as one producer can, and waits until the projection has committed the end of
 * both topics: then both instances' stores hold every customer.
 */
final class ProjectionLoader {

  private static final long POLL_MILLIS = 250;
  private static final long PROGRESS_NANOS = 15_000_000_000L;

  private final String bootstrap;
  private final TopicOffsets offsets;
  private final ProjectionCluster cluster;
  private final Consumer<String> say;

  ProjectionLoader(String bootstrap, TopicOffsets offsets, ProjectionCluster cluster, Consumer<String> say) {
    this.bootstrap = bootstrap;
    this.offsets = offsets;
    this.cluster = cluster;
    this.say = say;
  }

  Population load(int customers, long seed, String applicationId) throws InterruptedException {
    String values = Topics.CUSTOMER_VALUE.name();
    String risks = Topics.CHURN_RISK.name();
    long valuesBefore = offsets.endOffsets(values);
    long risksBefore = offsets.endOffsets(risks);
    Serializer<CustomerValue> valueSerializer = Topics.CUSTOMER_VALUE.valueSerde().serializer();
    Serializer<ChurnRisk> riskSerializer = Topics.CHURN_RISK.valueSerde().serializer();
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    Callback callback = (metadata, error) -> {
      if (error != null && errors.incrementAndGet() == 1) {
        firstError.set(error.toString());
      }
    };
    long bytes = 0;
    long riskCount = 0;
    long start = System.nanoTime();
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer())) {
      for (int i = 0; i < customers; i++) {
        CustomerValue value = ProjectionPopulation.value(i, seed);
        byte[] json = valueSerializer.serialize(values, value);
        bytes += json.length;
        producer.send(new ProducerRecord<>(values, null, value.asOf().toEpochMilli(), value.customerId(), json),
            callback);
        Optional<ChurnRisk> risk = ProjectionPopulation.risk(i, seed);
        if (risk.isPresent()) {
          byte[] riskJson = riskSerializer.serialize(risks, risk.get());
          bytes += riskJson.length;
          riskCount++;
          producer.send(new ProducerRecord<>(risks, null, risk.get().asOf().toEpochMilli(), risk.get().customerId(),
              riskJson), callback);
        }
      }
      producer.flush();
    }
    double produceSeconds = (System.nanoTime() - start) / 1e9;
    if (errors.get() > 0) {
      throw new IllegalStateException(errors.get() + " records could not be produced: " + firstError.get());
    }
    long records = customers + riskCount;
    say.accept(String.format(Locale.ROOT, "produced %,d records in %.1f s; waiting for both instances ...",
        records, produceSeconds));
    awaitCommitted(applicationId, List.of(values, risks), valuesBefore + risksBefore + records, start,
        Math.max(300, records / 200));
    double catchUpSeconds = (System.nanoTime() - start) / 1e9;
    return new Population(customers, riskCount, records, bytes, produceSeconds, catchUpSeconds);
  }

  private void awaitCommitted(String applicationId, List<String> topics, long end, long start, long timeoutSeconds)
      throws InterruptedException {
    long deadline = start + timeoutSeconds * 1_000_000_000L;
    long nextProgress = System.nanoTime() + PROGRESS_NANOS;
    while (!topics.stream().allMatch(t -> offsets.committedToEnd(applicationId, t))) {
      cluster.checkRunning();
      long now = System.nanoTime();
      if (now > deadline || now > nextProgress) {
        long committed = topics.stream().mapToLong(t -> offsets.committed(applicationId, t)).sum();
        if (now > deadline) {
          throw new IllegalStateException(String.format(Locale.ROOT, "the projection committed %,d of %,d records "
              + "in %d s", committed, end, timeoutSeconds));
        }
        say.accept(String.format(Locale.ROOT, "  %,d of %,d records committed after %.0f s", committed, end,
            (now - start) / 1e9));
        nextProgress = now + PROGRESS_NANOS;
      }
      Thread.sleep(POLL_MILLIS);
    }
  }

  private Map<String, Object> producerConfig() {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, "retention-bench-projection-population");
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 10);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    return config;
  }
}
