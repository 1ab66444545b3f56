package dev.retention.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.ValueTier;
import dev.retention.contracts.topics.Topics;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectionPopulationTest {

  private static final int N = 10_000;

  @Test
  void shouldGiveTheSameCustomerForTheSameSeedAndIndex() {
    assertThat(ProjectionPopulation.value(17, 42)).isEqualTo(ProjectionPopulation.value(17, 42));
    assertThat(ProjectionPopulation.risk(17, 42)).isEqualTo(ProjectionPopulation.risk(17, 42));
    long differ = java.util.stream.IntStream.range(0, 100)
        .filter(i -> !ProjectionPopulation.value(i, 42).equals(ProjectionPopulation.value(i, 43))).count();
    assertThat(differ).isGreaterThan(90);
  }

  @Test
  void shouldNameCustomersSoThatKeyOrderIsIndexOrder() {
    assertThat(ProjectionPopulation.id(42)).isEqualTo("cust-0000042");
    assertThat(ProjectionPopulation.id(999_999).compareTo(ProjectionPopulation.id(1_000_000))).isNegative();
  }

  @Test
  void shouldSpreadTiersStagesAndCategoriesRoughlyAsDeclared() {
    Map<ValueTier, Integer> tiers = new EnumMap<>(ValueTier.class);
    Map<LifecycleStage, Integer> stages = new EnumMap<>(LifecycleStage.class);
    Set<String> categories = new HashSet<>();
    int risks = 0;
    for (int i = 0; i < N; i++) {
      CustomerValue v = ProjectionPopulation.value(i, 42);
      assertThat(v.customerId()).isEqualTo(ProjectionPopulation.id(i));
      tiers.merge(v.valueTier(), 1, Integer::sum);
      stages.merge(v.lifecycleStage(), 1, Integer::sum);
      assertThat(v.topCategories()).hasSizeBetween(1, 3);
      v.topCategories().forEach(c -> categories.add(c.id()));
      Optional<ChurnRisk> risk = ProjectionPopulation.risk(i, 42);
      if (risk.isPresent()) {
        risks++;
        assertThat(risk.get().customerId()).isEqualTo(v.customerId());
        assertThat(risk.get().level()).isEqualTo(risk.get().score() >= 70 ? RiskLevel.HIGH
            : risk.get().score() >= 40 ? RiskLevel.MEDIUM : RiskLevel.LOW);
      }
    }
    assertThat(tiers.get(ValueTier.HIGH)).isBetween(N * 17 / 100, N * 23 / 100);
    assertThat(tiers.get(ValueTier.MEDIUM)).isBetween(N * 27 / 100, N * 33 / 100);
    assertThat(tiers.get(ValueTier.LOW)).isBetween(N * 47 / 100, N * 53 / 100);
    assertThat(stages).containsOnlyKeys(LifecycleStage.values());
    assertThat(categories).containsExactlyInAnyOrderElementsOf(ProjectionPopulation.CATEGORIES);
    assertThat(risks).isBetween(N * (ProjectionPopulation.RISK_PERCENT - 3) / 100,
        N * (ProjectionPopulation.RISK_PERCENT + 3) / 100);
  }

  @Test
  void shouldRoundTripThroughTheCatalogSerdes() {
    for (int i = 0; i < 200; i++) {
      CustomerValue v = ProjectionPopulation.value(i, 7);
      byte[] json = Topics.CUSTOMER_VALUE.valueSerde().serializer().serialize(Topics.CUSTOMER_VALUE.name(), v);
      assertThat(Topics.CUSTOMER_VALUE.valueSerde().deserializer().deserialize(Topics.CUSTOMER_VALUE.name(), json))
          .isEqualTo(v);
      int index = i;
      ProjectionPopulation.risk(i, 7).ifPresent(r -> {
        byte[] riskJson = Topics.CHURN_RISK.valueSerde().serializer().serialize(Topics.CHURN_RISK.name(), r);
        assertThat(Topics.CHURN_RISK.valueSerde().deserializer().deserialize(Topics.CHURN_RISK.name(), riskJson))
            .as("risk of %d", index).isEqualTo(r);
      });
    }
  }

  @Test
  void shouldMapPercentsOntoTiersAndStagesAtTheBoundaries() {
    assertThat(ProjectionPopulation.tier(0)).isEqualTo(ValueTier.HIGH);
    assertThat(ProjectionPopulation.tier(19)).isEqualTo(ValueTier.HIGH);
    assertThat(ProjectionPopulation.tier(20)).isEqualTo(ValueTier.MEDIUM);
    assertThat(ProjectionPopulation.tier(50)).isEqualTo(ValueTier.LOW);
    assertThat(ProjectionPopulation.stage(0)).isEqualTo(LifecycleStage.NEW);
    assertThat(ProjectionPopulation.stage(10)).isEqualTo(LifecycleStage.ACTIVE);
    assertThat(ProjectionPopulation.stage(99)).isEqualTo(LifecycleStage.REACTIVATED);
  }
}
