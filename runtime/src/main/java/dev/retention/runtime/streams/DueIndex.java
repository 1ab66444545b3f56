package dev.retention.runtime.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A due-time index over a key-value store: ({@link DueIndexKey} of due time and key) to key, in time order, for
 * timers that fire on stream time. Each key has at most one entry, which its owner records next to its own state;
 * {@link #move} replaces it. {@link #dueUpTo} reads from the oldest entry and stops at the first one still in the
 * future, so a punctuation costs in proportion to the timers that are due, not to the number of keys.
 */
public final class DueIndex {

  /** Due entries are read in batches of this size, so that a large backlog is not held in memory at once. */
  public static final int BATCH = 10_000;

  private final KeyValueStore<Bytes, String> index;

  public DueIndex(KeyValueStore<Bytes, String> index) {
    this.index = index;
  }

  /** Replaces the key's entry at {@code from} (null: none) by one at {@code to} (null: none). */
  public void move(String key, Instant from, Instant to) {
    if (from != null && from.equals(to)) {
      return;
    }
    if (from != null) {
      index.delete(DueIndexKey.of(from.toEpochMilli(), key));
    }
    if (to != null) {
      index.put(DueIndexKey.of(to.toEpochMilli(), key), key);
    }
  }

  /** Up to {@link #BATCH} entries due at or before {@code timeMs}, oldest first; they stay in the index. */
  public List<Due> dueUpTo(long timeMs) {
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

  /** Removes one entry, whether or not its key still counts on it. */
  public void remove(Due due) {
    index.delete(DueIndexKey.of(due.at().toEpochMilli(), due.key()));
  }

  /** A key whose timer is due at {@code at}. */
  public record Due(Instant at, String key) {}
}
