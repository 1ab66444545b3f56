package dev.retention.projection.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.projection.model.Tally;
import dev.retention.projection.model.TallyKey;
import dev.retention.projection.stream.Contributions;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsViewsTest {

  private static void put(Map<String, Tally> m, long n, String... parts) {
    m.put(TallyKey.of(parts), Tally.of(n, BigDecimal.ZERO));
  }

  @Test
  void shouldComputeNpsPerMonthFromPromotersAndDetractors() {
    Map<String, Tally> t = new HashMap<>();
    put(t, 5, TallyKey.NPS, "2026-07", "promoters");
    put(t, 3, TallyKey.NPS, "2026-07", "passives");
    put(t, 2, TallyKey.NPS, "2026-07", "detractors");
    put(t, 1, TallyKey.NPS, "2026-06", "detractors");

    JsonNode months = StatsViews.npsByMonth(t);

    assertThat(months.get(0).get("month").asText()).isEqualTo("2026-06");
    assertThat(months.get(0).get("score").decimalValue()).isEqualByComparingTo("-100");
    assertThat(months.get(1).get("responses").asLong()).isEqualTo(10);
    assertThat(months.get(1).get("score").decimalValue()).isEqualByComparingTo("30");
  }

  @Test
  void shouldTurnCohortCountsIntoRetentionShares() {
    Map<String, Tally> t = new HashMap<>();
    put(t, 4, TallyKey.COHORT, "2026-01", "size");
    put(t, 4, TallyKey.COHORT, "2026-01", Contributions.offset(0));
    put(t, 1, TallyKey.COHORT, "2026-01", Contributions.offset(2));
    put(t, 2, TallyKey.COHORT, "2026-01", Contributions.offset(10));

    JsonNode row = StatsViews.cohorts(t).get(0);

    assertThat(row.get("size").asLong()).isEqualTo(4);
    assertThat(row.get("retention")).hasSize(11);
    assertThat(row.get("retention").get(0).decimalValue()).isEqualByComparingTo("1");
    assertThat(row.get("retention").get(1).decimalValue()).isEqualByComparingTo("0");
    assertThat(row.get("retention").get(2).decimalValue()).isEqualByComparingTo("0.25");
    assertThat(row.get("retention").get(10).decimalValue()).isEqualByComparingTo("0.5");
  }

  @Test
  void shouldComputeRatesAndSaveRateForKpis() {
    Map<String, Tally> customers = new HashMap<>();
    put(customers, 10, TallyKey.KPI, "valued");
    put(customers, 4, TallyKey.KPI, "repurchasers");
    put(customers, 1, TallyKey.KPI, "lapsed");
    Map<String, Tally> cases = new HashMap<>();
    put(cases, 3, TallyKey.CASES, "closed", "RETAINED");
    put(cases, 1, TallyKey.CASES, "closed", "LOST");
    put(cases, 5, TallyKey.CASES, "closed", "FALSE_ALARM");

    JsonNode kpis = StatsViews.kpis(customers, cases);

    assertThat(kpis.get("repurchaseRate").decimalValue()).isEqualByComparingTo("0.4");
    assertThat(kpis.get("churnRate").decimalValue()).isEqualByComparingTo("0.1");
    assertThat(kpis.get("saveRate").decimalValue()).isEqualByComparingTo("0.75");
    assertThat(kpis.get("nps").isNull()).isTrue();
  }

  @Test
  void shouldReportEffectivenessPerTierWithTheBiggestMoversFirst() {
    Map<String, Tally> t = new HashMap<>();
    t.put(TallyKey.of(TallyKey.QUARTER, "2026-Q3", "HIGH", "purchases"), Tally.of(4, new BigDecimal("400")));
    put(t, 1, TallyKey.QUARTER, "2026-Q3", "HIGH", "renewals");
    put(t, 2, TallyKey.QUARTER, "2026-Q3", "HIGH", "repeat-purchases");
    put(t, 1, TallyKey.QUARTER, "2026-Q3", "moves", "tier", "LOW>HIGH");
    put(t, 3, TallyKey.QUARTER, "2026-Q3", "moves", "stage", "ACTIVE>AT_RISK");
    put(t, 9, TallyKey.QUARTER, "2026-Q2", "HIGH", "purchases");

    JsonNode report = EffectivenessReport.build("2026-Q3", t);

    JsonNode high = report.get("tiers").get(0);
    assertThat(high.get("purchases").asLong()).isEqualTo(4);
    assertThat(high.get("revenue").asText()).isEqualTo("400");
    assertThat(high.get("renewalRate").decimalValue()).isEqualByComparingTo("0.25");
    assertThat(high.get("repurchaseRate").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(report.get("biggestMovers").get(0).get("to").asText()).isEqualTo("AT_RISK");
    assertThat(EffectivenessHtml.render((com.fasterxml.jackson.databind.node.ObjectNode) report))
        .contains("<td>HIGH</td>", "<td>ACTIVE</td><td>AT_RISK</td><td>3</td>");
  }

  @Test
  void shouldQuoteCsvFieldsAndDefuseFormulas() {
    assertThat(SegmentsHandler.csvField("plain")).isEqualTo("plain");
    assertThat(SegmentsHandler.csvField("a,b")).isEqualTo("\"a,b\"");
    assertThat(SegmentsHandler.csvField("=cmd()")).isEqualTo("'=cmd()");
    assertThat(SegmentsHandler.csvField(null)).isEmpty();
  }
}
