package dev.retention.churn.stream;

import dev.retention.churn.risk.OpenWarning;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.json.JsonSerde;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/**
 * The bookkeeping of a customer's outputs: the last evaluation, what was last published, the open warning and the
 * customer's single due time in the index.
 *
 * @param asOf event time of the last evaluation; evaluations never go back
 * @param level the level after hysteresis at the last evaluation
 * @param signals the signals that held at the last evaluation
 * @param publishedFingerprint fingerprint of the last published risk; null when none was published
 * @param openWarning the open warning, or null
 * @param warningsRaised how many warnings the customer had; numbers the next warning id
 * @param due the customer's entry in the due-time index, or null
 */
public record CustomerBook(Instant asOf, RiskLevel level, List<RiskSignal> signals, Integer publishedFingerprint,
    OpenWarning openWarning, int warningsRaised, Instant due) {

  public static final CustomerBook NONE = new CustomerBook(null, null, List.of(), null, null, 0, null);
  private static final JsonSerde<CustomerBook> SERDE = JsonSerde.of(CustomerBook.class);

  public CustomerBook {
    signals = signals == null ? List.of() : List.copyOf(signals);
  }

  /** {@code at}, or the last evaluation's time if that is later. */
  Instant asOfAtLeast(Instant at) {
    return asOf != null && asOf.isAfter(at) ? asOf : at;
  }

  static Serde<CustomerBook> serde() {
    return SERDE;
  }
}
