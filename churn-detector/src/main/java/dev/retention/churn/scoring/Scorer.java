package dev.retention.churn.scoring;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.churn.state.Purchases;
import dev.retention.churn.signal.ModelScores;
import dev.retention.contracts.churn.Prediction;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.segments.ValueTier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Scores a customer with the fitted models at an instant: P(alive), expected purchases in the next 90 days, expected
 * spend per purchase and predicted 12-month value with its potential tier; and the instants at which P(alive) falls
 * below the threshold and below its next tenth if the customer does not buy again (P(alive) of a repeat customer
 * only falls as time passes without a purchase), found by bisection to the millisecond so the LOW_P_ALIVE timers
 * fire exactly there.
 */
public final class Scorer {

  static final double WEEKS_90_DAYS = 90 / 7d;
  static final double WEEKS_12_MONTHS = 365 / 7d;
  private static final Duration HORIZON = Duration.ofDays(3650);

  private final ChurnConfig config;
  private final PurchaseModel purchases;
  private final SpendModel spend;

  /** @param spend the spend model; null when none is fitted */
  public Scorer(ChurnConfig config, PurchaseModel purchases, SpendModel spend) {
    this.config = config;
    this.purchases = purchases;
    this.spend = spend;
  }

  /** The scores at {@code now}; empty before the first purchase. */
  public Optional<Scored> score(Purchases p, Instant now) {
    if (!p.any()) {
      return Optional.empty();
    }
    int x = p.repeats();
    double tx = p.txWeeks();
    double T = p.ageWeeks(now);
    double pAlive = purchases.pAlive(x, tx, T);
    double expected90 = purchases.expectedPurchases(x, tx, T, WEEKS_90_DAYS);
    if (!(pAlive >= 0 && pAlive <= 1) || !(expected90 >= 0) || Double.isInfinite(expected90)) {
      // parameters at the edge of their range can overflow; no prediction beats a wrong one or a stopped topology
      return Optional.empty();
    }
    Instant lowFrom = x == 0 ? null : crossing(p, now, pAlive, config.overdue().pAliveThreshold());
    int tenths = ModelScores.tenthsBelowOne(pAlive);
    Instant nextTenth = x == 0 || tenths >= 9 ? null : crossing(p, now, pAlive, 1 - (tenths + 1) / 10d);
    if (nextTenth != null && !nextTenth.isAfter(now)) {
      nextTenth = null;
    }
    Money perPurchase = null;
    Money value12 = null;
    ValueTier tier = null;
    if (spend != null) {
      double perOccasion = spend.expectedSpend(x, p.meanRepeatSpend());
      double value = perOccasion * purchases.expectedPurchases(x, tx, T, WEEKS_12_MONTHS);
      if (perOccasion >= 0 && value >= 0 && Double.isFinite(perOccasion) && Double.isFinite(value)) {
        perPurchase = money(perOccasion);
        value12 = money(value);
        tier = tier(value12.amount());
      }
    }
    return Optional.of(new Scored(new ModelScores(purchases.version(), pAlive, lowFrom, nextTenth),
        new Prediction(purchases.version(), pAlive, expected90, perPurchase, value12, tier)));
  }

  /**
   * The first instant (to the millisecond) at which P(alive) is below {@code threshold} if the customer does not buy
   * again: at or before {@code now} if it already is, null if not within ten years.
   */
  private Instant crossing(Purchases p, Instant now, double pAliveNow, double threshold) {
    long lo;
    long hi;
    if (pAliveNow < threshold) {
      lo = p.lastAt().toEpochMilli();
      hi = now.toEpochMilli();
    } else {
      lo = now.toEpochMilli();
      hi = now.plus(HORIZON).toEpochMilli();
      if (pAliveAt(p, hi) >= threshold) {
        return null;
      }
    }
    // invariant: pAlive(lo) >= threshold or lo = last purchase, pAlive(hi) < threshold
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (pAliveAt(p, mid) < threshold) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return Instant.ofEpochMilli(hi);
  }

  /** P(alive) at an instant; a non-number counts as alive, so a crossing is never found on one. */
  private double pAliveAt(Purchases p, long epochMilli) {
    return purchases.pAlive(p.repeats(), p.txWeeks(), p.ageWeeks(Instant.ofEpochMilli(epochMilli)));
  }

  private ValueTier tier(BigDecimal value) {
    if (value.compareTo(config.value().potentialHigh()) >= 0) {
      return ValueTier.HIGH;
    }
    return value.compareTo(config.value().potentialMedium()) >= 0 ? ValueTier.MEDIUM : ValueTier.LOW;
  }

  private Money money(double amount) {
    return new Money(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN), config.value().currency());
  }

}
