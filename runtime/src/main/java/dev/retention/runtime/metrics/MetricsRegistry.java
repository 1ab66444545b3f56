package dev.retention.runtime.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Objects;

/**
 * The meter registry of one service: Prometheus format, JVM and process meters bound, and every meter tagged
 * {@code service=<name>} so that dashboards can tell the services apart when one Prometheus scrapes them all.
 * Services bind their own meters (and {@code StreamsApp} the Kafka Streams ones) to {@link #registry()}; the HTTP
 * endpoint {@code /metrics} answers {@link #scrape()}.
 */
public final class MetricsRegistry implements AutoCloseable {

  /** Content type of {@link #scrape()}: the Prometheus text format 0.0.4. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final String service;
  private final PrometheusMeterRegistry registry;
  private final JvmGcMetrics gcMetrics;

  private MetricsRegistry(String service) {
    this.service = service;
    this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    // common tags first: they apply only to meters registered after them
    registry.config().commonTags("service", service);
    new JvmMemoryMetrics().bindTo(registry);
    this.gcMetrics = new JvmGcMetrics();
    gcMetrics.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** A registry for the service {@code service} ({@code segmentation-streams}). */
  public static MetricsRegistry create(String service) {
    Objects.requireNonNull(service, "service");
    if (service.isBlank()) {
      throw new IllegalArgumentException("service name must not be blank");
    }
    return new MetricsRegistry(service);
  }

  /** The service name every meter is tagged with. */
  public String service() {
    return service;
  }

  /** The registry to bind meters to. */
  public MeterRegistry registry() {
    return registry;
  }

  /** Every meter in the Prometheus text format, see {@link #CONTENT_TYPE}. */
  public String scrape() {
    return registry.scrape();
  }

  /** Stops the GC listener and closes the registry. */
  @Override
  public void close() {
    gcMetrics.close();
    registry.close();
  }
}
