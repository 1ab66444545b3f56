package dev.retention.projection.stream;

import dev.retention.contracts.json.JsonSerde;
import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.Topics;
import dev.retention.projection.model.Customer360;
import dev.retention.projection.model.SegmentRow;
import dev.retention.projection.model.Tally;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The projection topology: two sub-topologies without any repartition.
 *
 * <ul>
 *   <li>{@value #CUSTOMER_PROJECTOR}: the five customer-keyed topics (customers, customer-value, churn-risk,
 *       churn-warnings, interactions), co-partitioned by customer id, into the 360 store, the two index stores and
 *       the per-partition aggregates.
 *   <li>{@value #CASE_PROJECTOR}: the cases topic (keyed by case id) into case aggregates.
 * </ul>
 *
 * <p>Aggregates that are global (counts per tier, NPS per month, cohorts) are kept per partition and added up across
 * partitions and instances when queried: sums merge exactly, and nothing has to be repartitioned by a global key.
 */
public final class ProjectionTopology {

  public static final String CUSTOMER_PROJECTOR = "customer-projector";
  public static final String CASE_PROJECTOR = "case-projector";

  /** The customer-keyed inputs, each read with its catalog serdes. */
  static final List<Topic<String, ?>> CUSTOMER_INPUTS = List.of(Topics.CUSTOMERS, Topics.CUSTOMER_VALUE,
      Topics.CHURN_RISK, Topics.CHURN_WARNINGS, Topics.INTERACTIONS);

  private ProjectionTopology() {}

  /** @param timelineLength how many interactions each 360 keeps */
  public static Topology build(int timelineLength) {
    Topology topology = new Topology();
    String[] sources = new String[CUSTOMER_INPUTS.size()];
    for (int i = 0; i < sources.length; i++) {
      Topic<String, ?> topic = CUSTOMER_INPUTS.get(i);
      sources[i] = topic.name() + "-source";
      topology.addSource(sources[i], topic.keySerde().deserializer(), topic.valueSerde().deserializer(),
          topic.name());
    }
    topology.addProcessor(CUSTOMER_PROJECTOR, () -> new CustomerProjector(timelineLength), sources);
    topology.addStateStore(store(ProjectionStores.CUSTOMER_360, JsonSerde.of(Customer360.class)),
        CUSTOMER_PROJECTOR);
    topology.addStateStore(store(ProjectionStores.SEGMENT_INDEX, JsonSerde.of(SegmentRow.class)),
        CUSTOMER_PROJECTOR);
    topology.addStateStore(store(ProjectionStores.CATEGORY_INDEX, JsonSerde.of(SegmentRow.class)),
        CUSTOMER_PROJECTOR);
    topology.addStateStore(store(ProjectionStores.TALLIES, JsonSerde.of(Tally.class)), CUSTOMER_PROJECTOR);

    String casesSource = Topics.CASES.name() + "-source";
    topology.addSource(casesSource, Topics.CASES.keySerde().deserializer(), Topics.CASES.valueSerde().deserializer(),
        Topics.CASES.name());
    topology.addProcessor(CASE_PROJECTOR, CaseProjector::new, casesSource);
    topology.addStateStore(store(ProjectionStores.CASES, JsonSerde.of(CaseInfo.class)), CASE_PROJECTOR);
    topology.addStateStore(store(ProjectionStores.CASE_TALLIES, JsonSerde.of(Tally.class)), CASE_PROJECTOR);
    return topology;
  }

  private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> valueSerde) {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), valueSerde);
  }
}
