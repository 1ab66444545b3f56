package dev.retention.projection.stream;

import static dev.retention.projection.model.TallyKey.NPS;
import static dev.retention.projection.model.TallyKey.QUARTER;
import static dev.retention.projection.model.TallyKey.WARNINGS;

import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.ChurnWarningEscalated;
import dev.retention.contracts.churn.ChurnWarningRaised;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.OrderKind;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.events.SurveyAnswered;
import dev.retention.contracts.events.SurveyMetric;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.ValueTier;
import dev.retention.projection.model.Customer360;
import dev.retention.projection.model.Tally;
import dev.retention.projection.model.TallyKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Aggregates that count events rather than states: NPS answers per month, warnings per day, and the per-quarter, per
 * tier figures of the effectiveness report. The tier is the customer's tier when the event was applied.
 */
public final class EventTallies {

  private EventTallies() {}

  /** NPS category of a score: promoter 9-10, passive 7-8, detractor 0-6. */
  public static String npsCategory(int score) {
    return score >= 9 ? "promoters" : score >= 7 ? "passives" : "detractors";
  }

  public static Map<String, Tally> interaction(Customer360 before, CloudEvent event) {
    Map<String, Tally> out = new HashMap<>();
    String quarter = TallyKey.quarter(event.time());
    String tier = before.tierName();
    add(out, TallyKey.of(QUARTER, quarter, tier, "interactions"), Tally.one());
    if (event.data() instanceof PurchaseCompleted p) {
      add(out, TallyKey.of(QUARTER, quarter, tier, "purchases"), Tally.of(1, p.total().amount()));
      if (!before.purchaseMonths().isEmpty()) {
        add(out, TallyKey.of(QUARTER, quarter, tier, "repeat-purchases"), Tally.one());
      }
      if (p.kind() == OrderKind.RENEWAL) {
        add(out, TallyKey.of(QUARTER, quarter, tier, "renewals"), Tally.of(1, p.total().amount()));
      } else if (p.kind() == OrderKind.UPSELL) {
        add(out, TallyKey.of(QUARTER, quarter, tier, "upsells"), Tally.of(1, p.total().amount()));
      }
    } else if (event.data() instanceof SurveyAnswered s && s.metric() == SurveyMetric.NPS) {
      String category = npsCategory(s.score());
      add(out, TallyKey.of(NPS, TallyKey.month(event.time()), category), Tally.one());
      add(out, TallyKey.of(QUARTER, quarter, tier, "nps-" + category), Tally.one());
    }
    return out;
  }

  public static Map<String, Tally> warning(Customer360 before, ChurnWarning w) {
    Map<String, Tally> out = new HashMap<>();
    String kind = kind(w);
    ValueTier warned = w instanceof ChurnWarningRaised r ? r.valueTier()
        : w instanceof ChurnWarningEscalated e ? e.valueTier() : null;
    String tier = warned != null ? warned.name() : before.tierName();
    add(out, TallyKey.of(WARNINGS, TallyKey.day(w.at()), kind), Tally.one());
    add(out, TallyKey.of(QUARTER, TallyKey.quarter(w.at()), tier, "warnings-" + kind), Tally.one());
    return out;
  }

  /** Tier and stage moves, counted in the quarter of the value's {@code asOf}: the report's "biggest movers". */
  public static Map<String, Tally> valueChange(CustomerValue before, CustomerValue after) {
    Map<String, Tally> out = new HashMap<>();
    if (before == null || after == null) {
      return out;
    }
    Instant at = after.asOf();
    if (before.valueTier() != after.valueTier()) {
      add(out, TallyKey.of(QUARTER, TallyKey.quarter(at), "moves", "tier",
          before.valueTier() + ">" + after.valueTier()), Tally.one());
    }
    if (before.lifecycleStage() != after.lifecycleStage()) {
      add(out, TallyKey.of(QUARTER, TallyKey.quarter(at), "moves", "stage",
          before.lifecycleStage() + ">" + after.lifecycleStage()), Tally.one());
    }
    return out;
  }

  /** raised, escalated or cleared. */
  public static String kind(ChurnWarning w) {
    return w instanceof ChurnWarningRaised ? "raised" : w instanceof ChurnWarningEscalated ? "escalated" : "cleared";
  }

  static void add(Map<String, Tally> out, String key, Tally t) {
    out.merge(key, t, Tally::plus);
  }
}
