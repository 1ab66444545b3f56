package dev.retention.ingestion.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.EventType;
import dev.retention.contracts.json.Json;

/**
 * Writes a {@code retention.purchase.completed.v1} CloudEvent as JSON from the text of a row, without checking it:
 * values stay strings exactly as read, so the one {@link dev.retention.ingestion.validation.EventValidator} decides
 * what is valid and names the field at fault, as on every other ingestion path. Null values are left out.
 *
 * @param id the event id (unique per source)
 * @param time RFC 3339 with offset
 * @param amount decimal text of {@code data.total.amount}
 */
record PurchaseJson(String id, String source, String subject, String time, String orderId, String kind,
    String amount, String currency, String channel) {

  static final String TYPE = EventType.PURCHASE_COMPLETED.typeName();

  byte[] bytes() {
    ObjectNode event = Json.mapper().createObjectNode();
    event.put("specversion", CloudEvent.SPEC_VERSION);
    putIfPresent(event, "id", id);
    putIfPresent(event, "source", source);
    event.put("type", TYPE);
    putIfPresent(event, "subject", subject);
    putIfPresent(event, "time", time);
    event.put("datacontenttype", CloudEvent.JSON_CONTENT_TYPE);
    ObjectNode data = event.putObject("data");
    putIfPresent(data, "orderId", orderId);
    putIfPresent(data, "kind", kind);
    ObjectNode total = data.putObject("total");
    putIfPresent(total, "amount", amount);
    putIfPresent(total, "currency", currency);
    putIfPresent(data, "channel", channel);
    try {
      return Json.mapper().writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree of strings", e);
    }
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
