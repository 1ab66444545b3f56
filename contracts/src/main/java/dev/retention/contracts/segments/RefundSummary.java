package dev.retention.contracts.segments;

import dev.retention.contracts.events.Require;
import dev.retention.contracts.events.Money;

/**
 * Money that went back to the customer (refunds and returns) over their whole history. Spend figures are gross:
 * refunds are not subtracted from them; net spend is {@code spend - refunds.amount}.
 *
 * @param count number of refund events
 * @param amount their sum, in the record's reporting currency
 */
public record RefundSummary(int count, Money amount) {

  public RefundSummary {
    Check.atLeast(count, 0, "count");
    Require.present(amount, "amount");
    if (count == 0 && amount.amount().signum() != 0) {
      throw new IllegalArgumentException("amount must be 0 when count is 0, was " + amount.amount().toPlainString());
    }
  }

  /** No refunds, in {@code currency}. */
  public static RefundSummary none(String currency) {
    return new RefundSummary(0, Money.of("0", currency));
  }
}
