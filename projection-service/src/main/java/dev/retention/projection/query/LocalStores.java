package dev.retention.projection.query;

import dev.retention.projection.model.Customer360;
import dev.retention.projection.model.SegmentRow;
import dev.retention.projection.model.Tally;
import dev.retention.projection.stream.ProjectionStores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads this instance's stores, one partition at a time, active or standby (the caller decided that this instance
 * answers for these partitions). Throws Kafka's {@code InvalidStateStoreException} when a partition is not here.
 */
public final class LocalStores {

  private final KafkaStreams streams;

  public LocalStores(KafkaStreams streams) {
    this.streams = streams;
  }

  private <V> ReadOnlyKeyValueStore<String, V> store(String name, int partition) {
    return streams.store(StoreQueryParameters.<ReadOnlyKeyValueStore<String, V>>fromNameAndType(name,
        QueryableStoreTypes.keyValueStore()).withPartition(partition).enableStaleStores());
  }

  public Optional<Customer360> customer(String customerId, int partition) {
    ReadOnlyKeyValueStore<String, Customer360> store = store(ProjectionStores.CUSTOMER_360, partition);
    return Optional.ofNullable(store.get(customerId));
  }

  /** Every tally whose key starts with {@code prefix}, summed over the partitions. */
  public Map<String, Tally> tallies(String storeName, String prefix, Set<Integer> partitions) {
    Map<String, Tally> out = new HashMap<>();
    for (int p : partitions) {
      ReadOnlyKeyValueStore<String, Tally> store = store(storeName, p);
      try (KeyValueIterator<String, Tally> it = store.prefixScan(prefix, new StringSerializer())) {
        it.forEachRemaining(kv -> out.merge(kv.key, kv.value, Tally::plus));
      }
    }
    return out;
  }

  /** Up to {@code limit} matches after {@code afterKey} (exclusive; null for the start), in index order. */
  public SegmentPage segments(SegmentQuery query, String afterKey, int limit, Set<Integer> partitions) {
    List<KeyValue<String, SegmentRow>> found = new ArrayList<>();
    boolean complete = true;
    for (int p : partitions) {
      ReadOnlyKeyValueStore<String, SegmentRow> store = store(query.store(), p);
      String from = afterKey != null ? afterKey : query.prefix().isEmpty() ? null : query.prefix();
      int taken = 0;
      try (KeyValueIterator<String, SegmentRow> it = store.range(from, null)) {
        while (it.hasNext()) {
          KeyValue<String, SegmentRow> kv = it.next();
          if (!kv.key.startsWith(query.prefix())) {
            break;
          }
          if (kv.key.equals(afterKey) || !query.matches(kv.value)) {
            continue;
          }
          if (taken == limit) {
            complete = false;
            break;
          }
          found.add(kv);
          taken++;
        }
      }
    }
    found.sort(Comparator.comparing(kv -> kv.key));
    if (found.size() > limit) {
      complete = false;
    }
    List<KeyValue<String, SegmentRow>> page = found.subList(0, Math.min(limit, found.size()));
    return new SegmentPage(page.stream().map(kv -> kv.key).toList(), page.stream().map(kv -> kv.value).toList(),
        complete);
  }
}
