package dev.retention.projection.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.projection.model.Tally;
import dev.retention.projection.model.TallyKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns merged tallies into the JSON of the stats endpoints. Pure functions: the same tallies give the same answer on
 * every instance.
 */
final class StatsViews {

  private StatsViews() {}

  /** The tallies under {@code prefix}, keyed by the rest of the key split into parts, in key order. */
  static Map<List<String>, Tally> under(Map<String, Tally> tallies, String prefix) {
    Map<List<String>, Tally> out = new TreeMap<>((a, b) -> String.join("\u001f", a).compareTo(String.join("\u001f",
        b)));
    tallies.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.put(TallyKey.split(k.substring(prefix.length())), v);
      }
    });
    return out;
  }

  static long count(Map<String, Tally> tallies, String... keyParts) {
    Tally t = tallies.get(TallyKey.of(keyParts));
    return t == null ? 0 : t.count();
  }

  static BigDecimal amount(Map<String, Tally> tallies, String... keyParts) {
    Tally t = tallies.get(TallyKey.of(keyParts));
    return t == null ? BigDecimal.ZERO : t.amount();
  }

  /** {@code part / whole} rounded to 4 places, or null when {@code whole} is 0. */
  static BigDecimal ratio(long part, long whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }

  /**
   * Counts and revenue per value of one dimension (tier, stage, risk level), in the order of {@code order} (the
   * enum's order, e.g. HIGH, MEDIUM, LOW), values not listed last.
   */
  static ArrayNode distribution(Map<String, Tally> tallies, String dimension, String field, List<String> order) {
    List<Map.Entry<List<String>, Tally>> entries = new ArrayList<>(
        under(tallies, TallyKey.prefix(dimension)).entrySet());
    entries.sort(Comparator.comparingInt(e -> {
      int i = order.indexOf(e.getKey().get(0));
      return i < 0 ? Integer.MAX_VALUE : i;
    }));
    ArrayNode out = Responses.JSON.createArrayNode();
    entries.forEach(e -> out.addObject().put(field, e.getKey().get(0)).put("customers", e.getValue().count())
        .put("revenue", e.getValue().amount().toPlainString()));
    return out;
  }

  /** NPS = % promoters - % detractors, rounded to one place; null without responses. */
  static BigDecimal npsScore(long promoters, long passives, long detractors) {
    long n = promoters + passives + detractors;
    return n == 0 ? null : BigDecimal.valueOf((promoters - detractors) * 100.0 / n).setScale(1, RoundingMode.HALF_UP);
  }

  static ArrayNode npsByMonth(Map<String, Tally> tallies) {
    Map<String, long[]> months = new TreeMap<>();
    under(tallies, TallyKey.prefix(TallyKey.NPS)).forEach((parts, t) -> {
      long[] c = months.computeIfAbsent(parts.get(0), m -> new long[3]);
      c[index(parts.get(1))] += t.count();
    });
    ArrayNode out = Responses.JSON.createArrayNode();
    months.forEach((month, c) -> {
      ObjectNode row = out.addObject().put("month", month).put("promoters", c[0]).put("passives", c[1])
          .put("detractors", c[2]).put("responses", c[0] + c[1] + c[2]);
      row.put("score", npsScore(c[0], c[1], c[2]));
    });
    return out;
  }

  private static int index(String category) {
    return switch (category) {
      case "promoters" -> 0;
      case "passives" -> 1;
      default -> 2;
    };
  }

  static ArrayNode warningsByDay(Map<String, Tally> tallies) {
    Map<String, ObjectNode> days = new TreeMap<>();
    under(tallies, TallyKey.prefix(TallyKey.WARNINGS)).forEach((parts, t) -> days
        .computeIfAbsent(parts.get(0), d -> Responses.object().put("day", d).put("raised", 0).put("escalated", 0)
            .put("cleared", 0))
        .put(parts.get(1), t.count()));
    ArrayNode out = Responses.JSON.createArrayNode();
    days.values().forEach(out::add);
    return out;
  }

  /**
   * The cohort matrix: per cohort (month of first purchase) its size and, for k = 0, 1, ..., the share of the cohort
   * that purchased in month k after the first purchase month.
   */
  static ArrayNode cohorts(Map<String, Tally> tallies) {
    Map<String, Map<Integer, Long>> cells = new TreeMap<>();
    Map<String, Long> sizes = new TreeMap<>();
    under(tallies, TallyKey.prefix(TallyKey.COHORT)).forEach((parts, t) -> {
      if (parts.get(1).equals("size")) {
        sizes.put(parts.get(0), t.count());
      } else {
        cells.computeIfAbsent(parts.get(0), c -> new TreeMap<>())
            .put(Integer.parseInt(parts.get(1).substring(1)), t.count());
      }
    });
    ArrayNode out = Responses.JSON.createArrayNode();
    sizes.forEach((cohort, size) -> {
      ObjectNode row = out.addObject().put("cohort", cohort).put("size", size);
      ArrayNode retention = row.putArray("retention");
      Map<Integer, Long> months = cells.getOrDefault(cohort, Map.of());
      int last = months.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
      for (int k = 0; k <= last; k++) {
        retention.add(ratio(months.getOrDefault(k, 0L), size));
      }
    });
    return out;
  }

  /** The headline numbers; {@code cases} are the case tallies. */
  static ObjectNode kpis(Map<String, Tally> customers, Map<String, Tally> cases) {
    long valued = count(customers, TallyKey.KPI, "valued");
    long closedRetained = count(cases, TallyKey.CASES, "closed", "RETAINED");
    long closedLost = count(cases, TallyKey.CASES, "closed", "LOST");
    long closedUnreachable = count(cases, TallyKey.CASES, "closed", "UNREACHABLE");
    long[] nps = new long[3];
    under(customers, TallyKey.prefix(TallyKey.NPS)).forEach((parts, t) -> nps[index(parts.get(1))] += t.count());
    ObjectNode out = Responses.object()
        .put("customers", count(customers, TallyKey.KPI, "customers"))
        .put("customersWithPurchases", valued)
        .put("revenue", amount(customers, TallyKey.KPI, "valued").toPlainString())
        .put("repurchaseRate", ratio(count(customers, TallyKey.KPI, "repurchasers"), valued))
        .put("churnRate", ratio(count(customers, TallyKey.KPI, "lapsed"), valued))
        .put("openWarnings", count(customers, TallyKey.KPI, "open-warnings"))
        .put("openComplaints", count(customers, TallyKey.KPI, "open-complaints"))
        .put("highRiskCustomers", count(customers, TallyKey.RISK, "HIGH"))
        .put("nps", npsScore(nps[0], nps[1], nps[2]))
        .put("npsResponses", nps[0] + nps[1] + nps[2])
        .put("casesOpened", count(cases, TallyKey.CASES, "opened"))
        .put("casesRetained", closedRetained)
        .put("casesLost", closedLost + closedUnreachable)
        .put("saveRate", ratio(closedRetained, closedRetained + closedLost + closedUnreachable))
        .put("caseEventsRejected", count(cases, TallyKey.CASES, "rejected"));
    return out;
  }
}
