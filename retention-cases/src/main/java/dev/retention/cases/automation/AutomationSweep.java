package dev.retention.cases.automation;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@link AutomatedOutreach#sendDue} now and then every {@code interval}. */
public final class AutomationSweep implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AutomationSweep.class);

  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "cases-automated-outreach");
    thread.setDaemon(true);
    return thread;
  });

  public AutomationSweep(AutomatedOutreach outreach, Duration interval) {
    executor.scheduleWithFixedDelay(() -> {
      try {
        outreach.sendDue();
      } catch (RuntimeException e) {
        LOG.warn("automated outreach failed; next try in {}", interval, e);
      }
    }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
