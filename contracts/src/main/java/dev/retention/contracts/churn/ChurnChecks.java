package dev.retention.contracts.churn;

import dev.retention.contracts.events.Require;
import java.time.Instant;
import java.util.List;

/** Argument checks the churn records share; each failure names the JSON field at fault. */
final class ChurnChecks {

  private ChurnChecks() {}

  static void maxLength(String value, int max, String field) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException(field + " must be at most " + max + " characters");
    }
  }

  static void finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, was " + value);
    }
  }

  static void warning(String eventId, String warningId, String customerId, Instant at, String definitionsVersion) {
    Require.text(eventId, "eventId");
    maxLength(eventId, 256, "eventId");
    Require.text(warningId, "warningId");
    maxLength(warningId, 256, "warningId");
    Require.identifier(customerId, "customerId");
    Require.present(at, "at");
    Require.text(definitionsVersion, "definitionsVersion");
    maxLength(definitionsVersion, 128, "definitionsVersion");
  }

  static List<RiskReason> someReasons(List<RiskReason> reasons) {
    List<RiskReason> copy = Require.list(reasons, "reasons");
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("reasons must have at least one entry");
    }
    return copy;
  }
}
