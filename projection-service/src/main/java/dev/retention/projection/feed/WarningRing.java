package dev.retention.projection.feed;

import dev.retention.contracts.churn.ChurnWarning;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The recent churn warnings, bounded, in the order this instance read them, with listeners for live delivery. The
 * SSE id of a warning is its contract {@code eventId}, which is the same on every instance, so a client can resume
 * (Last-Event-ID) on any instance: it gets what came after that id here, or, if the id has already left the ring,
 * the whole ring.
 */
public final class WarningRing {

  private final int capacity;
  private final Deque<ChurnWarning> recent = new ArrayDeque<>();
  private final List<Consumer<ChurnWarning>> listeners = new CopyOnWriteArrayList<>();

  public WarningRing(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    this.capacity = capacity;
  }

  public void add(ChurnWarning warning) {
    synchronized (recent) {
      if (recent.stream().anyMatch(w -> w.eventId().equals(warning.eventId()))) {
        return; // read again after a consumer restart: already delivered
      }
      recent.addLast(warning);
      while (recent.size() > capacity) {
        recent.removeFirst();
      }
    }
    listeners.forEach(l -> l.accept(warning));
  }

  /** The warnings after {@code lastEventId}; all of them when it is null or no longer in the ring. */
  public List<ChurnWarning> after(String lastEventId) {
    synchronized (recent) {
      List<ChurnWarning> all = new ArrayList<>(recent);
      if (lastEventId == null) {
        return all;
      }
      for (int i = all.size() - 1; i >= 0; i--) {
        if (all.get(i).eventId().equals(lastEventId)) {
          return List.copyOf(all.subList(i + 1, all.size()));
        }
      }
      return all;
    }
  }

  /**
   * Replays what came after {@code lastEventId} and then delivers every new warning to {@code listener}, without a
   * gap or a repeat between the two.
   *
   * @return a handle that stops the delivery
   */
  public Runnable subscribe(String lastEventId, Consumer<ChurnWarning> listener) {
    synchronized (recent) {
      after(lastEventId).forEach(listener);
      listeners.add(listener);
    }
    return () -> listeners.remove(listener);
  }
}
