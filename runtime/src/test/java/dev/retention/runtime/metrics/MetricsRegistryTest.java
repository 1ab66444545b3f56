package dev.retention.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MetricsRegistryTest {

  @Test
  void shouldScrapeJvmAndProcessMetersTaggedWithTheService() {
    try (MetricsRegistry metrics = MetricsRegistry.create("segmentation-streams")) {
      metrics.registry().counter("retention.test.events").increment();

      String scrape = metrics.scrape();

      assertThat(scrape)
          .contains("jvm_memory_used_bytes{")
          .contains("jvm_threads_live_threads{")
          .contains("jvm_classes_loaded_classes{")
          .contains("process_uptime_seconds{")
          .contains("system_cpu_count{")
          .contains("retention_test_events_total{service=\"segmentation-streams\"} 1.0");
      assertThat(scrape.lines().filter(l -> l.startsWith("jvm_memory_used_bytes{")))
          .allMatch(l -> l.contains("service=\"segmentation-streams\""));
      assertThat(metrics.service()).isEqualTo("segmentation-streams");
    }
  }

  @Test
  void shouldRefuseABlankServiceName() {
    assertThatThrownBy(() -> MetricsRegistry.create(" ")).hasMessageContaining("must not be blank");
  }
}
