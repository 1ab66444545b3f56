package dev.retention.cases.policy;

import dev.retention.contracts.profiles.CustomerProfile;
import java.util.Optional;

/** The customers' current profiles and consents, as last read from the customers topic. */
public interface ConsentBook {

  Optional<CustomerProfile> profile(String customerId);

  /** Keeps the newest profile; {@code null} (a tombstone: erasure) forgets the customer. */
  void put(String customerId, CustomerProfile profile);
}
