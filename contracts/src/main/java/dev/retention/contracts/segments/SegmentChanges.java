package dev.retention.contracts.segments;

import dev.retention.contracts.events.Require;
import java.time.Instant;

/** The checks every {@link SegmentChange} shares. */
final class SegmentChanges {

  /** A CloudEvent id: 1-256 characters. */
  static final int MAX_EVENT_ID = 256;

  private SegmentChanges() {}

  static void check(String customerId, Object from, Object to, Instant at, String causeEventId,
      String definitionsVersion) {
    Require.identifier(customerId, "customerId");
    Require.present(to, "to");
    if (to.equals(from)) {
      throw new IllegalArgumentException("to must differ from from, both were " + to);
    }
    Require.present(at, "at");
    Check.optionalText(causeEventId, MAX_EVENT_ID, "causeEventId");
    Check.text(definitionsVersion, CustomerValue.MAX_DEFINITIONS_VERSION, "definitionsVersion");
  }
}
