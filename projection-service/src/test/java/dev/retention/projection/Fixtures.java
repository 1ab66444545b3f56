package dev.retention.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.ChurnWarningCleared;
import dev.retention.contracts.churn.ChurnWarningRaised;
import dev.retention.contracts.churn.Measure;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ComplaintOpened;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.LineItem;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.events.OrderKind;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.events.SalesChannel;
import dev.retention.contracts.events.Severity;
import dev.retention.contracts.events.SurveyAnswered;
import dev.retention.contracts.events.SurveyMetric;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.segments.ComplaintCounts;
import dev.retention.contracts.segments.CurrencySpend;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.FrequencyClass;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.Preference;
import dev.retention.contracts.segments.RefundSummary;
import dev.retention.contracts.segments.SurveyScores;
import dev.retention.contracts.segments.ValueTier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Records produced to the contracts, as the upstream services would write them. */
public final class Fixtures {

  public static final Instant T0 = Instant.parse("2026-07-01T10:00:00Z");

  private Fixtures() {}

  public static Instant days(long n) {
    return T0.plus(Duration.ofDays(n));
  }

  public static CustomerProfile profile(String id, String name) {
    return new CustomerProfile(id, name, id + "@example.org", null, null, "EU", null, null, List.of(), List.of(),
        T0, T0, T0, "reg-" + id);
  }

  public static CustomerValue value(String id, ValueTier tier, LifecycleStage stage, int purchases, String spend,
      Instant asOf, String... categories) {
    Money money = Money.of(spend, "EUR");
    List<Preference> top = Arrays.stream(categories).map(c -> new Preference(c, 1, money)).toList();
    return new CustomerValue(id, asOf, "test-1", T0, asOf, purchases, purchases, null, money, money,
        List.of(new CurrencySpend("EUR", new BigDecimal(spend))), null, tier, FrequencyClass.LOW_FREQUENCY, stage,
        RefundSummary.none("EUR"), List.of(), ComplaintCounts.NONE, SurveyScores.NONE, top, List.of());
  }

  public static RiskReason reason(RiskSignal signal, int points, String explanation, String... eventIds) {
    return new RiskReason(signal, points, explanation, T0, List.of(eventIds),
        List.of(Measure.of("daysSinceLastPurchase", 120, 90, "days")));
  }

  public static ChurnRisk risk(String id, RiskLevel level, int score, Instant asOf, RiskReason... reasons) {
    return new ChurnRisk(id, asOf, "churn-1", score, level, List.of(reasons), null, null, null);
  }

  public static ChurnWarningRaised raised(String id, String warningId, Instant at, RiskReason reason) {
    return new ChurnWarningRaised(warningId + "/raised", warningId, id, at, "churn-1", null, RiskLevel.HIGH, 80,
        List.of(reason), ValueTier.HIGH);
  }

  public static ChurnWarningCleared cleared(String id, String warningId, Instant at) {
    return new ChurnWarningCleared(warningId + "/cleared", warningId, id, at, "churn-1", null, RiskLevel.HIGH, 10,
        "Purchased again");
  }

  public static CloudEvent purchase(String eventId, String customerId, Instant at, String amount, OrderKind kind) {
    return CloudEvent.of(eventId, "shop", customerId, at, new PurchaseCompleted("o-" + eventId, kind,
        Money.of(amount, "EUR"), List.of(new LineItem("p-1", "books", 1, new BigDecimal(amount))),
        SalesChannel.WEB));
  }

  public static CloudEvent nps(String eventId, String customerId, Instant at, int score) {
    return CloudEvent.of(eventId, "survey", customerId, at,
        new SurveyAnswered("s-" + eventId, SurveyMetric.NPS, score, "relationship", null));
  }

  public static CloudEvent complaint(String eventId, String customerId, Instant at, String complaintId) {
    return CloudEvent.of(eventId, "ticketing", customerId, at,
        new ComplaintOpened(complaintId, "delivery", Severity.HIGH, null, ContactChannel.EMAIL, false));
  }

  public static JsonNode caseOpened(String caseId, String customerId, Instant at, String tier) {
    ObjectNode node = Json.mapper().createObjectNode()
        .put("type", "retention.case.opened.v1").put("caseId", caseId).put("customerId", customerId)
        .put("at", at.toString()).put("warningId", "w-" + customerId).put("playbook", "high-value-call");
    if (tier != null) {
      node.put("valueTier", tier);
    }
    return node;
  }

  public static JsonNode caseClosed(String caseId, String customerId, Instant at, String outcome) {
    return Json.mapper().createObjectNode()
        .put("type", "retention.case.closed.v1").put("caseId", caseId).put("customerId", customerId)
        .put("at", at.toString()).put("outcome", outcome).put("playbook", "high-value-call");
  }
}
