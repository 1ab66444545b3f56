package dev.retention.churn.state;

import dev.retention.contracts.json.JsonSerde;
import org.apache.kafka.common.serialization.Serde;

/** The store format of {@link CustomerState}: JSON with the platform's mapper. */
public final class CustomerStateSerde {

  private static final JsonSerde<CustomerState> SERDE = JsonSerde.of(CustomerState.class);

  private CustomerStateSerde() {}

  public static Serde<CustomerState> serde() {
    return SERDE;
  }
}
