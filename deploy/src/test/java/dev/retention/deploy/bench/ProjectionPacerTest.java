package dev.retention.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectionPacerTest {

  @Test
  void shouldMakeEachEventDueAtItsShareOfASecond() {
    ProjectionPacer pacer = new ProjectionPacer(5000, 50_000, 20);
    assertThat(pacer.dueAt(0)).isZero();
    assertThat(pacer.dueAt(1)).isEqualTo(200_000);
    assertThat(pacer.dueAt(5000)).isEqualTo(1_000_000_000L);
    assertThat(pacer.dueBy(0)).isEqualTo(1);
    assertThat(pacer.dueBy(199_999)).isEqualTo(1);
    assertThat(pacer.dueBy(200_000)).isEqualTo(2);
    assertThat(pacer.dueBy(999_999_999L)).isEqualTo(5000);
    assertThat(pacer.dueBy(-1)).isZero();
  }

  @Test
  void shouldAgreeBetweenDueAtAndDueByForRatesThatDoNotDivideASecond() {
    for (int rate : new int[] {1, 3, 7, 333, 4999}) {
      ProjectionPacer pacer = new ProjectionPacer(rate, 10_000, 1);
      for (long i = 0; i < 2000; i++) {
        long at = pacer.dueAt(i);
        assertThat(pacer.dueBy(at)).as("rate %d, event %d", rate, i).isEqualTo(Math.min(10_000, i + 1));
        if (at > 0) {
          assertThat(pacer.dueBy(at - 1)).as("rate %d, event %d", rate, i).isEqualTo(i);
        }
      }
    }
  }

  @Test
  void shouldNeverCountMoreThanTheTotal() {
    assertThat(new ProjectionPacer(100, 250, 5).dueBy(60_000_000_000L)).isEqualTo(250);
  }

  @Test
  void shouldMakeEveryStrideThEventAProbe() {
    ProjectionPacer pacer = new ProjectionPacer(5000, 50_000, 20);
    assertThat(pacer.probeStride()).isEqualTo(250);
    assertThat(pacer.isProbe(0)).isTrue();
    assertThat(pacer.isProbe(249)).isFalse();
    assertThat(pacer.isProbe(250)).isTrue();
    assertThat(pacer.probes()).isEqualTo(200);
    assertThat(new ProjectionPacer(10, 25, 50).probeStride()).isEqualTo(1);
    assertThat(new ProjectionPacer(10, 25, 50).probes()).isEqualTo(25);
    assertThat(new ProjectionPacer(10, 0, 5).probes()).isZero();
  }

  @Test
  void shouldDriveEveryIndexOnceInOrder() {
    List<Long> sent = new ArrayList<>();
    double seconds = new ProjectionPacer(100_000, 500, 1).drive(sent::add);
    assertThat(sent).hasSize(500).isSorted().doesNotHaveDuplicates();
    assertThat(sent.get(499)).isEqualTo(499);
    assertThat(seconds).isGreaterThanOrEqualTo(499 / 100_000.0);
  }

  @Test
  void shouldRefuseARateBelowOne() {
    assertThatThrownBy(() -> new ProjectionPacer(0, 10, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
