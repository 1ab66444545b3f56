package dev.retention.ingestion.importer;

import java.util.Arrays;
import java.util.Optional;

/** The fields of a purchase event a CSV column (or a constant) can provide; {@link #key()} is the mapping key. */
public enum CsvField {
  ID("id", false),
  SOURCE("source", false),
  SUBJECT("subject", true),
  TIME("time", true),
  ORDER_ID("orderId", false),
  KIND("kind", false),
  AMOUNT("amount", true),
  CURRENCY("currency", true),
  CHANNEL("channel", false);

  private final String key;
  private final boolean required;

  CsvField(String key, boolean required) {
    this.key = key;
    this.required = required;
  }

  String key() {
    return key;
  }

  /** Without a value for this field no row can be an event, so a mapping that gives none is refused up front. */
  boolean required() {
    return required;
  }

  static Optional<CsvField> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }
}
