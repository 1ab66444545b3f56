package dev.retention.segmentation.policy;

import static dev.retention.segmentation.Fixtures.days;
import static dev.retention.segmentation.Fixtures.event;
import static dev.retention.segmentation.Fixtures.purchasesAt;
import static dev.retention.segmentation.Fixtures.refund;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.segments.ValueTier;
import dev.retention.segmentation.config.SegmentationConfig;
import dev.retention.segmentation.config.TierMode;
import dev.retention.segmentation.config.TierRules;
import dev.retention.segmentation.rfm.RfmDistribution;
import dev.retention.segmentation.rfm.RfmValues;
import dev.retention.segmentation.state.CustomerFold;
import dev.retention.segmentation.state.CustomerState;
import dev.retention.segmentation.state.EventDays;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueTierPolicyTest {

  private static final SegmentationConfig FIXED = SegmentationConfig.DEFAULTS;
  private static final SegmentationConfig PERCENTILE = FIXED.withTier(new TierRules(TierMode.PERCENTILE,
      new BigDecimal("1000"), new BigDecimal("250"), 20, 30));

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  private static RfmDistribution spending(String... amounts) {
    RfmDistribution.Builder b = new RfmDistribution.Builder(2);
    for (String a : amounts) {
      b.add(new RfmValues(1, 1, new BigDecimal(a)));
    }
    return b.build();
  }

  @Test
  void shouldCutFixedTiersInclusivelyAtTheThresholds() {
    ValueTierPolicy policy = new ValueTierPolicy(FIXED);
    TierCuts cuts = policy.cuts(Optional.empty()).orElseThrow();

    assertThat(policy.tier(eur("1000.00"), cuts)).isEqualTo(ValueTier.HIGH);
    assertThat(policy.tier(eur("999.99"), cuts)).isEqualTo(ValueTier.MEDIUM);
    assertThat(policy.tier(eur("250.00"), cuts)).isEqualTo(ValueTier.MEDIUM);
    assertThat(policy.tier(eur("249.99"), cuts)).isEqualTo(ValueTier.LOW);
    assertThat(policy.tier(eur("0.00"), cuts)).isEqualTo(ValueTier.LOW);
  }

  @Test
  void shouldPutTheTopFifthHighAndTheNextThirtyPercentMedium() {
    ValueTierPolicy policy = new ValueTierPolicy(PERCENTILE);
    TierCuts cuts = policy.cuts(Optional.of(spending("10", "20", "30", "40", "50", "60", "70", "80", "90", "100")))
        .orElseThrow();

    assertThat(policy.tier(eur("100.00"), cuts)).isEqualTo(ValueTier.HIGH);
    assertThat(policy.tier(eur("90.00"), cuts)).isEqualTo(ValueTier.HIGH);
    assertThat(policy.tier(eur("80.00"), cuts)).isEqualTo(ValueTier.MEDIUM);
    assertThat(policy.tier(eur("60.00"), cuts)).isEqualTo(ValueTier.MEDIUM);
    assertThat(policy.tier(eur("50.00"), cuts)).isEqualTo(ValueTier.LOW);
    assertThat(cuts.highFrom()).as("just above the 80.00 bucket (80.00 to 80.31)").isEqualTo(eur("80.32"));
    assertThat(cuts.mediumFrom()).as("just above the 50.00 bucket (49.92 to 50.23)").isEqualTo(eur("50.24"));
  }

  @Test
  void shouldKeepTiedCustomersInOneTier() {
    ValueTierPolicy policy = new ValueTierPolicy(PERCENTILE);
    TierCuts cuts = policy.cuts(Optional.of(spending("0", "0", "0", "0", "0", "0", "0", "0", "0.50", "0.70")))
        .orElseThrow();

    assertThat(cuts).isEqualTo(new TierCuts(eur("0.01"), eur("0.01")));
    assertThat(policy.tier(eur("0.00"), cuts)).isEqualTo(ValueTier.LOW);
    assertThat(policy.tier(eur("0.50"), cuts)).isEqualTo(ValueTier.HIGH);
  }

  @Test
  void shouldHaveNoPercentileCutsWithoutAPopulation() {
    ValueTierPolicy policy = new ValueTierPolicy(PERCENTILE);

    assertThat(policy.cuts(Optional.empty())).isEmpty();
    assertThat(policy.cuts(Optional.of(RfmDistribution.empty(2)))).isEmpty();
  }

  @Test
  void shouldDropATierWhenSpendLeavesTheValueWindow() {
    ValueTierPolicy policy = new ValueTierPolicy(FIXED);
    TierCuts cuts = policy.cuts(Optional.empty()).orElseThrow();
    CustomerState s = purchasesAt(FIXED, "1000.00", 0);
    Instant leaves = EventDays.startOf(EventDays.dayOf(days(0)) + 364);

    assertThat(policy.tier(s, leaves.minusMillis(1), cuts)).contains(ValueTier.HIGH);
    assertThat(policy.tier(s, leaves, cuts)).contains(ValueTier.LOW);
    assertThat(policy.nextChangeTime(s, days(10), cuts)).contains(leaves);
  }

  @Test
  void shouldValueNetOfRefunds() {
    ValueTierPolicy policy = new ValueTierPolicy(FIXED);
    CustomerState s = new CustomerFold(FIXED).apply(purchasesAt(FIXED, "1000.00", 0),
        event(days(1), refund("0.01", "EUR")));

    assertThat(policy.tier(s, days(1), policy.cuts(Optional.empty()).orElseThrow())).contains(ValueTier.MEDIUM);
  }
}
