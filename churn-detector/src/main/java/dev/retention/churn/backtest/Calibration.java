package dev.retention.churn.backtest;

import dev.retention.churn.model.PurchaseHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns CDNOW rows into per-customer calibration summaries, CDNOW convention (Fader, Hardie &amp; Lee 2005):
 * rows of one customer on one day are one purchase occasion; x counts the occasions after the first up to and
 * including the calibration end; t_x and T are measured in weeks (days / 7) from the first occasion to the last
 * one and to the calibration end. The holdout is (calibration end, holdout end].
 */
public final class Calibration {

  private static final double DAYS_PER_WEEK = 7.0;

  private Calibration() {
  }

  /**
   * Customers whose first purchase is on or before {@code calibrationEnd}, sorted by customer id. Rows after
   * {@code holdoutEnd} are ignored; customers who first buy after the calibration end are not in the cohort.
   *
   * @throws IllegalArgumentException if holdoutEnd is before calibrationEnd
   */
  public static List<CustomerCalibration> split(List<CdnowRow> rows, LocalDate calibrationEnd, LocalDate holdoutEnd) {
    if (holdoutEnd.isBefore(calibrationEnd)) {
      throw new IllegalArgumentException("holdout end " + holdoutEnd + " is before calibration end "
          + calibrationEnd);
    }
    Map<String, TreeMap<LocalDate, BigDecimal>> occasions = new TreeMap<>();
    for (CdnowRow row : rows) {
      if (!row.date().isAfter(holdoutEnd)) {
        occasions.computeIfAbsent(row.customerId(), id -> new TreeMap<>())
            .merge(row.date(), row.amount(), BigDecimal::add);
      }
    }
    List<CustomerCalibration> customers = new ArrayList<>();
    occasions.forEach((id, days) -> {
      if (!days.firstKey().isAfter(calibrationEnd)) {
        customers.add(summarize(id, days, calibrationEnd));
      }
    });
    return customers;
  }

  private static CustomerCalibration summarize(String id, TreeMap<LocalDate, BigDecimal> days, LocalDate calEnd) {
    LocalDate first = days.firstKey();
    Map<LocalDate, BigDecimal> calibration = days.headMap(calEnd, true);
    LocalDate last = days.floorKey(calEnd);
    int x = calibration.size() - 1;
    BigDecimal repeatSpend = calibration.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .subtract(days.get(first));
    PurchaseHistory history = new PurchaseHistory(x, weeks(first, last), weeks(first, calEnd));
    int holdout = days.size() - calibration.size();
    return new CustomerCalibration(id, first, history, repeatSpend, holdout);
  }

  private static double weeks(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) / DAYS_PER_WEEK;
  }
}
