package dev.retention.contracts.segments;

import dev.retention.contracts.events.Money;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Argument checks for the segmentation records. Like the event records' checks, each failure names the JSON field at
 * fault, so that a refused record tells its producer exactly what is wrong.
 */
final class Check {

  /** Same rule as the events' ids and the schemas' {@code identifier}. */
  static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}");
  static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private Check() {}

  static <T> T present(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  static String text(String value, String field) {
    return text(value, Integer.MAX_VALUE, field);
  }

  static String text(String value, int maxLength, String field) {
    present(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
    }
    return value;
  }

  static String optionalText(String value, int maxLength, String field) {
    return value == null ? null : text(value, maxLength, field);
  }

  static String identifier(String value, String field) {
    present(value, field);
    if (!IDENTIFIER.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " must be 1-128 characters of letters, digits and ._:@/-, was '"
          + value + "'");
    }
    return value;
  }

  static String currency(String value, String field) {
    present(value, field);
    if (!CURRENCY.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " must be an ISO 4217 code of three capital letters, was '"
          + value + "'");
    }
    try {
      Currency.getInstance(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + " is not an ISO 4217 currency: '" + value + "'");
    }
    return value;
  }

  static BigDecimal nonNegative(BigDecimal value, String field) {
    present(value, field);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, was " + value.toPlainString());
    }
    return value;
  }

  static int atLeast(int value, int min, String field) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be >= " + min + ", was " + value);
    }
    return value;
  }

  static int between(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /** A copy of {@code values} without nulls; null means empty. */
  static <T> List<T> list(Collection<T> values, String field) {
    if (values == null) {
      return List.of();
    }
    if (values.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException(field + " must not contain null");
    }
    return List.copyOf(values);
  }

  /** {@code money} is present and in {@code currency}, the record's reporting currency. */
  static Money inCurrency(Money money, String currency, String field) {
    present(money, field);
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
