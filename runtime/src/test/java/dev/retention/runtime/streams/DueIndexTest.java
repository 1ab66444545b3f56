package dev.retention.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The due-time index: what is due, in order, also after scans moved its floor and entries arrived below it. */
class DueIndexTest {

  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  private KeyValueStore<Bytes, String> store;
  private DueIndex index;

  @BeforeEach
  void createIndex() {
    store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("due"), Serdes.Bytes(), Serdes.String())
        .withLoggingDisabled().build();
    store.init(new MockProcessorContext<>().getStateStoreContext(), store);
    index = new DueIndex(store);
  }

  @Test
  void shouldReturnWhatIsDueOldestFirstAndNothingInTheFuture() {
    index.move("b", null, T0.plusSeconds(20));
    index.move("a", null, T0.plusSeconds(10));
    index.move("c", null, T0.plusSeconds(30));

    assertThat(index.dueUpTo(T0.plusSeconds(20).toEpochMilli())).containsExactly(
        new DueIndex.Due(T0.plusSeconds(10), "a"), new DueIndex.Due(T0.plusSeconds(20), "b"));
    assertThat(index.dueUpTo(T0.toEpochMilli())).isEmpty();
  }

  @Test
  void shouldFindAnEntryAddedBelowWhereTheLastScanStarted() {
    index.move("a", null, T0.plusSeconds(100));
    assertThat(index.dueUpTo(T0.plusSeconds(50).toEpochMilli())).isEmpty(); // the floor moves past 50 s

    index.move("late", null, T0.plusSeconds(5)); // due in the past: the next scan must still see it

    assertThat(index.dueUpTo(T0.plusSeconds(60).toEpochMilli()))
        .containsExactly(new DueIndex.Due(T0.plusSeconds(5), "late"));
  }

  @Test
  void shouldKeepFindingEntriesAsTimersFireAndMoveOn() {
    for (int i = 0; i < 50; i++) {
      index.move("k" + i, null, T0.plusSeconds(i));
    }
    for (int tick = 0; tick < 50; tick += 7) {
      List<DueIndex.Due> due = index.dueUpTo(T0.plusSeconds(tick).toEpochMilli());
      for (DueIndex.Due d : due) {
        index.move(d.key(), d.at(), d.at().plusSeconds(100)); // fired: next due later
      }
      Instant now = T0.plusSeconds(tick);
      assertThat(due).allSatisfy(d -> assertThat(d.at()).isBeforeOrEqualTo(now));
    }
    assertThat(index.dueUpTo(T0.plusSeconds(149).toEpochMilli())).hasSize(50);
    assertThat(store.approximateNumEntries()).isEqualTo(50);
  }

  @Test
  void shouldStartFromTheBeginningWithANewInstanceOverTheSameStore() {
    index.move("a", null, T0.plusSeconds(10));
    index.dueUpTo(T0.plusSeconds(5).toEpochMilli());

    DueIndex restarted = new DueIndex(store);
    store.put(DueIndexKey.of(T0.toEpochMilli(), "written-before"), "written-before");

    assertThat(restarted.dueUpTo(T0.plusSeconds(10).toEpochMilli())).extracting(DueIndex.Due::key)
        .containsExactly("written-before", "a");
  }
}
