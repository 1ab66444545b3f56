package dev.retention.contracts;

import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.ChurnWarningCleared;
import dev.retention.contracts.churn.ChurnWarningEscalated;
import dev.retention.contracts.churn.ChurnWarningRaised;
import dev.retention.contracts.churn.Measure;
import dev.retention.contracts.churn.ModelParameters;
import dev.retention.contracts.churn.Prediction;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.segments.ValueTier;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Valid churn records, from the barest to the fullest. */
final class ChurnExamples {

  static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

  private ChurnExamples() {}

  static RiskReason overdue() {
    return new RiskReason(RiskSignal.PURCHASE_OVERDUE, 40,
        "No purchase for 120 days, 3.0x the usual 40 days", Instant.parse("2026-01-20T00:00:00Z"),
        List.of("evt-last-purchase"),
        List.of(Measure.of("daysSinceLastPurchase", 120, 100, "days"), Measure.context("typicalIntervalDays", 40,
            "days")));
  }

  static RiskReason detractor() {
    return new RiskReason(RiskSignal.NPS_DETRACTOR, 30, "Answered NPS 3 (detractor)", AT, List.of("evt-survey"),
        List.of(new Measure("nps", 3, 6.0, null)));
  }

  static List<ChurnRisk> risks() {
    return List.of(
        new ChurnRisk("c-1", AT, "churn-defaults-1", 0, RiskLevel.LOW, List.of(), null, null, null),
        new ChurnRisk("c-2", AT, "churn-defaults-1", 70, RiskLevel.HIGH, List.of(overdue(), detractor()),
            ValueTier.HIGH,
            new Prediction("bg-nbd@1997-09-30T00:00:00Z", 0.31, 0.12, new Money(new java.math.BigDecimal("35.50"),
                "EUR"), new Money(new java.math.BigDecimal("17.04"), "EUR"), ValueTier.LOW),
            "c-2/2026-03-01T10:15:30Z"),
        new ChurnRisk("c-3", AT, "churn-defaults-1", 40, RiskLevel.MEDIUM, List.of(overdue()), ValueTier.MEDIUM,
            new Prediction("bg-nbd@x", 1.0, 0.5, null, null, null), null));
  }

  static List<ChurnWarning> warnings() {
    String id = "c-2/2026-03-01T10:15:30Z";
    return List.of(
        new ChurnWarningRaised(id + "/raised", id, "c-2", AT, "churn-defaults-1", "evt-survey", RiskLevel.MEDIUM, 55,
            List.of(detractor()), ValueTier.HIGH),
        new ChurnWarningRaised(id + "/raised", id, "c-2", AT, "churn-defaults-1", null, RiskLevel.HIGH, 80,
            List.of(overdue()), null),
        new ChurnWarningEscalated(id + "/escalated/1", id, "c-2", AT.plusSeconds(60), "churn-defaults-1", null,
            RiskLevel.MEDIUM, RiskLevel.HIGH, 80, List.of(overdue(), detractor()), ValueTier.HIGH),
        new ChurnWarningCleared(id + "/cleared", id, "c-2", AT.plusSeconds(3600), "churn-defaults-1", "evt-purchase",
            RiskLevel.HIGH, 10, "Purchased again on 2026-03-01"));
  }

  static List<ModelParameters> models() {
    return List.of(
        new ModelParameters(ModelParameters.BG_NBD, "bg-nbd@1997-09-30T00:00:00Z",
            Map.of("r", 0.243, "alpha", 4.414, "a", 0.793, "b", 2.426), -9582.4, 2357,
            Instant.parse("1997-09-30T00:00:00Z")),
        new ModelParameters(ModelParameters.GAMMA_GAMMA, "gamma-gamma@1", Map.of("p", 6.25, "q", 3.74, "gamma", 15.44),
            -4000.5, 946, Instant.parse("1997-09-30T00:00:00Z")));
  }
}
