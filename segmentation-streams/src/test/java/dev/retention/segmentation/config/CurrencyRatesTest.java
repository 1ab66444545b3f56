package dev.retention.segmentation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.contracts.events.Money;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CurrencyRatesTest {

  private static final CurrencyRates RATES = new CurrencyRates("EUR",
      new TreeMap<>(Map.of("USD", new BigDecimal("0.86"), "GBP", new BigDecimal("1.15"),
          "JPY", new BigDecimal("0.0058"))), 2);

  @Test
  void shouldConvertExactlyAndRoundHalfEvenOnce() {
    assertThat(RATES.convert(Money.of("19.99", "USD"))).isEqualTo(new BigDecimal("17.19")); // 17.1914
    assertThat(RATES.convert(Money.of("0.25", "USD"))).isEqualTo(new BigDecimal("0.22"));   // 0.2150 -> even
    assertThat(RATES.convert(Money.of("0.75", "USD"))).isEqualTo(new BigDecimal("0.64"));   // 0.6450 -> even
    assertThat(RATES.convert(Money.of("1999", "JPY"))).isEqualTo(new BigDecimal("11.59"));  // 11.5942
    assertThat(RATES.convert(Money.of("0.1", "EUR"))).isEqualTo(new BigDecimal("0.10"));
    assertThat(RATES.convert(Money.of("10.005", "EUR"))).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void shouldSumAmountsThatBinaryFloatingPointGetsWrong() {
    BigDecimal sum = RATES.convert(Money.of("0.1", "EUR")).add(RATES.convert(Money.of("0.2", "EUR")));

    assertThat(sum).isEqualTo(new BigDecimal("0.30"));
    assertThat(0.1 + 0.2).as("what a double would have said").isNotEqualTo(0.3);
  }

  @Test
  void shouldRefuseACurrencyWithoutRate() {
    assertThat(RATES.canConvert("CHF")).isFalse();
    assertThat(RATES.canConvert("EUR")).isTrue();
    assertThatThrownBy(() -> RATES.convert(Money.of("5", "CHF")))
        .isInstanceOf(MissingExchangeRateException.class)
        .hasMessage("no exchange rate from CHF to the reporting currency EUR; add it to segmentation.currency.rates");
  }

  @Test
  void shouldParseAndPrintTheRateTable() {
    assertThat(CurrencyRates.parseRateTable(" USD=0.86, GBP=1.150 ,")).containsOnlyKeys("GBP", "USD");
    assertThat(RATES.rateTable()).isEqualTo("GBP=1.15,JPY=0.0058,USD=0.86");
    assertThat(CurrencyRates.parseRateTable("")).isEmpty();
    assertThatThrownBy(() -> CurrencyRates.parseRateTable("USD")).hasMessageContaining("CODE=RATE");
    assertThatThrownBy(() -> CurrencyRates.parseRateTable("USD=1,USD=2")).hasMessageContaining("twice");
    assertThatThrownBy(() -> CurrencyRates.parseRateTable("XXY=1")).hasMessageContaining("not an ISO 4217");
    assertThatThrownBy(() -> new CurrencyRates("EUR", new TreeMap<>(Map.of("USD", BigDecimal.ZERO)), 2))
        .hasMessageContaining("must be positive");
  }
}
