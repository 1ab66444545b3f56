package dev.retention.projection.stream;

import dev.retention.projection.model.Tally;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;

/** Adds deltas to a tally store; a tally that reaches zero is deleted so the store holds only what counts. */
final class TallyWriter {

  private final KeyValueStore<String, Tally> store;

  TallyWriter(KeyValueStore<String, Tally> store) {
    this.store = store;
  }

  void add(Map<String, Tally> deltas) {
    deltas.forEach(this::add);
  }

  void add(String key, Tally delta) {
    if (delta.isZero()) {
      return;
    }
    Tally current = store.get(key);
    Tally next = current == null ? delta : current.plus(delta);
    if (next.isZero()) {
      store.delete(key);
    } else {
      store.put(key, next);
    }
  }
}
