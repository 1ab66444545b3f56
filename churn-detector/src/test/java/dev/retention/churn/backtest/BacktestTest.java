package dev.retention.churn.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.churn.backtest.Backtest.PlatformRisk;
import dev.retention.churn.model.BgNbdParameters;
import dev.retention.churn.model.PurchaseHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacktestTest {

  private static final BgNbdParameters PAPER = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

  @Test
  void shouldScoreThePlatformAndTheBaselinesOnTheSameCustomers() {
    List<CustomerCalibration> customers = List.of(
        customer("lapsed", new PurchaseHistory(3, 5, 39), 0),      // churned, long gap
        customer("one-timer", new PurchaseHistory(0, 0, 39), 0),   // churned
        customer("regular", new PurchaseHistory(8, 38, 39), 4),    // stayed, recent
        customer("fresh", new PurchaseHistory(1, 2, 3), 1));       // stayed, short gap
    Map<String, PlatformRisk> platform = Map.of(
        "lapsed", new PlatformRisk(90, true), "one-timer", new PlatformRisk(70, false),
        "regular", new PlatformRisk(10, false), "fresh", new PlatformRisk(20, false));

    BacktestReport report = Backtest.compare(customers, platform, PAPER, 39);

    assertThat(report.customers()).isEqualTo(4);
    assertThat(report.churned()).isEqualTo(2);
    assertThat(report.platform().rocAuc()).isEqualTo(1.0);
    assertThat(report.platform().atHigh()).isEqualTo(new PrecisionRecall(1, 1, 2));
    // gaps: lapsed 34, one-timer 39, regular 1, fresh 1 -> both churners rank above both stayers
    assertThat(report.recencyGap().rocAuc()).isEqualTo(1.0);
    // the recency baseline's "HIGH" is its single top customer, the one-timer
    assertThat(report.recencyGap().atHigh()).isEqualTo(new PrecisionRecall(1, 1, 2));
    assertThat(report.bgNbd().atHigh().flagged()).isEqualTo(1);
  }

  @Test
  void shouldRefuseACohortCustomerThePlatformDidNotScore() {
    List<CustomerCalibration> customers = List.of(customer("a", new PurchaseHistory(0, 0, 10), 0));

    assertThatThrownBy(() -> Backtest.compare(customers, Map.of(), PAPER, 39))
        .hasMessageContaining("no risk for customer a");
  }

  private static CustomerCalibration customer(String id, PurchaseHistory h, int holdoutPurchases) {
    return new CustomerCalibration(id, LocalDate.of(1997, 1, 1), h, BigDecimal.ZERO, holdoutPurchases);
  }
}
