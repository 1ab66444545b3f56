package dev.retention.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.retention.churn.backtest.CdnowRow;
import dev.retention.churn.backtest.CdnowRows;
import dev.retention.churn.model.CdnowFiles;
import dev.retention.churn.replay.CdnowEvents;
import dev.retention.churn.stream.ChurnService;
import dev.retention.churn.trainer.ModelTrainer;
import dev.retention.churn.trainer.TrainerConfig;
import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.ModelParameters;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.SurveyAnswered;
import dev.retention.contracts.events.SurveyMetric;
import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.Topic.CleanupPolicy;
import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.contracts.topics.Topics;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.Settings;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import dev.retention.testkit.TimedRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The churn-detector process on a real broker: CDNOW purchases in, the model trainer fits BG/NBD and Gamma-Gamma on
 * the population the topology published and publishes them, the topology scores with them (read as a global table),
 * and HTTP serves readiness and the warning counters.
 */
@KafkaCluster
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class ChurnServerIT {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final LocalDate CALIBRATION_END = LocalDate.parse("1997-09-30");

  @Test
  void shouldTrainPublishAndScoreWithTheModelAndServeMetrics(TestKafka kafka, @TempDir Path stateDir)
      throws Exception {
    keepEveryRecord(kafka);
    List<CdnowRow> rows = CdnowRows.read(CdnowFiles.locate("CDNOW_sample.txt")).stream()
        .filter(r -> r.customerId().compareTo("01000") < 0).toList();
    List<CloudEvent> purchases = CdnowEvents.before(rows, CALIBRATION_END.plusDays(1).atStartOfDay()
        .toInstant(java.time.ZoneOffset.UTC));
    Set<String> customers = purchases.stream().map(CloudEvent::subject).collect(Collectors.toSet());
    Map<String, String> overrides = Map.of(
        "kafka.bootstrap.servers", kafka.bootstrapServers(),
        "streams.application.id", kafka.uniqueApplicationId("churn-server"),
        "streams.state.dir", stateDir.toString(),
        "http.port", "0",
        "churn.trainer.enabled", "false",
        "churn.value.currency", "USD");
    try (ChurnServer server = ChurnServer.start(Settings.of(ConfigSource.overrides(overrides))
        .resolve(ChurnServer.settings()));
        ModelTrainer trainer = ModelTrainer.create(new TrainerConfig(true, Duration.ofHours(1), 50),
            kafka.bootstrapServers())) {
      produce(kafka, purchases);

      AtomicReference<List<ModelParameters>> fitted = new AtomicReference<>(List.of());
      await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
        fitted.set(trainer.trainOnce());
        return !fitted.get().isEmpty() && fitted.get().get(0).customers() == customers.size();
      });
      ModelParameters bgNbd = fitted.get().get(0);
      assertThat(bgNbd.model()).isEqualTo(ModelParameters.BG_NBD);
      assertThat(bgNbd.parameters()).containsOnlyKeys("r", "alpha", "a", "b");
      assertThat(fitted.get()).extracting(ModelParameters::model).contains(ModelParameters.GAMMA_GAMMA);

      String repeatBuyer = purchases.stream().collect(Collectors.groupingBy(CloudEvent::subject,
          Collectors.counting())).entrySet().stream().filter(e -> e.getValue() >= 3).map(Map.Entry::getKey)
          .sorted().findFirst().orElseThrow();
      Instant after = CALIBRATION_END.plusDays(2).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
      produce(kafka, List.of(CloudEvent.of("it-survey", "it", repeatBuyer, after,
          new SurveyAnswered("s-1", SurveyMetric.NPS, 2, "support", null))));
      ChurnRisk scored = kafka.awaitRecord(Topics.CHURN_RISK.name(), Topics.CHURN_RISK.keySerde().deserializer(),
          Topics.CHURN_RISK.valueSerde().deserializer(),
          r -> r.key().equals(repeatBuyer) && r.value().prediction() != null
              && r.value().prediction().model().equals(bgNbd.version()), "a risk scored with the fitted model",
          WAIT).value();
      assertThat(scored.prediction().pAlive()).isBetween(0.0, 1.0);
      assertThat(scored.prediction().expectedSpendPerPurchase().currency()).isEqualTo("USD");
      assertThat(scored.prediction().potentialTier()).isNotNull();

      HttpClient http = HttpClient.newHttpClient();
      assertThat(get(http, server.httpUri().resolve("/health/ready")).statusCode()).isEqualTo(200);
      assertThat(get(http, server.httpUri().resolve("/health/live")).statusCode()).isEqualTo(200);
      String metrics = get(http, server.httpUri().resolve("/metrics")).body();
      assertThat(metrics).contains("churn_warnings_raised_total", "churn_warnings_escalated_total",
          "churn_warnings_cleared_total");
      assertThat(metrics.lines().filter(l -> l.startsWith("churn_warnings_raised_total"))
          .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum())
          .as("one-time buyers overdue by their timers").isPositive();
    }
  }

  private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void keepEveryRecord(TestKafka kafka) {
    // the records carry 1997 timestamps, which time retention would remove mid-test
    List<Topic<?, ?>> all = new ArrayList<>(Topics.all());
    all.addAll(ChurnService.ownTopics());
    new TopicProvisioner(kafka.admin(), (short) 1).createMissing(all.stream()
        .<Topic<?, ?>>map(t -> new Topic<>(t.name(), t.keySerde(), t.valueSerde(), t.partitions(),
            CleanupPolicy.DELETE, Optional.empty(), t.description()))
        .toList());
  }

  private static void produce(TestKafka kafka, List<CloudEvent> events) {
    kafka.produce(Topics.INTERACTIONS.name(), Topics.INTERACTIONS.keySerde().serializer(),
        Topics.INTERACTIONS.valueSerde().serializer(),
        events.stream().map(e -> TimedRecord.of(e.subject(), e, e.time())).toList());
  }
}
