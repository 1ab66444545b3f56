package dev.retention.projection.stream;

import static dev.retention.projection.model.TallyKey.COHORT;
import static dev.retention.projection.model.TallyKey.KPI;
import static dev.retention.projection.model.TallyKey.RISK;
import static dev.retention.projection.model.TallyKey.STAGE;
import static dev.retention.projection.model.TallyKey.TIER;

import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.projection.model.Customer360;
import dev.retention.projection.model.Tally;
import dev.retention.projection.model.TallyKey;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * What one customer's current state adds to the state-derived aggregates (counts and revenue per tier and stage, risk
 * levels, KPIs, the cohort matrix). A change of the customer applies {@code of(new) - of(old)}: the aggregates can
 * never drift from the sum of the customers, whatever order the changes come in.
 */
public final class Contributions {

  private Contributions() {}

  public static Map<String, Tally> of(Customer360 c) {
    Map<String, Tally> out = new HashMap<>();
    if (c == null) {
      return out;
    }
    out.put(TallyKey.of(KPI, "customers"), Tally.one());
    CustomerValue v = c.value();
    if (v != null) {
      // revenue = spend in the value window, the figure tiers are cut by
      Tally valued = Tally.of(1, v.spendLast12Months().amount());
      out.put(TallyKey.of(TIER, v.valueTier().name()), valued);
      out.put(TallyKey.of(STAGE, v.lifecycleStage().name()), valued);
      out.put(TallyKey.of(KPI, "valued"), Tally.of(1, v.spend().amount()));
      if (v.purchaseCount() >= 2) {
        out.put(TallyKey.of(KPI, "repurchasers"), Tally.one());
      }
      if (v.lifecycleStage() == LifecycleStage.LAPSED) {
        out.put(TallyKey.of(KPI, "lapsed"), Tally.one());
      }
    }
    if (c.risk() != null) {
      out.put(TallyKey.of(RISK, c.risk().level().name()), Tally.one());
    }
    if (c.openWarning() != null) {
      out.put(TallyKey.of(KPI, "open-warnings"), Tally.one());
    }
    if (!c.openComplaints().isEmpty()) {
      out.put(TallyKey.of(KPI, "open-complaints"), Tally.of(c.openComplaints().size(), BigDecimal.ZERO));
    }
    addCohort(c, out);
    return out;
  }

  /** Cohort = month of first purchase; one count for the cohort's size and one per month offset k with a purchase. */
  private static void addCohort(Customer360 c, Map<String, Tally> out) {
    if (c.purchaseMonths().isEmpty()) {
      return;
    }
    YearMonth first = YearMonth.parse(c.purchaseMonths().get(0));
    out.put(TallyKey.of(COHORT, first.toString(), "size"), Tally.one());
    for (String month : c.purchaseMonths()) {
      long k = ChronoUnit.MONTHS.between(first, YearMonth.parse(month));
      out.put(TallyKey.of(COHORT, first.toString(), offset(k)), Tally.one());
    }
  }

  /** Month offsets zero-padded so that keys sort numerically. */
  public static String offset(long k) {
    String digits = Long.toString(k); // not String.format: it parses its pattern on every call, per record
    return "m" + "000".substring(Math.min(3, digits.length())) + digits;
  }

  /** {@code after - before}, without zero entries. */
  public static Map<String, Tally> delta(Map<String, Tally> before, Map<String, Tally> after) {
    Map<String, Tally> delta = new HashMap<>();
    after.forEach((k, v) -> delta.merge(k, v, Tally::plus));
    before.forEach((k, v) -> delta.merge(k, Tally.ZERO.minus(v), Tally::plus));
    delta.values().removeIf(Tally::isZero);
    return delta;
  }
}
