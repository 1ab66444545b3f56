package dev.retention.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigDocTest {

  @Test
  void shouldRenderOneTableRowPerSetting() {
    String table = ConfigDoc.markdown(List.of(
        Setting.of("http.port", Parsers.port(), "Port of the\n  HTTP API | public.").withDefault("8080"),
        Setting.of("service.name", Parsers.nonBlank(), "Name."),
        Setting.of("export.dir", Parsers.path(), "Where exports go.").asOptional()));

    assertThat(table).isEqualTo("""
        | setting | environment variable | default | description |
        |---|---|---|---|
        | `http.port` | `RETENTION_HTTP_PORT` | `8080` | Port of the HTTP API \\| public. |
        | `service.name` | `RETENTION_SERVICE_NAME` | *required* | Name. |
        | `export.dir` | `RETENTION_EXPORT_DIR` | *unset* | Where exports go. |
        """);
  }
}
