package dev.retention.cases.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.cases.model.CaseEvents.CaseClosed;
import dev.retention.cases.model.CaseEvents.CaseEscalated;
import dev.retention.cases.model.CaseEvents.CaseOpened;
import dev.retention.cases.store.CaseEngine;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.segments.ValueTier;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

/** The wire shape of case events, as Axon's serializer writes them to the store and to retention.cases.v1. */
class CaseEventJsonTest {

  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  private final Serializer serializer = CaseEngine.serializer();

  private JsonNode wire(Object event) throws Exception {
    SerializedObject<byte[]> bytes = serializer.serialize(event, byte[].class);
    return Json.mapper().readTree(bytes.getData());
  }

  @Test
  void shouldWriteTheLogicalTypeAndTheCommonFieldsWithoutClassNames() throws Exception {
    CaseOpened opened = new CaseOpened("case-1", "c-1", AT, "w-1", ValueTier.HIGH, "high-value-csm", "csm",
        "lead", RiskLevel.HIGH, 80, AT.plusSeconds(60), Duration.ofDays(7), AT.plusSeconds(600));
    JsonNode json = wire(opened);
    assertThat(json.get("type").asText()).isEqualTo("retention.case.opened.v1");
    assertThat(json.get("caseId").asText()).isEqualTo("case-1");
    assertThat(json.get("customerId").asText()).isEqualTo("c-1");
    assertThat(json.get("at").asText()).isEqualTo("2026-03-02T09:00:00Z");
    assertThat(json.get("warningId").asText()).isEqualTo("w-1");
    assertThat(json.get("valueTier").asText()).isEqualTo("HIGH");
    assertThat(json.get("playbook").asText()).isEqualTo("high-value-csm");
    assertThat(json.toString()).doesNotContain("dev.retention");
  }

  @Test
  void shouldWriteTheOutcomeAndPlaybookOfAClosedCaseAndReadItBackByType() throws Exception {
    CaseClosed closed = new CaseClosed("case-1", "c-1", AT, Outcome.RETAINED, "high-value-csm", ValueTier.HIGH,
        "bought", "p-1", true);
    JsonNode json = wire(closed);
    assertThat(json.get("type").asText()).isEqualTo("retention.case.closed.v1");
    assertThat(json.get("outcome").asText()).isEqualTo("RETAINED");
    assertThat(Json.mapper().treeToValue(json, CaseEvent.class)).isEqualTo(closed);
  }

  @Test
  void shouldOmitTheValueTierWhenTheWarningHadNone() throws Exception {
    CaseEscalated escalated = new CaseEscalated("case-1", "c-1", AT, EscalationReason.MANUAL, "lead", null, null,
        "why");
    assertThat(wire(escalated).get("type").asText()).isEqualTo("retention.case.escalated.v1");
    CaseOpened noTier = new CaseOpened("case-1", "c-1", AT, "w-1", null, "p", "r", "m", RiskLevel.HIGH, 1, AT,
        Duration.ofDays(1), AT);
    assertThat(wire(noTier).has("valueTier")).isFalse();
  }
}
