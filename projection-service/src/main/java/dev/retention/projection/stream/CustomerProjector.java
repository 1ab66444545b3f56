package dev.retention.projection.stream;

import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.topics.Topics;
import dev.retention.projection.model.Customer360;
import dev.retention.projection.model.SegmentRow;
import dev.retention.projection.model.Tally;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds every customer-keyed input into the customer's 360 and keeps the indexes and aggregates of the same partition
 * in step: on each change the old index entries are removed and the new ones added, and the aggregates get the
 * difference of the customer's contributions plus whatever the event itself counts. All in one task, so the 360, the
 * indexes and the aggregates of a partition commit together (exactly-once).
 *
 * <p>The input topic, not the value's type, says what a record is: a tombstone has no value to look at. A tombstone
 * on the customers topic is an erasure and removes the whole 360.
 */
final class CustomerProjector implements Processor<String, Object, Void, Void> {

  private final CustomerFold fold;
  private KeyValueStore<String, Customer360> customers;
  private KeyValueStore<String, SegmentRow> segments;
  private KeyValueStore<String, SegmentRow> categories;
  private TallyWriter tallies;
  private ProcessorContext<Void, Void> context;

  CustomerProjector(int timelineLength) {
    this.fold = new CustomerFold(timelineLength);
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    this.context = context;
    customers = context.getStateStore(ProjectionStores.CUSTOMER_360);
    segments = context.getStateStore(ProjectionStores.SEGMENT_INDEX);
    categories = context.getStateStore(ProjectionStores.CATEGORY_INDEX);
    tallies = new TallyWriter(context.getStateStore(ProjectionStores.TALLIES));
  }

  @Override
  public void process(Record<String, Object> record) {
    String customerId = record.key();
    if (customerId == null) {
      return; // every input is keyed by customer id; the producers never write a null key
    }
    String topic = context.recordMetadata().map(m -> m.topic()).orElse("");
    Customer360 before = customers.get(customerId);
    Customer360 base = before == null ? Customer360.empty(customerId) : before;
    Map<String, Tally> counted = new HashMap<>();
    Customer360 after = apply(topic, base, record.value(), counted);
    if (after == base) {
      return;
    }
    Customer360 stored = after == null || after.isEmpty() ? null : after;
    reindex(before, stored);
    Map<String, Tally> deltas = Contributions.delta(Contributions.of(before), Contributions.of(stored));
    counted.forEach((k, v) -> deltas.merge(k, v, Tally::plus));
    tallies.add(deltas);
    if (stored == null) {
      customers.delete(customerId);
    } else {
      customers.put(customerId, stored);
    }
  }

  /** The 360 after the input; the same instance when nothing changed; null after an erasure. */
  private Customer360 apply(String topic, Customer360 c, Object value, Map<String, Tally> counted) {
    if (topic.equals(Topics.CUSTOMERS.name())) {
      return value == null ? null : c.withProfile((CustomerProfile) value).touchedAt(((CustomerProfile) value)
          .updatedAt());
    }
    if (topic.equals(Topics.CUSTOMER_VALUE.name())) {
      CustomerValue v = (CustomerValue) value;
      counted.putAll(EventTallies.valueChange(c.value(), v));
      return v == null ? c.withValue(null) : c.withValue(v).touchedAt(v.asOf());
    }
    if (topic.equals(Topics.CHURN_RISK.name())) {
      ChurnRisk r = (ChurnRisk) value;
      return r == null ? c.withRisk(null) : c.withRisk(r).touchedAt(r.asOf());
    }
    if (topic.equals(Topics.CHURN_WARNINGS.name())) {
      if (value == null) {
        return c;
      }
      counted.putAll(EventTallies.warning(c, (ChurnWarning) value));
      return fold.warning(c, (ChurnWarning) value);
    }
    if (topic.equals(Topics.INTERACTIONS.name()) && value != null) {
      CloudEvent event = (CloudEvent) value;
      Customer360 next = fold.interaction(c, event);
      if (next != c) {
        counted.putAll(EventTallies.interaction(c, event));
      }
      return next;
    }
    return c;
  }

  private void reindex(Customer360 before, Customer360 after) {
    String oldKey = before == null ? null : SegmentIndex.segmentKey(before);
    String newKey = after == null ? null : SegmentIndex.segmentKey(after);
    if (oldKey != null && !oldKey.equals(newKey)) {
      segments.delete(oldKey);
    }
    Set<String> oldCategories = before == null ? Set.of() : SegmentIndex.categoryKeys(before);
    Set<String> newCategories = after == null ? Set.of() : SegmentIndex.categoryKeys(after);
    oldCategories.stream().filter(k -> !newCategories.contains(k)).forEach(categories::delete);
    if (after != null) {
      SegmentRow row = after.row();
      segments.put(newKey, row);
      newCategories.forEach(k -> categories.put(k, row));
    }
  }
}
