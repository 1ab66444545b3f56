package dev.retention.deploy.cluster;

import static dev.retention.deploy.cluster.YamlFiles.COMPOSE;
import static dev.retention.deploy.cluster.YamlFiles.K8S_BASE;
import static dev.retention.deploy.cluster.YamlFiles.list;
import static dev.retention.deploy.cluster.YamlFiles.map;
import static dev.retention.deploy.cluster.YamlFiles.maps;
import static dev.retention.deploy.cluster.YamlFiles.string;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retention.ingestion.http.GatewayMetrics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Grafana dashboard and the Prometheus configurations. */
class MonitoringFilesTest {

  @Test
  void shouldQueryPrometheusInEveryPanelOfTheDashboard() throws IOException {
    JsonNode dashboard = new ObjectMapper().readTree(K8S_BASE.resolve("monitoring/retention-dashboard.json").toFile());
    assertThat(dashboard.path("uid").asText()).isNotBlank();
    JsonNode panels = dashboard.path("panels");
    assertThat(panels.size()).isGreaterThanOrEqualTo(6);
    List<String> expressions = new ArrayList<>();
    for (JsonNode panel : panels) {
      assertThat(panel.path("title").asText()).isNotBlank();
      assertThat(panel.path("datasource").path("type").asText()).as(panel.path("title").asText())
          .isEqualTo("prometheus");
      assertThat(panel.path("targets").size()).as(panel.path("title").asText()).isPositive();
      panel.path("targets").forEach(t -> expressions.add(t.path("expr").asText()));
    }
    assertThat(expressions).allMatch(e -> !e.isBlank());
    // the gateway's counters as Micrometer names them in Prometheus (dots to underscores, counters end in _total)
    assertThat(String.join("\n", expressions))
        .contains(prometheusCounter(GatewayMetrics.ACCEPTED), prometheusCounter(GatewayMetrics.REJECTED))
        .contains("kafka_ingestion_validator_records_in_total", "kafka_consumer_fetch_manager_records_lag",
            "kafka_churn_warnings_raised_total", "kafka_churn_warnings_cleared_total",
            "kafka_stream_alive_stream_threads", "jvm_memory_used_bytes");
  }

  @Test
  void shouldScrapeExactlyThePodsThatAskForItOnKubernetes() {
    Map<String, Object> config = YamlFiles.document(K8S_BASE.resolve("monitoring/prometheus.yml"));
    List<Map<String, Object>> jobs = maps(config, "scrape_configs");
    assertThat(jobs).hasSize(1);
    Map<String, Object> job = jobs.get(0);
    assertThat(maps(job, "kubernetes_sd_configs")).extracting(sd -> sd.get("role")).containsExactly("pod");
    List<Map<String, Object>> relabel = maps(job, "relabel_configs");
    assertThat(relabel).anySatisfy(r -> {
      assertThat(r.get("action")).isEqualTo("keep");
      assertThat(list(r, "source_labels")).containsExactly("__meta_kubernetes_pod_annotation_prometheus_io_scrape");
      assertThat(r.get("regex")).isEqualTo("true");
    });
    assertThat(relabel).anySatisfy(r -> {
      assertThat(list(r, "source_labels")).contains("__meta_kubernetes_pod_annotation_prometheus_io_port");
      assertThat(r.get("target_label")).isEqualTo("__address__");
    });
    assertThat(relabel).anySatisfy(r -> {
      assertThat(list(r, "source_labels")).contains("__meta_kubernetes_pod_annotation_prometheus_io_path");
      assertThat(r.get("target_label")).isEqualTo("__metrics_path__");
    });
  }

  @Test
  void shouldScrapeEveryServiceInCompose() {
    Map<String, Object> config = YamlFiles.document(COMPOSE.resolve("monitoring/prometheus.yml"));
    List<Object> targets = maps(config, "scrape_configs").stream()
        .flatMap(job -> maps(job, "static_configs").stream())
        .flatMap(c -> list(c, "targets").stream()).toList();
    assertThat(targets).containsExactlyInAnyOrderElementsOf(
        PlatformService.ALL.stream().map(s -> s.name() + ":" + s.port()).toList());
    Map<String, Object> datasources = YamlFiles.document(COMPOSE.resolve("monitoring/grafana-provisioning.yaml"));
    assertThat(maps(datasources, "datasources")).extracting(d -> string(d, "type")).containsExactly("prometheus");
    assertThat(map(YamlFiles.document(COMPOSE.resolve("compose.yaml")), "services")).containsKeys("prometheus",
        "grafana");
  }

  private static String prometheusCounter(String micrometerName) {
    return micrometerName.replace('.', '_') + "_total";
  }
}
