package dev.retention.ingestion.importer;

import java.time.Duration;

/** Counts sends not yet acknowledged, and waits (bounded) until there are none. */
final class InFlight {

  private long pending;

  synchronized void started() {
    pending++;
  }

  synchronized void ended() {
    pending--;
    if (pending == 0) {
      notifyAll();
    }
  }

  /** Waits until nothing is pending or {@code timeout} passed; returns how many are still pending. */
  synchronized long awaitNone(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (pending > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return pending;
  }
}
