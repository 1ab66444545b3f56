package dev.retention.churn.backtest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One CDNOW transaction row.
 *
 * @param customerId the CDNOW master customer id as written in the file (e.g. {@code "00004"}); the same in the
 *                   sample and the master file
 * @param date       purchase date
 * @param quantity   number of CDs
 * @param amount     dollar value
 * @param line       1-based line number in the source file, for error messages
 */
public record CdnowRow(String customerId, LocalDate date, int quantity, BigDecimal amount, int line) {

  public CdnowRow {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
  }
}
