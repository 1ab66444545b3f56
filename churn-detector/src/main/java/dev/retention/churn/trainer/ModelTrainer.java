package dev.retention.churn.trainer;

import dev.retention.churn.stream.CustomerPurchasesTopic;
import dev.retention.contracts.churn.ModelParameters;
import dev.retention.contracts.topics.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-service model trainer: on a schedule, reads the population from {@link CustomerPurchasesTopic}, fits
 * BG/NBD and Gamma-Gamma ({@link PopulationFit}) and publishes the parameters to {@code retention.model.v1}, from
 * where every scorer reads them as a global table. A failed fit is logged and retried at the next run.
 */
public final class ModelTrainer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ModelTrainer.class);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  private final TrainerConfig config;
  private final PopulationReader reader;
  private final KafkaProducer<String, ModelParameters> producer;
  private final ScheduledExecutorService scheduler;

  private ModelTrainer(TrainerConfig config, Map<String, Object> client) {
    this.config = config;
    this.reader = new PopulationReader(client, READ_TIMEOUT);
    Map<String, Object> producerConfig = new HashMap<>(client);
    producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
    producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    this.producer = new KafkaProducer<>(producerConfig, Topics.MODEL.keySerde().serializer(),
        Topics.MODEL.valueSerde().serializer());
    this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "churn-model-trainer");
      t.setDaemon(true);
      return t;
    });
  }

  /** A trainer that is not scheduled; {@link #trainOnce} runs it. */
  public static ModelTrainer create(TrainerConfig config, String bootstrapServers) {
    return new ModelTrainer(config, Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
  }

  /** A trainer that runs every {@link TrainerConfig#interval()}, the first time one interval from now. */
  /** @param client the brokers and security settings ({@code StreamsSettings.clientConfig()}) */
  public static ModelTrainer start(TrainerConfig config, Map<String, Object> client) {
    ModelTrainer trainer = new ModelTrainer(config, client);
    long every = config.interval().toMillis();
    trainer.scheduler.scheduleWithFixedDelay(trainer::runLogged, every, every, TimeUnit.MILLISECONDS);
    return trainer;
  }

  /**
   * Reads, fits and publishes once; returns what was published (nothing when the population is below the minimum).
   */
  public List<ModelParameters> trainOnce() {
    PopulationReader.Population population = reader.read();
    if (population.customers().size() < config.minCustomers()) {
      LOG.info("model trainer: {} customers, fewer than {}; nothing fitted", population.customers().size(),
          config.minCustomers());
      return List.of();
    }
    List<ModelParameters> fitted = PopulationFit.fit(population.customers(), population.asOf());
    for (ModelParameters parameters : fitted) {
      try {
        producer.send(new ProducerRecord<>(Topics.MODEL.name(), null, parameters.dataAsOf().toEpochMilli(),
            parameters.model(), parameters)).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while publishing " + parameters.version(), e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("could not publish " + parameters.version() + ": " + e.getCause(), e);
      }
      LOG.info("model trainer published {} {} (log-likelihood {}, {} customers)", parameters.version(),
          parameters.parameters(), parameters.logLikelihood(), parameters.customers());
    }
    return fitted;
  }

  private void runLogged() {
    try {
      trainOnce();
    } catch (RuntimeException e) {
      LOG.warn("model trainer run failed; retrying at the next run", e);
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    producer.close(Duration.ofSeconds(10));
  }
}
