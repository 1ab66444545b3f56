/** Micrometer with Prometheus for every service: {@link dev.retention.runtime.metrics.MetricsRegistry}. */
package dev.retention.runtime.metrics;
