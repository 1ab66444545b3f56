package dev.retention.ingestion.stream;

import java.time.Duration;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The idempotency keys (source + id) of the events a task has let through, each at the time it was received (the raw
 * record's timestamp), remembered for a horizon of that time.
 *
 * <p>Why received time and not the event's own time: a re-import of history (events from years ago) must meet the
 * copies of its first import, and a retry of a live event must meet the original; both are close in received time,
 * whatever their event times. Received time is the raw topic's record time, so the horizon runs on the raw
 * partition's stream time, and replays of the raw topic decide the same way.
 *
 * <p>The rule, decided exactly on every lookup: a key counts as seen while it was let through at a received time no
 * more than the horizon behind the task's stream time (the newest received time on the partition, kept by Kafka
 * Streams with the committed offsets, so it survives restarts and rebalances). An event that arrives more than the
 * horizon behind stream time is accepted and not remembered: it is already beyond the horizon, so a copy of it later
 * would be accepted again too. The same holds for a copy of any event whose first copy fell behind the horizon.
 *
 * <p>Storage: one window store, the entry (key, received time) with an empty value; retention is the horizon. One
 * write per event, so one changelog record (with a key-value store plus a time-ordered index, de-duplication was a
 * fifth of the validator's stream thread, profiled: two writes and two changelog records per event). The store drops
 * whole segments once stream time has passed them by the retention, which costs no lookups and no per-key deletes;
 * an entry may outlive the horizon by up to one segment (half the horizon), but a lookup only asks for the window
 * [stream time - horizon, stream time], so whether a key counts as seen never depends on when a segment was dropped.
 * The store's own stream time is the newest time put into it, never ahead of the task's, so nothing within the
 * horizon is ever dropped.
 */
final class SeenEvents {

  /** The value of every entry: what matters is that the entry exists, and its time. */
  private static final byte[] PRESENT = new byte[0];

  private final WindowStore<String, byte[]> store;
  private final long horizonMs;

  SeenEvents(WindowStore<String, byte[]> store, Duration horizon) {
    this.store = store;
    this.horizonMs = horizon.toMillis();
  }

  /** True when an event with this idempotency key was let through within the horizon of {@code streamTimeMs}. */
  boolean contains(String idempotencyKey, long streamTimeMs) {
    try (WindowStoreIterator<byte[]> sightings =
        store.fetch(idempotencyKey, cutoff(streamTimeMs), streamTimeMs)) {
      return sightings.hasNext();
    }
  }

  /**
   * Remembers that the event with this key and received time was let through, unless that time is already behind the
   * horizon.
   *
   * @return what to hand to {@link #undo} should the event fail further down
   */
  Sighting remember(String idempotencyKey, long timeMs, long streamTimeMs) {
    boolean remembered = timeMs >= cutoff(streamTimeMs);
    if (remembered) {
      store.put(idempotencyKey, PRESENT, timeMs);
    }
    return new Sighting(idempotencyKey, timeMs, remembered);
  }

  /** Forgets a sighting again, as if {@link #remember} had not been called. */
  void undo(Sighting sighting) {
    if (sighting.remembered()) {
      // no earlier sighting needs restoring: entries are never overwritten by a later one, only filtered by time
      store.put(sighting.idempotencyKey(), null, sighting.timeMs());
    }
  }

  /** Keys received before this are forgotten (record timestamps are never negative, so neither is the cutoff). */
  private long cutoff(long streamTimeMs) {
    return Math.max(0, streamTimeMs - horizonMs);
  }

  /** One call of {@link #remember}, enough to {@link #undo} it. */
  record Sighting(String idempotencyKey, long timeMs, boolean remembered) {}
}
