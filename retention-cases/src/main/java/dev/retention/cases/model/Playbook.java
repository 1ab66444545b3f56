package dev.retention.cases.model;

import dev.retention.contracts.segments.ValueTier;
import java.time.Duration;
import java.util.Objects;

/**
 * How cases of one value tier are worked.
 *
 * @param ownerRole who works the case (e.g. customer-success-manager, sales-rep, automated-outreach)
 * @param manager to whom missed deadlines escalate while no owner with a manager is assigned
 * @param firstContactWithin the first contact is due this long after opening
 * @param followUpEvery after each contact the next one is due this long later
 * @param outcomeWindow a purchase within this long after opening closes the case RETAINED; at its end it is LOST
 */
public record Playbook(String name, ValueTier tier, String ownerRole, String manager, Duration firstContactWithin,
    Duration followUpEvery, Duration outcomeWindow) {

  public Playbook {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(ownerRole, "ownerRole");
    Objects.requireNonNull(manager, "manager");
    positive(firstContactWithin, "firstContactWithin");
    positive(followUpEvery, "followUpEvery");
    positive(outcomeWindow, "outcomeWindow");
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }
}
