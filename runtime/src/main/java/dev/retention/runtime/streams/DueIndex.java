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
 *
 * <p>Where a scan starts matters as much: every timer that fired and moved on leaves a RocksDB tombstone at the low end
 * of the index, and a scan from the very beginning steps over all of them until compaction removes them. Replaying
 * two years of events, that made each tick cost more than processing the records between ticks (profiled: the stream
 * thread at 100 % in the iterator's seek). So the index keeps, in memory, a floor below which it holds no entry: the
 * oldest entry the last scan met (or the scan's end, when nothing was due), lowered by every entry added below it.
 * Scans start at the floor. After a restart the floor is unknown and the first scan starts at the beginning.
 */
public final class DueIndex {

  /** Due entries are read in batches of this size, so that a large backlog is not held in memory at once. */
  public static final int BATCH = 10_000;

  private final KeyValueStore<Bytes, String> index;
  /** No entry is due before this (epoch ms); {@code Long.MIN_VALUE} when not known. */
  private long floor = Long.MIN_VALUE;

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
      floor = Math.min(floor, to.toEpochMilli());
    }
  }

  /** Up to {@link #BATCH} entries due at or before {@code timeMs}, oldest first; they stay in the index. */
  public List<Due> dueUpTo(long timeMs) {
    List<Due> due = new ArrayList<>();
    Bytes end = timeMs == Long.MAX_VALUE ? null : DueIndexKey.before(timeMs + 1);
    try (KeyValueIterator<Bytes, String> it = index.range(DueIndexKey.before(floor), end)) {
      while (it.hasNext() && due.size() < BATCH) {
        KeyValue<Bytes, String> entry = it.next();
        due.add(new Due(Instant.ofEpochMilli(DueIndexKey.time(entry.key)), entry.value));
      }
    }
    if (!due.isEmpty()) {
      floor = due.get(0).at().toEpochMilli();
    } else if (timeMs != Long.MAX_VALUE) {
      floor = Math.max(floor, timeMs + 1);
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
