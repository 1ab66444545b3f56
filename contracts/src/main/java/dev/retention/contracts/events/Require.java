package dev.retention.contracts.events;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Argument checks for the contract records (events here, projections in other packages of the contracts). Each failure names the JSON field at fault, because these messages end
 * up in HTTP problem details and dead-letter records read by the people who sent the event.
 */
public final class Require {

  static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}");

  private Require() {}

  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  public static String text(String value, String field) {
    present(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  public static String optionalText(String value, String field) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank when present");
    }
    return value;
  }

  /** Ids: 1-128 characters, letters, digits and . _ : @ / - (no spaces, no control characters). */
  public static String identifier(String value, String field) {
    present(value, field);
    if (!IDENTIFIER.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " must be 1-128 characters of letters, digits and ._:@/-, was '"
          + value + "'");
    }
    return value;
  }

  public static String optionalIdentifier(String value, String field) {
    return value == null ? null : identifier(value, field);
  }

  public static BigDecimal nonNegative(BigDecimal value, String field) {
    present(value, field);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, was " + value.toPlainString());
    }
    return value;
  }

  public static int between(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  public static <T> List<T> list(Collection<T> values, String field) {
    if (values == null) {
      return List.of();
    }
    if (values.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException(field + " must not contain null");
    }
    return List.copyOf(values);
  }

  /** An ISO 4217 currency code of three capital letters that the JDK knows. */
  public static String currency(String value, String field) {
    return Money.checkCurrency(value, field);
  }
}
