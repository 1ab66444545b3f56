package dev.retention.segmentation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.runtime.config.ConfigDoc;
import dev.retention.runtime.config.ConfigException;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.Setting;
import dev.retention.runtime.config.Settings;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentationConfigTest {

  private static SegmentationConfig resolve(Map<String, String> overrides) {
    return SegmentationConfig.from(Settings.of(ConfigSource.overrides(overrides))
        .resolve(SegmentationConfig.settings()));
  }

  @Test
  void shouldHaveTheDocumentedDefaults() {
    SegmentationConfig c = SegmentationConfig.DEFAULTS;

    assertThat(c.currency().reportingCurrency()).isEqualTo("EUR");
    assertThat(c.currency().rates()).containsEntry("USD", new BigDecimal("0.86"));
    assertThat(c.currency().scale()).isEqualTo(2);
    assertThat(c.windows()).isEqualTo(new Windows(364, 90, 104));
    assertThat(c.windows().dailyWeeks()).isEqualTo(53);
    assertThat(c.tier()).isEqualTo(new TierRules(TierMode.FIXED, new BigDecimal("1000"), new BigDecimal("250"), 20,
        30));
    assertThat(c.frequency()).isEqualTo(new FrequencyRules(6, new BigDecimal("2"), 3, 8, Duration.ofDays(90)));
    assertThat(c.lifecycle()).isEqualTo(new LifecycleRules(Duration.ofDays(30), Duration.ofDays(180),
        Duration.ofDays(90), Duration.ofDays(365), 4, 50, 2));
    assertThat(c.preferences()).isEqualTo(new PreferenceRules(5, 10));
  }

  @Test
  void shouldDeriveEveryEnvironmentVariableFromTheName() {
    for (Setting<?> s : SegmentationConfig.settings()) {
      assertThat(s.name()).startsWith("segmentation.");
      assertThat(s.envVar()).isEqualTo(Setting.envVarFor(s.name()));
      assertThat(s.defaultValue()).as(s.name()).isPresent();
    }
    assertThat(SegmentationConfig.LAPSED_AFTER.envVar()).isEqualTo("RETENTION_SEGMENTATION_LIFECYCLE_LAPSED_AFTER");
    assertThat(new HashSet<>(SegmentationConfig.settings())).hasSameSizeAs(SegmentationConfig.settings());
  }

  @Test
  void shouldReadEveryDefinitionFromConfiguration() {
    SegmentationConfig c = resolve(Map.of(
        "segmentation.tier.mode", "percentile",
        "segmentation.currency.rates", "USD=0.9, GBP=1.2",
        "segmentation.lifecycle.lapsed-after", "120d",
        "segmentation.window.activity", "P60D",
        "segmentation.frequency.overdue-factor", "2.5"));

    assertThat(c.tier().mode()).isEqualTo(TierMode.PERCENTILE);
    assertThat(c.currency().rates()).containsOnlyKeys("GBP", "USD");
    assertThat(c.lifecycle().lapsedAfter()).isEqualTo(Duration.ofDays(120));
    assertThat(c.windows().activityDays()).isEqualTo(60);
    assertThat(c.frequency().overdueFactor()).isEqualByComparingTo("2.5");
  }

  @Test
  void shouldReportEveryBadValueAtOnce() {
    assertThatThrownBy(() -> resolve(Map.of(
        "segmentation.currency.reporting", "euro",
        "segmentation.currency.rates", "USD=abc",
        "segmentation.tier.mode", "RANDOM",
        "segmentation.window.value", "36h",
        "segmentation.frequency.overdue-factor", "0.5")))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).problems()).hasSize(5))
        .hasMessageContaining("segmentation.currency.reporting")
        .hasMessageContaining("must be a decimal number such as 0.86")
        .hasMessageContaining("must be FIXED or PERCENTILE")
        .hasMessageContaining("must be a whole number of days")
        .hasMessageContaining("at least 1");
  }

  @Test
  void shouldRefuseDefinitionsThatDoNotFitTogether() {
    assertThatThrownBy(() -> resolve(Map.of("segmentation.tier.high-spend", "100")))
        .hasMessageContaining("HIGH spend threshold (100) must be above the MEDIUM one (250)");
    assertThatThrownBy(() -> resolve(Map.of("segmentation.lifecycle.new-for", "200d")))
        .hasMessageContaining("lapsedAfter");
    assertThatThrownBy(() -> resolve(Map.of("segmentation.history.weeks", "52")))
        .hasMessageContaining("at least 53 weeks");
    assertThatThrownBy(() -> resolve(Map.of("segmentation.frequency.min-purchases", "12")))
        .hasMessageContaining("interval sample");
    assertThatThrownBy(() -> resolve(Map.of("segmentation.tier.high-percent", "80",
        "segmentation.tier.medium-percent", "30")))
        .hasMessageContaining("at most 100");
  }

  @Test
  void shouldNameTheSameDefinitionsTheSameHoweverWritten() {
    SegmentationConfig a = resolve(Map.of("segmentation.lifecycle.lapsed-after", "180d",
        "segmentation.tier.high-spend", "1000"));
    SegmentationConfig b = resolve(Map.of("segmentation.lifecycle.lapsed-after", "P180D",
        "segmentation.tier.high-spend", "1000.00"));

    assertThat(a.definitionsVersion()).isEqualTo(b.definitionsVersion())
        .isEqualTo(SegmentationConfig.DEFAULTS.definitionsVersion())
        .matches("d1-[0-9a-f]{12}");
  }

  @Test
  void shouldNameChangedDefinitionsDifferently() {
    String defaults = SegmentationConfig.DEFAULTS.definitionsVersion();

    assertThat(resolve(Map.of("segmentation.lifecycle.lapsed-after", "181d")).definitionsVersion())
        .isNotEqualTo(defaults);
    assertThat(resolve(Map.of("segmentation.currency.rates", "USD=0.87")).definitionsVersion())
        .isNotEqualTo(defaults);
    assertThat(resolve(Map.of("segmentation.tier.mode", "PERCENTILE")).definitionsVersion())
        .isNotEqualTo(defaults);
  }

  @Test
  void shouldDocumentEverySettingInTheModuleReadme() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

    assertThat(readme).contains(ConfigDoc.markdown(SegmentationConfig.settings()));
  }
}
