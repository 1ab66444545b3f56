package dev.retention.churn.backtest;

import static dev.retention.churn.backtest.RocAucTest.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestReportTest {

  // four customers, two churned; the platform ranks perfectly and flags one HIGH
  private static final List<Scored> PLATFORM = List.of(s(90, true), s(60, true), s(30, false), s(10, false));
  private static final List<Scored> RECENCY = List.of(s(5, true), s(20, true), s(10, false), s(1, false));
  private static final List<Scored> BGNBD = List.of(s(-1, true), s(-1, true), s(-1, false), s(-1, false));

  @Test
  void shouldRenderTheMethodsSideBySide() {
    PrecisionRecall high = PrecisionRecall.top(PLATFORM, 1);
    BacktestReport report = new BacktestReport(4, 2, MethodMetrics.of("platform risk", PLATFORM, high),
        MethodMetrics.baseline("recency gap", RECENCY, 1), MethodMetrics.baseline("BG/NBD E[holdout]", BGNBD, 1));

    String text = report.render();

    assertThat(text.lines()).containsSequence(
        "Back-test: 4 customers, 2 churned (50.0 %)",
        "metric                     platform risk       recency gap BG/NBD E[holdout]",
        "ROC AUC                            1.000             0.750             0.500",
        "precision@HIGH                     1.000             1.000             0.500",
        "recall@HIGH                        0.500             0.500             0.250",
        "precision@top-decile               1.000             1.000             0.500",
        "recall@top-decile                  0.500             0.500             0.250",
        "flagged HIGH                           1                 1                 1");
  }

  @Test
  void shouldShowUndefinedFiguresAsNotAvailable() {
    List<Scored> allChurned = List.of(s(1, true), s(2, true));
    MethodMetrics m = MethodMetrics.of("m", allChurned, PrecisionRecall.top(allChurned, 0));

    String text = new BacktestReport(2, 2, m, m, m).render();

    assertThat(text).contains("ROC AUC                              n/a");
    assertThat(text).contains("precision@HIGH                       n/a");
  }
}
