package dev.retention.cases.projection;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;

/**
 * The KPIs as Prometheus gauges, refreshed from the case view on every scrape (the view is the one source of the
 * numbers, so /metrics and /v1/kpis agree).
 */
public final class KpiMetrics {

  private final CaseViews views;
  private final Clock clock;
  private final MultiGauge open;
  private final MultiGauge overdue;
  private final MultiGauge saveRate;
  private final MultiGauge closed;
  private final MultiGauge firstContact;

  public KpiMetrics(CaseViews views, Clock clock, MeterRegistry registry) {
    this.views = views;
    this.clock = clock;
    this.open = MultiGauge.builder("retention_cases_open").description("Open cases per owner").register(registry);
    this.overdue = MultiGauge.builder("retention_cases_overdue")
        .description("Open cases whose next contact is overdue, per owner").register(registry);
    this.saveRate = MultiGauge.builder("retention_cases_save_rate")
        .description("RETAINED / closed cases per playbook and tier").register(registry);
    this.closed = MultiGauge.builder("retention_cases_closed")
        .description("Closed cases per playbook and tier").register(registry);
    this.firstContact = MultiGauge.builder("retention_cases_first_contact_seconds_avg")
        .description("Average time from opening to first contact per playbook").baseUnit("seconds")
        .register(registry);
  }

  public void refresh() {
    Kpis kpis = views.kpis(clock.instant());
    open.register(kpis.owners().stream()
        .map(o -> MultiGauge.Row.of(Tags.of("owner", o.owner()), o.open())).toList(), true);
    overdue.register(kpis.owners().stream()
        .map(o -> MultiGauge.Row.of(Tags.of("owner", o.owner()), o.overdue())).toList(), true);
    saveRate.register(kpis.saveRates().stream().filter(r -> r.saveRate() != null)
        .map(r -> MultiGauge.Row.of(Tags.of("playbook", r.playbook(), "tier", r.valueTier()), r.saveRate()))
        .toList(), true);
    closed.register(kpis.saveRates().stream()
        .map(r -> MultiGauge.Row.of(Tags.of("playbook", r.playbook(), "tier", r.valueTier()), r.closed()))
        .toList(), true);
    firstContact.register(kpis.firstContact().stream()
        .map(f -> MultiGauge.Row.of(Tags.of("playbook", f.playbook()), f.averageSeconds())).toList(), true);
  }
}
