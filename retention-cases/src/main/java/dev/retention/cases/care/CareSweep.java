package dev.retention.cases.care;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the care planner now and then every {@code interval}; planning is idempotent (one task per customer,
 * occasion and date), so a restart or a second sweep on the same day creates nothing twice.
 */
public final class CareSweep implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CareSweep.class);

  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "cases-care-sweep");
    thread.setDaemon(true);
    return thread;
  });

  public CareSweep(CarePlanner planner, Clock clock, Duration interval) {
    executor.scheduleWithFixedDelay(() -> {
      try {
        planner.plan(clock.instant());
      } catch (RuntimeException e) {
        LOG.warn("care planning failed; next try in {}", interval, e);
      }
    }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
