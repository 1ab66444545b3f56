package dev.retention.deploy.cluster;

import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.Topics;
import dev.retention.segmentation.stream.DistributionTopic;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the deployment files must agree with, per service, written down from the services' code: main class, HTTP
 * port, Kafka Streams application id (or consumer group prefix), and the topics it reads and writes (its topologies'
 * sources and sinks, its producers and consumers). The deployment's name of a service is its module's name, in
 * compose and in Kubernetes alike; its KafkaUser has the same name.
 *
 * @param applicationId the Kafka Streams application id; empty for a service that is not a Streams app
 * @param groupPrefix the prefix of every consumer group the service uses (the application id for a Streams app)
 */
record PlatformService(String name, String mainClass, int port, Optional<String> applicationId, String groupPrefix,
    Set<String> reads, Set<String> writes) {

  /** The churn detector's own topic, declared in its module; absent while that module is not on the class path. */
  static final Optional<Topic<?, ?>> CHURN_PURCHASES = ownTopic("dev.retention.churn.stream.CustomerPurchasesTopic");

  static final PlatformService INTERACTION_EVENTS = streams("interaction-events",
      "dev.retention.ingestion.IngestionMain", 8081, "retention-ingestion-validator",
      names(Topics.RAW_INTERACTIONS),
      // the HTTP gateway produces to the raw topic, the validator to the rest
      names(Topics.RAW_INTERACTIONS, Topics.INTERACTIONS, Topics.CUSTOMERS, Topics.DEAD_LETTER));

  static final PlatformService SEGMENTATION = streams("segmentation-streams",
      "dev.retention.segmentation.SegmentationMain", 8082, "retention-segmentation",
      names(Topics.INTERACTIONS, DistributionTopic.TOPIC),
      names(Topics.CUSTOMER_VALUE, Topics.SEGMENT_CHANGES, Topics.DEAD_LETTER, DistributionTopic.TOPIC));

  static final PlatformService CHURN = streams("churn-detector", "dev.retention.churn.ChurnMain", 8083,
      "retention-churn",
      with(names(Topics.INTERACTIONS, Topics.CUSTOMER_VALUE, Topics.MODEL), CHURN_PURCHASES),
      with(names(Topics.CHURN_RISK, Topics.CHURN_WARNINGS, Topics.MODEL, Topics.DEAD_LETTER), CHURN_PURCHASES));

  static final PlatformService PROJECTION = streams("projection-service", "dev.retention.projection.ProjectionMain",
      8084, "retention-projection",
      names(Topics.CUSTOMERS, Topics.CUSTOMER_VALUE, Topics.CHURN_RISK, Topics.CHURN_WARNINGS, Topics.INTERACTIONS,
          Topics.CASES),
      Set.of());

  /** Axon with plain consumers (groups retention-cases-warnings, -customers, -interactions, -customer-value). */
  static final PlatformService CASES = new PlatformService("retention-cases", "dev.retention.cases.CasesMain", 8085,
      Optional.empty(), "retention-cases",
      names(Topics.CHURN_WARNINGS, Topics.CUSTOMERS, Topics.INTERACTIONS, Topics.CUSTOMER_VALUE),
      names(Topics.CASES));

  static final List<PlatformService> ALL = List.of(INTERACTION_EVENTS, SEGMENTATION, CHURN, PROJECTION, CASES);

  static List<PlatformService> streamsServices() {
    return ALL.stream().filter(s -> s.applicationId().isPresent()).toList();
  }

  /** The catalog's topics and the services' own ones: everything the deployment must create. */
  static List<Topic<?, ?>> allTopics() {
    return Stream.concat(Stream.concat(Topics.all().stream(), Stream.of(DistributionTopic.TOPIC)),
        CHURN_PURCHASES.stream()).toList();
  }

  @Override
  public String toString() {
    return name;
  }

  private static PlatformService streams(String name, String mainClass, int port, String applicationId,
      Set<String> reads, Set<String> writes) {
    return new PlatformService(name, mainClass, port, Optional.of(applicationId), applicationId, reads, writes);
  }

  private static Set<String> names(Topic<?, ?>... topics) {
    return Stream.of(topics).map(Topic::name).collect(Collectors.toUnmodifiableSet());
  }

  private static Set<String> with(Set<String> names, Optional<Topic<?, ?>> topic) {
    return Stream.concat(names.stream(), topic.stream().map(Topic::name)).collect(Collectors.toUnmodifiableSet());
  }

  private static Optional<Topic<?, ?>> ownTopic(String className) {
    try {
      return Optional.of((Topic<?, ?>) Class.forName(className).getField("TOPIC").get(null));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(className + " has no public static TOPIC", e);
    }
  }
}
