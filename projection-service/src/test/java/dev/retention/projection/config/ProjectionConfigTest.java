package dev.retention.projection.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.projection.ProjectionServer;
import dev.retention.runtime.config.ConfigDoc;
import dev.retention.runtime.config.ConfigException;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.Settings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectionConfigTest {

  private static ProjectionConfig resolve(Map<String, String> values) {
    return ProjectionConfig.from(Settings.of(ConfigSource.overrides(values)).resolve(ProjectionConfig.settings()));
  }

  @Test
  void shouldDefaultEverythingButTheKeyFile() {
    ProjectionConfig config = resolve(Map.of("projection.api-keys.file", "/run/secrets/analysts"));
    assertThat(config.apiKeysFile()).isEqualTo(Path.of("/run/secrets/analysts"));
    assertThat(config.advertisedServer()).isEmpty();
    assertThat(config.timelineLength()).isEqualTo(20);
    assertThat(config.defaultPageSize()).isEqualTo(50);
    assertThat(config.maxPageSize()).isEqualTo(1000);
    assertThat(config.allowStale()).isTrue();
  }

  @Test
  void shouldRefuseMissingAndBadValuesNamingEachSetting() {
    assertThatThrownBy(() -> resolve(Map.of("projection.timeline.length", "0",
        "projection.advertised.server", "a:1,b:2")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("projection.api-keys.file")
        .hasMessageContaining("projection.timeline.length")
        .hasMessageContaining("projection.advertised.server");
    assertThatThrownBy(() -> resolve(Map.of("projection.api-keys.file", "k", "projection.page.default-size", "500",
        "projection.page.max-size", "100")))
        .hasMessageContaining("projection.page.default-size");
  }

  @Test
  void shouldAcceptAnAdvertisedServerAndDocumentTheHttpPort() {
    ProjectionConfig config = resolve(Map.of("projection.api-keys.file", "k",
        "projection.advertised.server", "projection-2:8084"));
    assertThat(config.advertisedServer()).isEqualTo(Optional.of("projection-2:8084"));
    assertThat(ConfigDoc.markdown(ProjectionServer.settings())).contains("`http.port`", "`8084`",
        "`projection.timeline.length`");
  }
}
