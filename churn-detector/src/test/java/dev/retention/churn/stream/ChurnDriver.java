package dev.retention.churn.stream;

import dev.retention.churn.replay.TopologyReplay;
import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.ModelParameters;
import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.topics.Topics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** The churn topology in a TopologyTestDriver, with its topics; collects what was output so far per kind. */
final class ChurnDriver implements AutoCloseable {

  final TopologyTestDriver driver;
  private final TestInputTopic<String, CloudEvent> interactions;
  private final TestInputTopic<String, CustomerValue> values;
  private final TestInputTopic<String, ModelParameters> models;
  private final TestOutputTopic<String, ChurnRisk> risks;
  private final TestOutputTopic<String, ChurnWarning> warnings;
  private final TestOutputTopic<String, CustomerPurchases> histories;
  private final TestOutputTopic<String, DeadLetter> deadLetters;
  private final List<ChurnRisk> riskLog = new ArrayList<>();
  private final List<org.apache.kafka.streams.KeyValue<String, ChurnRisk>> riskLogWithKeys = new ArrayList<>();
  private final List<ChurnWarning> warningLog = new ArrayList<>();

  ChurnDriver(ChurnStreamConfig config, Path stateDir) {
    driver = TopologyReplay.driver(config, stateDir);
    interactions = TopologyReplay.interactions(driver);
    values = driver.createInputTopic(Topics.CUSTOMER_VALUE.name(), Topics.CUSTOMER_VALUE.keySerde().serializer(),
        Topics.CUSTOMER_VALUE.valueSerde().serializer());
    models = TopologyReplay.models(driver);
    risks = TopologyReplay.risks(driver);
    warnings = TopologyReplay.warnings(driver);
    histories = driver.createOutputTopic(CustomerPurchasesTopic.TOPIC.name(),
        CustomerPurchasesTopic.TOPIC.keySerde().deserializer(), CustomerPurchasesTopic.TOPIC.valueSerde().deserializer());
    deadLetters = driver.createOutputTopic(Topics.DEAD_LETTER.name(), Topics.DEAD_LETTER.keySerde().deserializer(),
        Topics.DEAD_LETTER.valueSerde().deserializer());
  }

  /** The dead letters output since the last call. */
  List<DeadLetter> deadLetters() {
    return deadLetters.readValuesToList();
  }

  void send(CloudEvent event) {
    interactions.pipeInput(new TestRecord<>(event.subject(), event, event.time()));
  }

  void send(CustomerValue value) {
    values.pipeInput(new TestRecord<>(value.customerId(), value, value.asOf()));
  }

  /** A tombstone of the customer's value: the customer was erased. */
  void erase(String customerId, java.time.Instant at) {
    values.pipeInput(new TestRecord<>(customerId, null, at));
  }

  /** Every risk record output so far including tombstones, as (key, value) pairs. */
  List<org.apache.kafka.streams.KeyValue<String, ChurnRisk>> riskRecords() {
    return riskLogWithKeys;
  }

  void publish(ModelParameters parameters) {
    models.pipeInput(new TestRecord<>(parameters.model(), parameters, parameters.dataAsOf()));
  }

  /** Every risk record output so far, in order. */
  List<ChurnRisk> risks() {
    risks.readKeyValuesToList().forEach(kv -> {
      riskLogWithKeys.add(kv);
      if (kv.value != null) {
        riskLog.add(kv.value);
      }
    });
    return List.copyOf(riskLog);
  }

  List<ChurnRisk> risksOf(String customer) {
    return risks().stream().filter(r -> r.customerId().equals(customer)).toList();
  }

  /** The customer's newest risk record. */
  ChurnRisk latestRisk(String customer) {
    List<ChurnRisk> of = risksOf(customer);
    if (of.isEmpty()) {
      throw new AssertionError("no risk record for " + customer);
    }
    return of.get(of.size() - 1);
  }

  List<ChurnWarning> warnings() {
    warnings.readValuesToList().forEach(warningLog::add);
    return List.copyOf(warningLog);
  }

  List<ChurnWarning> warningsOf(String customer) {
    return warnings().stream().filter(w -> w.customerId().equals(customer)).toList();
  }

  List<CustomerPurchases> histories() {
    return histories.readValuesToList();
  }

  @Override
  public void close() {
    driver.close();
  }
}
