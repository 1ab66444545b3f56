package dev.retention.contracts.events;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * An amount of money: a decimal amount (never a binary float) and an ISO 4217 currency code. On the wire the amount
 * is a JSON string such as {@code "19.99"}.
 */
public record Money(BigDecimal amount, String currency) {

  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  public Money {
    Require.nonNegative(amount, "amount");
    currency = checkCurrency(currency, "currency");
  }

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  static String checkCurrency(String currency, String field) {
    Require.text(currency, field);
    if (!CODE.matcher(currency).matches()) {
      throw new IllegalArgumentException(field + " must be an ISO 4217 code of three capital letters, was '"
          + currency + "'");
    }
    try {
      Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + " is not an ISO 4217 currency: '" + currency + "'");
    }
    return currency;
  }
}
