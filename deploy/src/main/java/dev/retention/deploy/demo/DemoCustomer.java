package dev.retention.deploy.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One synthetic customer and the process that makes their events.
 *
 * @param id customer id
 * @param since when the customer registered and could first buy
 * @param purchasesPerWeek mean rate of the customer's purchase process (Poisson) while steady
 * @param meanOrder mean order value in EUR
 * @param category the category the customer buys most
 * @param birthday for the care calendar
 * @param trait what else happens to them
 * @param driftFrom for {@link Trait#DRIFTING}: from when their purchase rate decays; otherwise null
 */
public record DemoCustomer(
    String id, Instant since, double purchasesPerWeek, BigDecimal meanOrder, String category, LocalDate birthday,
    Trait trait, Instant driftFrom) {

  /** The rate decays with this time constant after the drift date, so purchases fade rather than stop dead. */
  static final double DRIFT_DECAY_DAYS = 21;

  /** Purchase rate per week at {@code t}. */
  public double rateAt(Instant t) {
    if (trait != Trait.DRIFTING || t.isBefore(driftFrom)) {
      return purchasesPerWeek;
    }
    double days = (t.getEpochSecond() - driftFrom.getEpochSecond()) / 86_400.0;
    return purchasesPerWeek * Math.exp(-days / DRIFT_DECAY_DAYS);
  }
}
