package dev.retention.ingestion.http;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.runtime.http.Problem;

/** Whether one event may be written: it is valid and the caller's key covers its source. */
sealed interface Admission {

  /** Valid and allowed: write {@code bytes}, the exact input, keyed by the event's subject. */
  record Admitted(CloudEvent event, byte[] bytes) implements Admission {}

  /** Refused, with the problem to answer and the reason to count. */
  record Refused(Problem problem, GatewayReason reason) implements Admission {}
}
