package dev.retention.projection.query;

import dev.retention.projection.stream.ProjectionStores;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * What this instance knows about the others: who owns a key, and who should answer for each partition of a store.
 * Built on the assignment metadata every Kafka Streams instance receives (application.server of each member).
 */
public final class ClusterView {

  private final KafkaStreams streams;
  private final HostInfo self;

  public ClusterView(KafkaStreams streams, HostInfo self) {
    this.streams = streams;
    this.self = self;
  }

  public HostInfo self() {
    return self;
  }

  /** The owner of a customer id; {@link KeyQueryMetadata#NOT_AVAILABLE} during a rebalance. */
  public KeyQueryMetadata ownerOf(String customerId) {
    return streams.queryMetadataForKey(ProjectionStores.CUSTOMER_360, customerId, new StringSerializer());
  }

  /**
   * Whether this instance is the active owner of the store's partition and done restoring: only then is a local
   * read fresh. While the instance rebalances, an active store may still be catching up on its changelog.
   */
  public boolean activeHere(String store, int partition) {
    if (streams.state() != KafkaStreams.State.RUNNING) {
      return false;
    }
    TopicPartition tp = new TopicPartition(ProjectionStores.partitionTopic(store), partition);
    return streams.metadataForAllStreamsClients().stream()
        .filter(m -> m.hostInfo().equals(self))
        .anyMatch(m -> m.topicPartitions().contains(tp));
  }

  /**
   * Every known partition of the store, each given to its active owner, or else to a standby (this instance's first).
   * Without any metadata (the group is forming), this instance answers alone from what it has, marked stale.
   */
  public PartitionPlan plan(String store, Set<Integer> localPartitions) {
    String topic = ProjectionStores.partitionTopic(store);
    Collection<StreamsMetadata> all = streams.metadataForAllStreamsClients();
    Map<Integer, HostInfo> active = new TreeMap<>();
    Map<Integer, HostInfo> standby = new TreeMap<>();
    for (StreamsMetadata m : all) {
      for (TopicPartition tp : m.topicPartitions()) {
        if (tp.topic().equals(topic)) {
          active.put(tp.partition(), m.hostInfo());
        }
      }
      for (TopicPartition tp : m.standbyTopicPartitions()) {
        if (tp.topic().equals(topic) && (!standby.containsKey(tp.partition()) || m.hostInfo().equals(self))) {
          standby.put(tp.partition(), m.hostInfo());
        }
      }
    }
    Map<HostInfo, Set<Integer>> byHost = new HashMap<>();
    boolean stale = all.isEmpty();
    if (all.isEmpty()) {
      byHost.put(self, new TreeSet<>(localPartitions));
    }
    Set<Integer> partitions = new TreeSet<>(active.keySet());
    partitions.addAll(standby.keySet());
    for (int p : partitions) {
      HostInfo host = active.get(p);
      if (host == null) {
        host = standby.get(p);
        stale = true;
      }
      byHost.computeIfAbsent(host, h -> new TreeSet<>()).add(p);
    }
    return new PartitionPlan(byHost, stale);
  }

  /** The partitions of the store this instance holds, active or standby. */
  public Set<Integer> localPartitions(String store) {
    String topic = ProjectionStores.partitionTopic(store);
    Set<Integer> out = new TreeSet<>();
    streams.metadataForLocalThreads().forEach(t -> {
      t.activeTasks().forEach(task -> task.topicPartitions().stream()
          .filter(tp -> tp.topic().equals(topic)).forEach(tp -> out.add(tp.partition())));
      t.standbyTasks().forEach(task -> task.topicPartitions().stream()
          .filter(tp -> tp.topic().equals(topic)).forEach(tp -> out.add(tp.partition())));
    });
    return out;
  }
}
