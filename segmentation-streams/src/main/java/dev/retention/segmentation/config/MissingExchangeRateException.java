package dev.retention.segmentation.config;

/**
 * An amount is in a currency the rate table has no rate for. The event cannot be valued; the topology sends it to the
 * dead letter with this message rather than counting it with a made-up value.
 */
public class MissingExchangeRateException extends IllegalArgumentException {

  private final String currency;

  public MissingExchangeRateException(String currency, String reportingCurrency) {
    super("no exchange rate from " + currency + " to the reporting currency " + reportingCurrency
        + "; add it to segmentation.currency.rates");
    this.currency = currency;
  }

  public String currency() {
    return currency;
  }
}
