package dev.retention.segmentation.state;

import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactDirection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Contacts with a customer over their whole life, by channel and direction, and the time of the latest.
 *
 * @param counts one count per (channel, direction), in {@link #indexOf} order: channels in declaration order, inbound
 *     before outbound
 * @param last the latest contact; null before any
 */
public record ContactCounts(List<Integer> counts, Instant last) {

  /** How many (channel, direction) pairs there are. */
  public static final int SIZE = ContactChannel.values().length * ContactDirection.values().length;

  private static final ContactCounts NONE = new ContactCounts(Collections.nCopies(SIZE, 0), null);

  public ContactCounts {
    counts = List.copyOf(counts);
    if (counts.size() != SIZE) {
      throw new IllegalArgumentException("need " + SIZE + " counts, got " + counts.size());
    }
  }

  public static ContactCounts none() {
    return NONE;
  }

  public ContactCounts plus(ContactChannel channel, ContactDirection direction, Instant time) {
    List<Integer> more = new ArrayList<>(counts);
    int i = indexOf(channel, direction);
    more.set(i, Math.addExact(more.get(i), 1));
    return new ContactCounts(more, last == null || time.isAfter(last) ? time : last);
  }

  public int count(ContactChannel channel, ContactDirection direction) {
    return counts.get(indexOf(channel, direction));
  }

  public int count(ContactDirection direction) {
    int sum = 0;
    for (ContactChannel channel : ContactChannel.values()) {
      sum += count(channel, direction);
    }
    return sum;
  }

  public int total() {
    return counts.stream().mapToInt(Integer::intValue).sum();
  }

  public static int indexOf(ContactChannel channel, ContactDirection direction) {
    return channel.ordinal() * ContactDirection.values().length + direction.ordinal();
  }
}
