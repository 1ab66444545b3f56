package dev.retention.segmentation.state;

import static dev.retention.segmentation.Fixtures.day;
import static dev.retention.segmentation.Fixtures.days;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PurchaseSummaryTest {

  private static final Duration LAPSE = Duration.ofDays(180);
  private static final BigDecimal TEN = new BigDecimal("10.00");

  private static PurchaseSummary at(Instant... times) {
    PurchaseSummary p = PurchaseSummary.empty(2);
    for (Instant t : times) {
      p = p.withPurchase(t, TEN, 8, LAPSE);
    }
    return p;
  }

  @Test
  void shouldKeepFirstLastAndTotalsInAnyOrder() {
    PurchaseSummary p = at(days(10), days(0), days(5)).withRefund(new BigDecimal("4.00"));

    assertThat(p.first()).isEqualTo(days(0));
    assertThat(p.last()).isEqualTo(days(10));
    assertThat(p.count()).isEqualTo(3);
    assertThat(p.spend()).isEqualTo(new BigDecimal("30.00"));
    assertThat(p.refunds()).isEqualTo(1);
    assertThat(p.refunded()).isEqualTo(new BigDecimal("4.00"));
    assertThat(p.recent()).containsExactly(days(0), days(5), days(10));
  }

  @Test
  void shouldTakeTheMedianGapAsTheTypicalInterval() {
    assertThat(at(days(0), days(10), days(40), days(50)).typicalInterval(3))
        .as("gaps 10, 30, 10").contains(Duration.ofDays(10));
    assertThat(at(days(0), days(10), days(40)).typicalInterval(3))
        .as("gaps 10, 30: the mean of the middle two").contains(Duration.ofDays(20));
    assertThat(at(days(0), days(10)).typicalInterval(3)).as("too few purchases").isEmpty();
    assertThat(at(days(0), days(10)).typicalInterval(2)).contains(Duration.ofDays(10));
  }

  @Test
  void shouldKeepOnlyTheNewestTimesForTheInterval() {
    PurchaseSummary p = PurchaseSummary.empty(2);
    for (int i = 0; i < 20; i++) {
      p = p.withPurchase(days(i * 7L), TEN, 8, LAPSE);
    }
    p = p.withPurchase(days(-100), TEN, 8, LAPSE); // late and older than every kept time

    assertThat(p.recent()).hasSize(9).first().isEqualTo(days(11 * 7));
    assertThat(p.count()).isEqualTo(21);
    assertThat(p.first()).isEqualTo(days(-100));
    assertThat(p.typicalInterval(3)).contains(Duration.ofDays(7));
  }

  @Test
  void shouldCountAPurchaseExactlyOneLapseLaterAsAReactivation() {
    assertThat(at(days(0), days(180)).reactivatedAt()).isEqualTo(days(180));
    assertThat(at(days(0), days(180).minusMillis(1)).reactivatedAt()).isNull();
    assertThat(at(days(0)).reactivatedAt()).as("a first purchase is not a reactivation").isNull();
    assertThat(at(days(0), days(200), days(210)).reactivatedAt()).isEqualTo(days(200));
    assertThat(at(days(0), days(200), days(210), days(500)).reactivatedAt()).isEqualTo(days(500));
  }

  @Test
  void shouldUndoAReactivationWhenALatePurchaseFallsIntoTheLapse() {
    PurchaseSummary p = at(days(0), days(200)).withPurchase(days(100), TEN, 8, LAPSE);

    assertThat(p.reactivatedAt()).isNull();
    assertThat(at(days(0), days(100), days(200)).reactivatedAt()).isNull();
  }

  @Test
  void shouldFindALatePurchaseThatWasItselfAReactivation() {
    PurchaseSummary p = at(days(0), day(300.5)).withPurchase(days(300), TEN, 8, LAPSE);

    assertThat(p.reactivatedAt()).isEqualTo(days(300));
    assertThat(at(days(0), days(300), day(300.5)).reactivatedAt()).isEqualTo(days(300));
  }
}
