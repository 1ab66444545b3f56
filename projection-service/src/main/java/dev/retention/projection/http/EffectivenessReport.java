package dev.retention.projection.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.projection.model.Tally;
import dev.retention.projection.model.TallyKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quarterly retention-effectiveness report per tier: NPS, activity, repurchase and renewal rates, upsell amount,
 * warnings, cases and save rate, and the biggest tier and stage moves of the quarter. Built from the per-quarter
 * tallies of both sub-topologies.
 */
final class EffectivenessReport {

  static final int MOVERS = 10;

  private EffectivenessReport() {}

  static ObjectNode build(String quarter, Map<String, Tally> tallies) {
    Map<String, Map<String, Tally>> byTier = new TreeMap<>();
    List<ObjectNode> movers = new ArrayList<>();
    StatsViews.under(tallies, TallyKey.prefix(TallyKey.QUARTER, quarter)).forEach((parts, t) -> {
      if (parts.get(0).equals("moves")) {
        String[] fromTo = parts.get(2).split(">");
        movers.add(Responses.object().put("dimension", parts.get(1)).put("from", fromTo[0]).put("to", fromTo[1])
            .put("customers", t.count()));
      } else {
        byTier.computeIfAbsent(parts.get(0), k -> new TreeMap<>()).put(parts.get(1), t);
      }
    });
    ObjectNode report = Responses.object().put("quarter", quarter);
    ArrayNode tiers = report.putArray("tiers");
    byTier.forEach((tier, m) -> tiers.add(tierRow(tier, m)));
    movers.sort(Comparator.comparingLong((ObjectNode n) -> n.get("customers").asLong()).reversed()
        .thenComparing(n -> n.get("dimension").asText() + n.get("from").asText() + n.get("to").asText()));
    ArrayNode moverArray = report.putArray("biggestMovers");
    movers.stream().limit(MOVERS).forEach(moverArray::add);
    return report;
  }

  private static ObjectNode tierRow(String tier, Map<String, Tally> m) {
    long purchases = c(m, "purchases");
    long promoters = c(m, "nps-promoters");
    long passives = c(m, "nps-passives");
    long detractors = c(m, "nps-detractors");
    long retained = c(m, "cases-closed-RETAINED");
    long lost = c(m, "cases-closed-LOST") + c(m, "cases-closed-UNREACHABLE");
    ObjectNode row = Responses.object().put("tier", tier)
        .put("interactions", c(m, "interactions"))
        .put("purchases", purchases)
        .put("revenue", a(m, "purchases").toPlainString())
        .put("repurchaseRate", StatsViews.ratio(c(m, "repeat-purchases"), purchases))
        .put("renewals", c(m, "renewals"))
        .put("renewalRate", StatsViews.ratio(c(m, "renewals"), purchases))
        .put("upsells", c(m, "upsells"))
        .put("upsellAmount", a(m, "upsells").toPlainString())
        .put("npsResponses", promoters + passives + detractors)
        .put("nps", StatsViews.npsScore(promoters, passives, detractors))
        .put("warningsRaised", c(m, "warnings-raised"))
        .put("warningsEscalated", c(m, "warnings-escalated"))
        .put("warningsCleared", c(m, "warnings-cleared"))
        .put("casesOpened", c(m, "cases-opened"))
        .put("casesRetained", retained)
        .put("casesLost", lost)
        .put("casesFalseAlarm", c(m, "cases-closed-FALSE_ALARM"))
        .put("saveRate", StatsViews.ratio(retained, retained + lost));
    return row;
  }

  private static long c(Map<String, Tally> m, String metric) {
    Tally t = m.get(metric);
    return t == null ? 0 : t.count();
  }

  private static BigDecimal a(Map<String, Tally> m, String metric) {
    Tally t = m.get(metric);
    return t == null ? BigDecimal.ZERO : t.amount();
  }
}
