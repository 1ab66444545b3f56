package dev.retention.churn.replay;

import dev.retention.churn.stream.ChurnStreamConfig;
import dev.retention.churn.stream.ChurnTopology;
import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.ModelParameters;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactDirection;
import dev.retention.contracts.events.ContactLogged;
import dev.retention.contracts.events.ContactOutcome;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.topics.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The production churn topology replayed in a TopologyTestDriver on event time: no broker, no wall clock. Moving
 * stream time to an instant ({@link #advanceTo}) fires every timer due by then, so the risk read afterwards is the
 * risk as of that instant.
 */
public final class TopologyReplay implements AutoCloseable {

  /** The customer id of the events that only move stream time; never a real customer's. */
  public static final String CLOCK = "replay-clock";

  private final Path stateDir;
  private final TopologyTestDriver driver;
  private final TestInputTopic<String, CloudEvent> interactions;
  private final TestInputTopic<String, ModelParameters> models;
  private final TestOutputTopic<String, ChurnRisk> risks;
  private final TestOutputTopic<String, ChurnWarning> warnings;
  private final Map<String, ChurnRisk> latest = new HashMap<>();
  private final Map<String, Long> warningCounts = new HashMap<>();
  private int ticks;

  public TopologyReplay(ChurnStreamConfig config) {
    try {
      this.stateDir = Files.createTempDirectory("churn-replay");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a state directory for the replay", e);
    }
    driver = driver(config, stateDir);
    interactions = interactions(driver);
    models = models(driver);
    risks = risks(driver);
    warnings = warnings(driver);
  }

  /** The churn topology in a test driver with exactly-once processing and its state under {@code stateDir}. */
  public static TopologyTestDriver driver(ChurnStreamConfig config, Path stateDir) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "churn-replay");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "replay:9092");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return new TopologyTestDriver(ChurnTopology.build(config), props);
  }

  public static TestInputTopic<String, CloudEvent> interactions(TopologyTestDriver driver) {
    return driver.createInputTopic(Topics.INTERACTIONS.name(), Topics.INTERACTIONS.keySerde().serializer(),
        Topics.INTERACTIONS.valueSerde().serializer());
  }

  public static TestInputTopic<String, ModelParameters> models(TopologyTestDriver driver) {
    return driver.createInputTopic(Topics.MODEL.name(), Topics.MODEL.keySerde().serializer(),
        Topics.MODEL.valueSerde().serializer());
  }

  public static TestOutputTopic<String, ChurnRisk> risks(TopologyTestDriver driver) {
    return driver.createOutputTopic(Topics.CHURN_RISK.name(), Topics.CHURN_RISK.keySerde().deserializer(),
        Topics.CHURN_RISK.valueSerde().deserializer());
  }

  public static TestOutputTopic<String, ChurnWarning> warnings(TopologyTestDriver driver) {
    return driver.createOutputTopic(Topics.CHURN_WARNINGS.name(), Topics.CHURN_WARNINGS.keySerde().deserializer(),
        Topics.CHURN_WARNINGS.valueSerde().deserializer());
  }

  public void publish(ModelParameters parameters) {
    models.pipeInput(new TestRecord<>(parameters.model(), parameters, parameters.dataAsOf()));
  }

  public void send(List<CloudEvent> events) {
    for (CloudEvent e : events) {
      interactions.pipeInput(new TestRecord<>(e.subject(), e, e.time()));
      drain();
    }
  }

  /** Moves stream time to {@code at} with an event of {@link #CLOCK}, firing every timer due by then. */
  public void advanceTo(Instant at) {
    ContactLogged tick = new ContactLogged("tick-" + ticks, ContactChannel.EMAIL, ContactDirection.OUTBOUND,
        ContactPurpose.SERVICE, ContactOutcome.NO_ANSWER, null, null);
    send(List.of(CloudEvent.of("replay-tick-" + ticks++, "urn:replay", CLOCK, at, tick)));
  }

  /** Each customer's newest risk record; customers never at risk have none. */
  public Map<String, ChurnRisk> latestRisks() {
    drain();
    return Map.copyOf(latest);
  }

  /** How many warning records of each type ({@link ChurnWarning#typeName()}) were published. */
  public Map<String, Long> warningCounts() {
    drain();
    return Map.copyOf(warningCounts);
  }

  private void drain() {
    risks.readValuesToList().forEach(r -> latest.put(r.customerId(), r));
    warnings.readValuesToList().forEach(w -> warningCounts.merge(w.typeName(), 1L, Long::sum));
  }

  @Override
  public void close() {
    driver.close();
    try (Stream<Path> files = Files.walk(stateDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
