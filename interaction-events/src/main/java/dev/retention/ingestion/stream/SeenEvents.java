package dev.retention.ingestion.stream;

import dev.retention.runtime.streams.DueIndexKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The idempotency keys (source + id) of the events a task has let through, each with the time it was received (the
 * raw record's timestamp), remembered for a horizon of that time.
 *
 * <p>Why received time and not the event's own time: a re-import of history (events from years ago) must meet the
 * copies of its first import, and a retry of a live event must meet the original; both are close in received time,
 * whatever their event times. Received time is the raw topic's record time, so the horizon is stream time of the
 * raw topic and replays of the raw topic decide the same way. (Below, "time" means received time.)
 *
 * <p>How long is "within the horizon": the task's watermark is the newest time it remembers. A key
 * counts as seen while its time is no more than the horizon behind the watermark; this is decided exactly, on
 * every lookup, so the result never depends on when {@link #expire()} last ran. An event that arrives more than the
 * horizon behind the watermark is accepted and not remembered: it is already beyond the horizon, so a copy of it
 * later would be accepted again too. The same holds for a copy of any event whose first copy fell behind the
 * horizon.
 *
 * <p>Storage: {@code seen} maps key to received time; {@code dueIndex} maps (time, key) to key, in time order.
 * {@link #expire()} reads the index from its oldest entry and stops at the first one still within the horizon, so
 * its cost is proportional to what expires, not to how many keys are remembered. The watermark is not stored on its
 * own: it is the time of the index's newest entry (the newest entry never expires, the horizon being positive), so
 * it survives restarts and rebalances with the stores' changelogs.
 *
 * <p>Why not a window store (the de-duplication example of kafka-streams-examples): a window store drops whole
 * segments once its observed time has passed them, so whether a key is still there depends on segment boundaries
 * (up to a segment interval beyond the horizon), and a lookup must guess the window of the copy's time. The two
 * key-value stores give an exact rule, and the index doubles as the watermark.
 * */
final class SeenEvents {

  /** Expired entries are deleted in batches of this size, so that a large expiry does not hold them all at once. */
  static final int EXPIRY_BATCH = 10_000;

  private final KeyValueStore<String, Long> seen;
  private final KeyValueStore<Bytes, String> dueIndex;
  private final long horizonMs;
  private Long watermark;

  SeenEvents(KeyValueStore<String, Long> seen, KeyValueStore<Bytes, String> dueIndex, Duration horizon) {
    this.seen = seen;
    this.dueIndex = dueIndex;
    this.horizonMs = horizon.toMillis();
  }

  /** True when an event with this idempotency key was let through within the horizon. */
  boolean contains(String idempotencyKey) {
    Long time = seen.get(idempotencyKey);
    return time != null && time >= cutoff();
  }

  /**
   * Remembers that the event with this key and received time was let through (replacing an expired earlier sighting).
   *
   * @return what to hand to {@link #undo} should the event fail further down
   */
  Sighting remember(String idempotencyKey, long timeMs) {
    Long previous = seen.get(idempotencyKey);
    Long previousWatermark = watermark();
    if (previous != null) {
      dueIndex.delete(DueIndexKey.of(previous, idempotencyKey));
    }
    if (timeMs < cutoff()) {
      if (previous != null) {
        seen.delete(idempotencyKey);
      }
    } else {
      seen.put(idempotencyKey, timeMs);
      dueIndex.put(DueIndexKey.of(timeMs, idempotencyKey), idempotencyKey);
      watermark = previousWatermark == null ? timeMs : Math.max(previousWatermark, timeMs);
    }
    return new Sighting(idempotencyKey, timeMs, previous, previousWatermark);
  }

  /** Forgets a sighting again, as if {@link #remember} had not been called. */
  void undo(Sighting sighting) {
    dueIndex.delete(DueIndexKey.of(sighting.timeMs(), sighting.idempotencyKey()));
    if (sighting.previousTimeMs() == null) {
      seen.delete(sighting.idempotencyKey());
    } else {
      seen.put(sighting.idempotencyKey(), sighting.previousTimeMs());
      dueIndex.put(DueIndexKey.of(sighting.previousTimeMs(), sighting.idempotencyKey()), sighting.idempotencyKey());
    }
    watermark = sighting.previousWatermark();
  }

  /**
   * Deletes every key that fell behind the horizon.
   *
   * @return how many keys were deleted
   */
  int expire() {
    Long current = watermark();
    if (current == null) {
      return 0;
    }
    Bytes end = DueIndexKey.before(cutoff());
    int deleted = 0;
    List<KeyValue<Bytes, String>> batch;
    do {
      batch = new ArrayList<>();
      try (KeyValueIterator<Bytes, String> due = dueIndex.range(DueIndexKey.before(Long.MIN_VALUE), end)) {
        while (due.hasNext() && batch.size() < EXPIRY_BATCH) {
          batch.add(due.next());
        }
      }
      for (KeyValue<Bytes, String> entry : batch) {
        dueIndex.delete(entry.key);
        Long time = seen.get(entry.value);
        if (time != null && time == DueIndexKey.time(entry.key)) {
          seen.delete(entry.value);
        }
      }
      deleted += batch.size();
    } while (batch.size() == EXPIRY_BATCH);
    return deleted;
  }

  /** The newest received time remembered, or null when nothing is. */
  Long watermark() {
    if (watermark == null) {
      try (KeyValueIterator<Bytes, String> newest = dueIndex.reverseAll()) {
        watermark = newest.hasNext() ? DueIndexKey.time(newest.next().key) : null;
      }
    }
    return watermark;
  }

  /** Keys with a received time before this are forgotten. */
  private long cutoff() {
    Long current = watermark();
    if (current == null) {
      return Long.MIN_VALUE;
    }
    long cutoff = current - horizonMs;
    return cutoff > current ? Long.MIN_VALUE : cutoff; // overflow: a horizon longer than all of time
  }

  /** One call of {@link #remember}, enough to {@link #undo} it. */
  record Sighting(String idempotencyKey, long timeMs, Long previousTimeMs, Long previousWatermark) {}
}
