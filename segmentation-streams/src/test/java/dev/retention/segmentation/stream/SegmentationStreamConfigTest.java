package dev.retention.segmentation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.runtime.config.ConfigDoc;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.Settings;
import dev.retention.segmentation.config.SegmentationConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentationStreamConfigTest {

  @Test
  void shouldResolveTheDocumentedDefaults() {
    SegmentationStreamConfig config =
        SegmentationStreamConfig.from(Settings.of().resolve(SegmentationStreamConfig.settings()));

    assertThat(config).isEqualTo(SegmentationStreamConfig.DEFAULTS);
    assertThat(config.definitions()).isEqualTo(SegmentationConfig.DEFAULTS);
  }

  @Test
  void shouldRefuseANonPositiveTimerInterval() {
    assertThatThrownBy(() -> new SegmentationStreamConfig(SegmentationConfig.DEFAULTS, Duration.ofDays(1),
        Duration.ZERO, Duration.ofDays(1)))
        .hasMessageContaining("segmentation.timer.interval");
  }

  @Test
  void shouldRefuseMoreFavouritesThanTheContractAllows() {
    assertThatThrownBy(() -> SegmentationConfig.from(Settings.of(ConfigSource.overrides(Map.of("segmentation.preferences.top", "11")))
        .resolve(SegmentationConfig.settings())))
        .hasMessageContaining("segmentation.preferences.top");
  }

  @Test
  void shouldDocumentTheTopologySettingsInTheModuleReadme() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

    assertThat(readme).contains(ConfigDoc.markdown(List.of(SegmentationStreamConfig.LATE_GRACE,
        SegmentationStreamConfig.TIMER_INTERVAL, SegmentationStreamConfig.DISTRIBUTION_INTERVAL)));
  }
}
