package dev.retention.contracts.segments;

import dev.retention.contracts.events.Money;
import dev.retention.contracts.events.Require;
import java.math.BigDecimal;

/**
 * The segmentation records' own argument checks; the common ones are {@link Require}'s. Like those, each failure
 * names the JSON field at fault, so that a refused record tells its producer exactly what is wrong.
 */
final class Check {

  private Check() {}

  static String text(String value, int maxLength, String field) {
    Require.text(value, field);
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
    }
    return value;
  }

  static String optionalText(String value, int maxLength, String field) {
    return value == null ? null : text(value, maxLength, field);
  }

  static int atLeast(int value, int min, String field) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be >= " + min + ", was " + value);
    }
    return value;
  }

  /** {@code money} is present and in {@code currency}, the record's reporting currency. */
  static Money inCurrency(Money money, String currency, String field) {
    Require.present(money, field);
    if (!money.currency().equals(currency)) {
      throw new IllegalArgumentException(field + " must be in the reporting currency " + currency + ", was "
          + money.currency());
    }
    return money;
  }

  /** {@code part <= whole} for two amounts, e.g. the last 12 months within a lifetime total. */
  static void notAbove(BigDecimal part, BigDecimal whole, String partField, String wholeField) {
    if (part.compareTo(whole) > 0) {
      throw new IllegalArgumentException(partField + " (" + part.toPlainString() + ") must not exceed "
          + wholeField + " (" + whole.toPlainString() + ")");
    }
  }
}
