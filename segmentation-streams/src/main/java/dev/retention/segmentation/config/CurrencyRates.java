package dev.retention.segmentation.config;

import dev.retention.contracts.events.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Converts money into the reporting currency with a fixed rate table. Every amount the segmentation keeps is in the
 * reporting currency at exactly {@code scale} decimal places: an amount is converted and rounded (half-even) once, on
 * arrival, and every sum after that is an exact sum of those amounts, never floating point.
 *
 * @param reportingCurrency ISO 4217 code every amount is converted to, e.g. {@code EUR}
 * @param rates units of the reporting currency per unit of another currency ({@code USD -> 0.86} means 1 USD =
 *     0.86 EUR); the reporting currency itself needs no entry
 * @param scale decimal places of every kept amount, 0 to 6
 */
public record CurrencyRates(String reportingCurrency, SortedMap<String, BigDecimal> rates, int scale) {

  public CurrencyRates {
    reportingCurrency = checkCode(reportingCurrency);
    Objects.requireNonNull(rates, "rates");
    SortedMap<String, BigDecimal> copy = new TreeMap<>();
    for (Map.Entry<String, BigDecimal> e : rates.entrySet()) {
      String code = checkCode(e.getKey());
      BigDecimal rate = Objects.requireNonNull(e.getValue(), "rate of " + code);
      if (rate.signum() <= 0) {
        throw new IllegalArgumentException("the rate of " + code + " must be positive, was " + rate.toPlainString());
      }
      if (code.equals(reportingCurrency) && rate.compareTo(BigDecimal.ONE) != 0) {
        throw new IllegalArgumentException("the reporting currency " + code + " can only have the rate 1");
      }
      copy.put(code, rate.stripTrailingZeros());
    }
    rates = Collections.unmodifiableSortedMap(copy);
    if (scale < 0 || scale > 6) {
      throw new IllegalArgumentException("scale must be between 0 and 6, was " + scale);
    }
  }

  /** Whether an amount in {@code currency} can be converted: it is the reporting currency or has a rate. */
  public boolean canConvert(String currency) {
    return reportingCurrency.equals(currency) || rates.containsKey(currency);
  }

  /**
   * The amount in the reporting currency, rounded half-even to {@link #scale()} places.
   *
   * @throws MissingExchangeRateException if the currency has no rate
   */
  public BigDecimal convert(Money money) {
    return convert(money.amount(), money.currency());
  }

  /**
   * {@code amount} of {@code currency} in the reporting currency, rounded half-even to {@link #scale()} places.
   *
   * @throws MissingExchangeRateException if the currency has no rate
   */
  public BigDecimal convert(BigDecimal amount, String currency) {
    Objects.requireNonNull(amount, "amount");
    if (reportingCurrency.equals(currency)) {
      return amount.setScale(scale, RoundingMode.HALF_EVEN);
    }
    BigDecimal rate = rates.get(currency);
    if (rate == null) {
      throw new MissingExchangeRateException(currency, reportingCurrency);
    }
    return amount.multiply(rate).setScale(scale, RoundingMode.HALF_EVEN);
  }

  /** Zero in the reporting currency at {@link #scale()} places. */
  public BigDecimal zero() {
    return BigDecimal.ZERO.setScale(scale);
  }

  /** The rate table as it is written in configuration: {@code GBP=1.15,USD=0.86}, sorted by code. */
  public String rateTable() {
    return rates.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().toPlainString())
        .collect(Collectors.joining(","));
  }

  /** Parses a rate table such as {@code USD=0.86, GBP=1.15}; an empty text is the empty table. */
  public static SortedMap<String, BigDecimal> parseRateTable(String raw) {
    SortedMap<String, BigDecimal> table = new TreeMap<>();
    for (String item : raw.split(",")) {
      String entry = item.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int eq = entry.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("'" + entry + "' must be CODE=RATE, e.g. USD=0.86");
      }
      String code = entry.substring(0, eq).strip();
      BigDecimal rate;
      try {
        rate = new BigDecimal(entry.substring(eq + 1).strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("the rate in '" + entry + "' must be a decimal number such as 0.86");
      }
      if (table.put(checkCode(code), rate) != null) {
        throw new IllegalArgumentException(code + " appears twice in the rate table");
      }
    }
    return table;
  }

  static String checkCode(String code) {
    if (code == null || !code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("'" + code + "' must be an ISO 4217 code of three capital letters");
    }
    try {
      Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency");
    }
    return code;
  }
}
