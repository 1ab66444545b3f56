package dev.retention.projection.stream;

import static dev.retention.projection.model.TallyKey.CASES;
import static dev.retention.projection.model.TallyKey.QUARTER;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.projection.model.Tally;
import dev.retention.projection.model.TallyKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts retention cases from the case events: opened and closed per outcome, in total, per playbook and per quarter
 * and tier, for the save rate. The tier comes from the opened event and is remembered per case until it closes.
 * An event without {@code type}, {@code caseId} or a valid {@code at} is counted as rejected ({@code cases|rejected})
 * and logged, so that events in = accepted + rejected.
 */
final class CaseProjector implements Processor<String, JsonNode, Void, Void> {

  static final String OPENED = "retention.case.opened.v1";
  static final String CLOSED = "retention.case.closed.v1";
  private static final Logger LOG = LoggerFactory.getLogger(CaseProjector.class);

  private KeyValueStore<String, CaseInfo> cases;
  private TallyWriter tallies;

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    cases = context.getStateStore(ProjectionStores.CASES);
    tallies = new TallyWriter(context.getStateStore(ProjectionStores.CASE_TALLIES));
  }

  @Override
  public void process(Record<String, JsonNode> record) {
    JsonNode event = record.value();
    if (event == null) {
      return; // the cases topic is not compacted; a null value carries nothing
    }
    String type = text(event, "type");
    String caseId = text(event, "caseId");
    Instant at = instant(event);
    if (type == null || caseId == null || at == null) {
      LOG.warn("case event without type, caseId or a valid 'at' counted as rejected: key {}", record.key());
      tallies.add(TallyKey.of(CASES, "rejected"), Tally.one());
      return;
    }
    tallies.add(TallyKey.of(CASES, "events"), Tally.one());
    if (type.equals(OPENED)) {
      String tier = orElse(text(event, "valueTier"), "UNKNOWN");
      String playbook = orElse(text(event, "playbook"), "unknown");
      cases.put(caseId, new CaseInfo(caseId, text(event, "customerId"), tier, playbook, at));
      tallies.add(TallyKey.of(CASES, "opened"), Tally.one());
      tallies.add(TallyKey.of(QUARTER, TallyKey.quarter(at), tier, "cases-opened"), Tally.one());
    } else if (type.equals(CLOSED)) {
      CaseInfo info = cases.get(caseId);
      String outcome = orElse(text(event, "outcome"), "UNKNOWN");
      String tier = info == null ? "UNKNOWN" : info.tier();
      String playbook = orElse(text(event, "playbook"), info == null ? "unknown" : info.playbook());
      tallies.add(TallyKey.of(CASES, "closed", outcome), Tally.one());
      tallies.add(TallyKey.of(CASES, "playbook", playbook, outcome), Tally.one());
      tallies.add(TallyKey.of(QUARTER, TallyKey.quarter(at), tier, "cases-closed-" + outcome), Tally.one());
      cases.delete(caseId);
    }
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() || value.textValue().isBlank() ? null : value.textValue();
  }

  private static Instant instant(JsonNode node) {
    String at = text(node, "at");
    try {
      return at == null ? null : Instant.parse(at);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
