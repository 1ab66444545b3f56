package dev.retention.projection.feed;

import static dev.retention.projection.Fixtures.days;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.projection.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningRingTest {

  private static ChurnWarning warning(int i) {
    return Fixtures.raised("c-" + i, "w-" + i, days(i), Fixtures.reason(RiskSignal.NPS_DETRACTOR, 50, "NPS 3"));
  }

  @Test
  void shouldReplayWhatCameAfterTheLastEventIdThenDeliverLive() {
    WarningRing ring = new WarningRing(10);
    ring.add(warning(1));
    ring.add(warning(2));
    ring.add(warning(3));
    List<String> seen = new ArrayList<>();

    Runnable stop = ring.subscribe("w-1/raised", w -> seen.add(w.eventId()));
    ring.add(warning(4));
    ring.add(warning(4)); // read twice: delivered once
    stop.run();
    ring.add(warning(5));

    assertThat(seen).containsExactly("w-2/raised", "w-3/raised", "w-4/raised");
  }

  @Test
  void shouldKeepOnlyTheNewestAndReplayAllForAnIdNoLongerHeld() {
    WarningRing ring = new WarningRing(2);
    for (int i = 1; i <= 4; i++) {
      ring.add(warning(i));
    }
    assertThat(ring.after("w-1/raised")).extracting(ChurnWarning::eventId).containsExactly("w-3/raised",
        "w-4/raised");
    assertThat(ring.after(null)).hasSize(2);
  }
}
