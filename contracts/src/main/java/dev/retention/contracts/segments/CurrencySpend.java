package dev.retention.contracts.segments;

import dev.retention.contracts.events.Require;
import java.math.BigDecimal;

/**
 * What a customer paid in one currency over their whole history, exactly as paid: no conversion, no rounding.
 *
 * @param currency ISO 4217 code
 * @param total gross spend on completed purchases in this currency
 */
public record CurrencySpend(String currency, BigDecimal total) {

  public CurrencySpend {
    Require.currency(currency, "currency");
    Require.nonNegative(total, "total");
  }
}
