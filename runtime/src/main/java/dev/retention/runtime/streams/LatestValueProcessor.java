package dev.retention.runtime.streams;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps a global store as the newest value per key of its source topic (a compacted topic read in full by every
 * instance): a record replaces the key's value, a tombstone removes it, a record without a key is ignored. The state
 * update processor of {@code Topology.addGlobalStore}.
 *
 * @param <V> the value type of the topic and the store
 */
public final class LatestValueProcessor<V> implements Processor<String, V, Void, Void> {

  private final String storeName;
  private KeyValueStore<String, V> store;

  public LatestValueProcessor(String storeName) {
    this.storeName = storeName;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, V> record) {
    if (record.key() == null) {
      return;
    }
    if (record.value() == null) {
      store.delete(record.key());
    } else {
      store.put(record.key(), record.value());
    }
  }
}
