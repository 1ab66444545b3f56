package dev.retention.churn.stream;

import dev.retention.runtime.streams.DueIndexKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The due-time index: (due time, customer id) to customer id, in time order; each customer has at most one entry,
 * the one recorded as {@link CustomerBook#due()}. A tick reads from the oldest entry and stops at the first one still
 * in the future, so its cost is proportional to the timers due, not to the number of customers.
 */
final class ChurnTimers {

  /** Due entries are read in batches, so a large backlog is not held in memory at once. */
  static final int BATCH = 10_000;

  private final KeyValueStore<Bytes, String> index;

  ChurnTimers(KeyValueStore<Bytes, String> index) {
    this.index = index;
  }

  /** Replaces the customer's entry at {@code from} (null: none) by one at {@code to} (null: none). */
  void move(String customerId, Instant from, Instant to) {
    if (from != null && from.equals(to)) {
      return;
    }
    if (from != null) {
      index.delete(DueIndexKey.of(from.toEpochMilli(), customerId));
    }
    if (to != null) {
      index.put(DueIndexKey.of(to.toEpochMilli(), customerId), customerId);
    }
  }

  /** Up to {@link #BATCH} entries due at or before {@code timeMs}, oldest first; they stay in the index. */
  List<Due> dueUpTo(long timeMs) {
    List<Due> due = new ArrayList<>();
    Bytes end = timeMs == Long.MAX_VALUE ? null : DueIndexKey.before(timeMs + 1);
    try (KeyValueIterator<Bytes, String> it = index.range(DueIndexKey.before(Long.MIN_VALUE), end)) {
      while (it.hasNext() && due.size() < BATCH) {
        KeyValue<Bytes, String> entry = it.next();
        due.add(new Due(Instant.ofEpochMilli(DueIndexKey.time(entry.key)), entry.value));
      }
    }
    return due;
  }

  void remove(Due due) {
    index.delete(DueIndexKey.of(due.at().toEpochMilli(), due.customerId()));
  }

  /** A customer whose evaluation is due at {@code at}. */
  record Due(Instant at, String customerId) {}
}
