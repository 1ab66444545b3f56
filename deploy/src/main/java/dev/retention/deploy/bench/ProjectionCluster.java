package dev.retention.deploy.bench;

import dev.retention.projection.ProjectionServer;
import dev.retention.projection.stream.ProjectionStores;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Two projection-service instances in the benchmark's JVM, as two operators' processes would run them: the same
 * application id, each its own state directory and HTTP port on 127.0.0.1 (which is its application.server), the
 * platform's settings otherwise. Knows which instance owns a key, so requests can be sent to it or to the other.
 */
final class ProjectionCluster {

  private static final StringSerializer KEYS = new StringSerializer();
  private static final long POLL_MILLIS = 100;

  private final ProjectionServer a;
  private final ProjectionServer b;

  private ProjectionCluster(ProjectionServer a, ProjectionServer b) {
    this.a = a;
    this.b = b;
  }

  /**
   * Starts both instances and returns once each runs and both hold partitions of the 360 store, so that keys are
   * spread over both; the run's {@link Cleanup} stops them. A system property {@code projection.*} or
   * {@code streams.*} of the benchmark JVM overrides the platform's setting, for experiments.
   */
  static ProjectionCluster start(String bootstrap, String applicationId, Path work, Path keyFile, Cleanup cleanup,
      Duration timeout) throws InterruptedException {
    ProjectionServer a = cleanup.add("stop projection instance a",
        ProjectionServer.start(settings(bootstrap, applicationId, work.resolve("state-a"), keyFile)));
    ProjectionServer b = cleanup.add("stop projection instance b",
        ProjectionServer.start(settings(bootstrap, applicationId, work.resolve("state-b"), keyFile)));
    ProjectionCluster cluster = new ProjectionCluster(a, b);
    cluster.awaitSpread(timeout);
    return cluster;
  }

  static ConfigValues settings(String bootstrap, String applicationId, Path stateDir, Path keyFile) {
    Map<String, String> overrides = new HashMap<>();
    System.getProperties().stringPropertyNames().stream()
        .filter(name -> name.startsWith("projection.") || name.startsWith("streams."))
        .forEach(name -> overrides.put(name, System.getProperty(name)));
    overrides.put("kafka.bootstrap.servers", bootstrap);
    overrides.put("streams.application.id", applicationId);
    overrides.put("streams.state.dir", stateDir.toString());
    overrides.put("http.host", "127.0.0.1");
    overrides.put("http.port", "0");
    overrides.put("projection.api-keys.file", keyFile.toString());
    return Settings.of(ConfigSource.overrides(overrides)).resolve(ProjectionServer.settings());
  }

  List<ProjectionServer> instances() {
    return List.of(a, b);
  }

  /** The instance that owns the customer's 360 (active), as Kafka Streams' assignment metadata says. */
  ProjectionServer owner(String customerId) {
    KeyQueryMetadata owner = a.app().streams().queryMetadataForKey(ProjectionStores.CUSTOMER_360, customerId, KEYS);
    if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
      throw new IllegalStateException("the owner of " + customerId + " is not known (a rebalance?)");
    }
    return owner.activeHost().equals(a.self()) ? a : b;
  }

  ProjectionServer other(ProjectionServer instance) {
    return instance == a ? b : a;
  }

  URI uri(ProjectionServer instance) {
    return instance.httpUri();
  }

  /** {@code 127.0.0.1:41001 and 127.0.0.1:41002}. */
  String describe() {
    return a.self().host() + ":" + a.self().port() + " and " + b.self().host() + ":" + b.self().port();
  }

  /** Whether either instance stopped; the benchmark cannot go on then. */
  void checkRunning() {
    for (ProjectionServer s : instances()) {
      KafkaStreams.State state = s.app().state();
      if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR
          || state == KafkaStreams.State.NOT_RUNNING) {
        throw new IllegalStateException("projection instance " + s.self() + " stopped (" + state + ")",
            s.app().failure().orElse(null));
      }
    }
  }

  private void awaitSpread(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!spread()) {
      checkRunning();
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the two projection instances did not share the partitions within "
            + timeout.toSeconds() + " s");
      }
      Thread.sleep(POLL_MILLIS);
    }
  }

  /** Both running, and each sees both as owners of partitions of the 360 store's topic. */
  private boolean spread() {
    String topic = ProjectionStores.partitionTopic(ProjectionStores.CUSTOMER_360);
    for (ProjectionServer s : instances()) {
      if (s.app().state() != KafkaStreams.State.RUNNING) {
        return false;
      }
      Set<HostInfo> owners = s.app().streams().metadataForAllStreamsClients().stream()
          .filter(m -> m.topicPartitions().stream().anyMatch(tp -> tp.topic().equals(topic)))
          .map(StreamsMetadata::hostInfo).collect(Collectors.toSet());
      if (!owners.equals(Set.of(a.self(), b.self()))) {
        return false;
      }
    }
    return true;
  }
}
