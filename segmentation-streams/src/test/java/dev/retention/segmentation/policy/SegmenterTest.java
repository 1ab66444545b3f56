package dev.retention.segmentation.policy;

import static dev.retention.segmentation.Fixtures.days;
import static dev.retention.segmentation.Fixtures.event;
import static dev.retention.segmentation.Fixtures.item;
import static dev.retention.segmentation.Fixtures.purchase;
import static dev.retention.segmentation.Fixtures.purchasesAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.segments.FrequencyClass;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.ValueTier;
import dev.retention.segmentation.config.SegmentationConfig;
import dev.retention.segmentation.config.TierMode;
import dev.retention.segmentation.config.TierRules;
import dev.retention.segmentation.rfm.RfmDistribution;
import dev.retention.segmentation.rfm.RfmScore;
import dev.retention.segmentation.rfm.RfmValues;
import dev.retention.segmentation.state.CustomerFold;
import dev.retention.segmentation.state.CustomerState;
import dev.retention.segmentation.state.RankedItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmenterTest {

  private static final SegmentationConfig CONFIG = SegmentationConfig.DEFAULTS;
  private final Segmenter segmenter = new Segmenter(CONFIG);

  private static RfmDistribution population() {
    RfmDistribution.Builder b = new RfmDistribution.Builder(2);
    for (int i = 1; i <= 10; i++) {
      b.add(new RfmValues(i * 10L, i, BigDecimal.valueOf(i * 100L)));
    }
    return b.build();
  }

  @Test
  void shouldEvaluateEveryDefinitionForACustomer() {
    CustomerFold fold = new CustomerFold(CONFIG);
    CustomerState s = fold.initial();
    for (int i = 0; i < 7; i++) {
      s = fold.apply(s, event(days(10L * i), purchase("200.00", "EUR", item("sku-" + (i % 2), "books", 1,
          "200.00"))));
    }

    CustomerSegments v = segmenter.evaluate(s, days(65), segmenter.populationCuts(Optional.of(population())));

    assertThat(v.rfm()).isEqualTo(new RfmValues(5, 7, new BigDecimal("1400.00")));
    assertThat(v.scores()).isEqualTo(new RfmScore(5, 4, 5));
    assertThat(v.tier()).isEqualTo(ValueTier.HIGH);
    assertThat(v.frequencyClass()).isEqualTo(FrequencyClass.HIGH_FREQUENCY);
    assertThat(v.stage()).isEqualTo(LifecycleStage.ACTIVE);
    assertThat(v.topCategories()).containsExactly(new RankedItem("books", 7, new BigDecimal("1400.00")));
    assertThat(v.topProducts()).extracting(RankedItem::key).containsExactly("sku-0", "sku-1");
    assertThat(v.definitionsVersion()).isEqualTo(CONFIG.definitionsVersion());
    assertThat(v.metrics().recentPurchases()).isEqualTo(7);
  }

  @Test
  void shouldLeaveOutWhatHasNoAnswerYet() {
    CustomerSegments nobody = segmenter.evaluate(new CustomerFold(CONFIG).initial(), days(0),
        segmenter.populationCuts(Optional.empty()));
    assertThat(nobody.rfm()).isNull();
    assertThat(nobody.tier()).isNull();
    assertThat(nobody.stage()).isNull();
    assertThat(nobody.frequencyClass()).isNull();

    CustomerSegments unscored = segmenter.evaluate(purchasesAt(CONFIG, "10", 0), days(0),
        segmenter.populationCuts(Optional.empty()));
    assertThat(unscored.scores()).as("no population yet").isNull();
    assertThat(unscored.tier()).as("FIXED needs no population").isEqualTo(ValueTier.LOW);
    assertThat(unscored.stage()).isEqualTo(LifecycleStage.NEW);

    Segmenter percentile = new Segmenter(CONFIG.withTier(new TierRules(TierMode.PERCENTILE, BigDecimal.TEN,
        BigDecimal.ONE, 20, 30)));
    assertThat(percentile.evaluate(purchasesAt(CONFIG, "10", 0), days(0),
        percentile.populationCuts(Optional.empty())).tier()).isNull();
  }

  @Test
  void shouldLapseAtTheReviewTimeWithNoEventFromTheCustomer() {
    CustomerState s = purchasesAt(CONFIG, "10", 0, 10, 20, 100);
    PopulationCuts cuts = segmenter.populationCuts(Optional.empty());
    Instant now = days(100);

    while (segmenter.evaluate(s, now, cuts).stage() != LifecycleStage.LAPSED) {
      now = segmenter.nextReviewTime(s, now, cuts).orElseThrow();
    }

    assertThat(now).isEqualTo(days(280));
    assertThat(segmenter.nextReviewTime(s, now, cuts)).as("the LOW tier and the class stay").isEmpty();
  }

  @Test
  void shouldReviewAtTheFirstChangeOfTierClassOrStage() {
    CustomerState s = purchasesAt(CONFIG, "300", 0, 10, 20);    // MEDIUM until its spend leaves the window
    PopulationCuts cuts = segmenter.populationCuts(Optional.empty());
    LifecycleStagePolicy lifecycle = new LifecycleStagePolicy(CONFIG);
    FrequencyClassifier frequency = new FrequencyClassifier(CONFIG);

    Instant now = days(20);
    Optional<Instant> expected = Optional.of(lifecycle.nextReviewTime(s, now).orElseThrow()
        .isBefore(frequency.nextChangeTime(s, now).orElseThrow())
        ? lifecycle.nextReviewTime(s, now).orElseThrow()
        : frequency.nextChangeTime(s, now).orElseThrow());

    assertThat(segmenter.nextReviewTime(s, now, cuts)).isEqualTo(expected).contains(days(30));
  }
}
