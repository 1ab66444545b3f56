package dev.retention.ingestion.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.runtime.streams.DueIndexKey;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dedup memory on its own: what "within the horizon" means, expiry, undo, and restarts. */
class ValidatorSeenEventsTest {

  private static final Duration HORIZON = Duration.ofDays(7);
  private static final long T0 = Instant.parse("2026-03-01T09:30:00Z").toEpochMilli();
  private static final long H = HORIZON.toMillis();

  private KeyValueStore<String, Long> seenStore;
  private KeyValueStore<Bytes, String> dueIndex;
  private SeenEvents seen;

  @BeforeEach
  void createStores() {
    MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    seenStore = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(ValidatorTopology.DEDUP_STORE),
        Serdes.String(), Serdes.Long()).withLoggingDisabled().build();
    dueIndex = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(ValidatorTopology.DEDUP_DUE_INDEX),
        Serdes.Bytes(), Serdes.String()).withLoggingDisabled().build();
    seenStore.init(context.getStateStoreContext(), seenStore);
    dueIndex.init(context.getStateStoreContext(), dueIndex);
    seen = new SeenEvents(seenStore, dueIndex, HORIZON);
  }

  @Test
  void shouldCountAKeyAsSeenUntilTheNewestEventIsMoreThanTheHorizonAhead() {
    seen.remember("a", T0);
    seen.remember("b", T0 + H);
    assertThat(seen.contains("a")).as("exactly at the horizon").isTrue();

    seen.remember("c", T0 + H + 1);
    assertThat(seen.contains("a")).as("one millisecond behind it, before any expiry ran").isFalse();
    assertThat(seen.contains("b")).isTrue();
    assertThat(seen.contains("never")).isFalse();
  }

  @Test
  void shouldNotRememberAnEventThatArrivesAlreadyBehindTheHorizon() {
    seen.remember("new", T0 + 2 * H);
    seen.remember("late", T0);

    assertThat(seen.contains("late")).isFalse();
    assertThat(seenStore.get("late")).isNull();
    assertThat(seen.watermark()).isEqualTo(T0 + 2 * H);
  }

  @Test
  void shouldReplaceAForgottenSightingWithTheNewOne() {
    seen.remember("a", T0);
    seen.remember("b", T0 + H + 1);
    seen.remember("a", T0 + H + 2);

    assertThat(seen.contains("a")).isTrue();
    assertThat(seenStore.get("a")).isEqualTo(T0 + H + 2);
    assertThat(dueIndex.get(DueIndexKey.of(T0, "a"))).isNull();
    assertThat(dueIndex.get(DueIndexKey.of(T0 + H + 2, "a"))).isEqualTo("a");
  }

  @Test
  void shouldExpireOnlyWhatFellBehindTheHorizonFromBothStores() {
    seen.remember("a", T0);
    seen.remember("b", T0 + 1000);
    seen.remember("c", T0 + 2000);
    seen.remember("d", T0 + H + 1500);

    assertThat(seen.expire()).isEqualTo(2);
    assertThat(seenStore.get("a")).isNull();
    assertThat(seenStore.get("b")).isNull();
    assertThat(seenStore.get("c")).isEqualTo(T0 + 2000);
    assertThat(seenStore.approximateNumEntries()).isEqualTo(2);
    assertThat(dueIndex.approximateNumEntries()).isEqualTo(2);
    assertThat(seen.expire()).as("nothing more is due").isZero();
  }

  @Test
  void shouldExpireMoreThanOneBatch() {
    int count = SeenEvents.EXPIRY_BATCH * 2 + 7;
    for (int i = 0; i < count; i++) {
      seen.remember("k" + i, T0 + i);
    }
    seen.remember("newest", T0 + count + H);

    assertThat(seen.expire()).isEqualTo(count);
    assertThat(seenStore.approximateNumEntries()).isEqualTo(1);
    assertThat(dueIndex.approximateNumEntries()).isEqualTo(1);
  }

  @Test
  void shouldOrderTheDueIndexByTimeIncludingTimesBeforeTheEpoch() {
    seen.remember("later", 5_000);
    seen.remember("before-1970", -5_000);
    seen.remember("epoch", 0);

    assertThat(DueIndexKey.of(-5_000, "z").compareTo(DueIndexKey.of(0, "a"))).isNegative();
    assertThat(DueIndexKey.of(0, "z").compareTo(DueIndexKey.of(5_000, "a"))).isNegative();
    assertThat(DueIndexKey.time(DueIndexKey.of(-5_000, "x"))).isEqualTo(-5_000);
    assertThat(seen.watermark()).isEqualTo(5_000);
  }

  @Test
  void shouldUndoASightingCompletely() {
    seen.remember("a", T0);
    SeenEvents.Sighting sighting = seen.remember("b", T0 + 5000);

    seen.undo(sighting);

    assertThat(seen.contains("b")).isFalse();
    assertThat(seen.contains("a")).isTrue();
    assertThat(seen.watermark()).isEqualTo(T0);
    assertThat(dueIndex.approximateNumEntries()).isEqualTo(1);
  }

  @Test
  void shouldUndoTheReplacementOfAForgottenSighting() {
    seen.remember("a", T0);
    seen.remember("b", T0 + H + 1);
    SeenEvents.Sighting again = seen.remember("a", T0 + H + 2);

    seen.undo(again);

    assertThat(seenStore.get("a")).isEqualTo(T0);
    assertThat(dueIndex.get(DueIndexKey.of(T0, "a"))).isEqualTo("a");
    assertThat(seen.watermark()).isEqualTo(T0 + H + 1);
  }

  @Test
  void shouldRestoreTheWatermarkFromTheStoresAfterARestart() {
    seen.remember("a", T0);
    seen.remember("b", T0 + H);

    SeenEvents restarted = new SeenEvents(seenStore, dueIndex, HORIZON);

    assertThat(restarted.watermark()).isEqualTo(T0 + H);
    assertThat(restarted.contains("a")).isTrue();
    restarted.remember("c", T0 + H + 1);
    assertThat(restarted.contains("a")).isFalse();
  }
}
