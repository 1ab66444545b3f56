package dev.retention.contracts.segments;

import dev.retention.contracts.events.Require;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactDirection;
import java.util.Comparator;

/**
 * How many contacts with the customer there were on one channel in one direction, over their whole history.
 *
 * @param count at least 1: pairs without contacts are left out
 */
public record ContactCount(ContactChannel channel, ContactDirection direction, int count) {

  /** The order of {@link CustomerValue#contacts()}: by channel, then direction, in the enums' order. */
  public static final Comparator<ContactCount> ORDER =
      Comparator.comparing(ContactCount::channel).thenComparing(ContactCount::direction);

  public ContactCount {
    Require.present(channel, "channel");
    Require.present(direction, "direction");
    Check.atLeast(count, 1, "count");
  }
}
