package dev.retention.churn.stream;

import dev.retention.contracts.churn.ModelParameters;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps the global model store: the newest parameters per model name; a tombstone removes the model. */
final class StoreModelProcessor implements Processor<String, ModelParameters, Void, Void> {

  private KeyValueStore<String, ModelParameters> store;

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(ChurnTopology.MODELS);
  }

  @Override
  public void process(Record<String, ModelParameters> record) {
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
