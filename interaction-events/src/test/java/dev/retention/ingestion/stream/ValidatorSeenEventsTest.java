package dev.retention.ingestion.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dedup memory on its own: what "within the horizon" means, undo, and restarts. */
class ValidatorSeenEventsTest {

  private static final Duration HORIZON = Duration.ofDays(7);
  private static final long T0 = Instant.parse("2026-03-01T09:30:00Z").toEpochMilli();
  private static final long H = HORIZON.toMillis();

  private WindowStore<String, byte[]> store;
  private SeenEvents seen;

  @BeforeEach
  void createStore() {
    MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    store = Stores.windowStoreBuilder(Stores.inMemoryWindowStore(ValidatorTopology.DEDUP_STORE,
        ValidatorTopology.dedupRetention(HORIZON), Duration.ofMillis(1), false), Serdes.String(), Serdes.ByteArray()).withLoggingDisabled().build();
    store.init(context.getStateStoreContext(), store);
    seen = new SeenEvents(store, HORIZON);
  }

  @Test
  void shouldCountAKeyAsSeenUntilStreamTimeIsMoreThanTheHorizonAhead() {
    seen.remember("a", T0, T0);

    assertThat(seen.contains("a", T0)).isTrue();
    assertThat(seen.contains("a", T0 + H)).as("exactly at the horizon").isTrue();
    assertThat(seen.contains("a", T0 + H + 1)).as("one millisecond behind it").isFalse();
    assertThat(seen.contains("never", T0)).isFalse();
  }

  @Test
  void shouldNotRememberAnEventThatArrivesAlreadyBehindTheHorizon() {
    SeenEvents.Sighting late = seen.remember("late", T0, T0 + 2 * H);

    assertThat(late.remembered()).isFalse();
    assertThat(seen.contains("late", T0 + 2 * H)).isFalse();
    assertThat(entries("late")).isZero();
  }

  @Test
  void shouldRememberAKeyAgainOnceItsFirstSightingWasForgotten() {
    seen.remember("a", T0, T0);
    assertThat(seen.contains("a", T0 + H + 2)).isFalse();

    seen.remember("a", T0 + H + 2, T0 + H + 2);

    assertThat(seen.contains("a", T0 + H + 2)).isTrue();
    assertThat(seen.contains("a", T0 + 2 * H + 2)).as("the new sighting has a horizon of its own").isTrue();
    assertThat(seen.contains("a", T0 + 2 * H + 3)).isFalse();
  }

  @Test
  void shouldDecideByReceivedTimeWhateverOrderTheRecordsCameIn() {
    seen.remember("newer", T0 + 5000, T0 + 5000);
    seen.remember("older", T0 + 1000, T0 + 5000); // out of order, still within the horizon

    assertThat(seen.contains("older", T0 + 1000 + H)).isTrue();
    assertThat(seen.contains("older", T0 + 1001 + H)).isFalse();
    assertThat(seen.contains("newer", T0 + 1001 + H)).isTrue();
  }

  @Test
  void shouldUndoASightingCompletely() {
    seen.remember("a", T0, T0);
    SeenEvents.Sighting sighting = seen.remember("b", T0 + 5000, T0 + 5000);

    seen.undo(sighting);

    assertThat(seen.contains("b", T0 + 5000)).isFalse();
    assertThat(seen.contains("a", T0 + 5000)).isTrue();
    assertThat(entries("b")).isZero();
  }

  @Test
  void shouldKeepAForgottenSightingForgottenWhenItsReplacementIsUndone() {
    seen.remember("a", T0, T0);
    SeenEvents.Sighting again = seen.remember("a", T0 + H + 2, T0 + H + 2);

    seen.undo(again);

    assertThat(seen.contains("a", T0 + H + 2)).isFalse();
    assertThat(entries("a")).as("nothing is restored: the first sighting was beyond the horizon").isZero();
  }

  @Test
  void shouldDecideTheSameWithANewInstanceOverTheSameStore() {
    seen.remember("a", T0, T0);

    SeenEvents restarted = new SeenEvents(store, HORIZON);

    assertThat(restarted.contains("a", T0 + H)).isTrue();
    assertThat(restarted.contains("a", T0 + H + 1)).isFalse();
  }

  @Test
  void shouldTreatAHorizonLongerThanAllOfTimeAsForever() {
    SeenEvents forever = new SeenEvents(store, Duration.ofMillis(Long.MAX_VALUE));
    forever.remember("a", 1, 1);

    assertThat(forever.contains("a", Long.MAX_VALUE - 1)).isTrue();
  }

  private int entries(String key) {
    int count = 0;
    try (WindowStoreIterator<byte[]> it = store.fetch(key, 0, Long.MAX_VALUE)) {
      while (it.hasNext()) {
        it.next();
        count++;
      }
    }
    return count;
  }
}
