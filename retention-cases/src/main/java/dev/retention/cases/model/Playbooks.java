package dev.retention.cases.model;

import dev.retention.contracts.segments.ValueTier;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The playbook of each value tier. A warning without a tier gets the {@code fallback} tier's playbook.
 */
public record Playbooks(Map<ValueTier, Playbook> byTier, ValueTier fallback) {

  /** The seed practice: HIGH by a customer success manager, MEDIUM by a sales rep, LOW automated. */
  public static final Playbooks DEFAULTS = new Playbooks(Map.of(
      ValueTier.HIGH, new Playbook("high-value-csm", ValueTier.HIGH, "customer-success-manager",
          "customer-success-lead", Duration.ofHours(24), Duration.ofDays(7), Duration.ofDays(90)),
      ValueTier.MEDIUM, new Playbook("medium-value-sales", ValueTier.MEDIUM, "sales-rep", "sales-lead",
          Duration.ofHours(72), Duration.ofDays(30), Duration.ofDays(90)),
      ValueTier.LOW, new Playbook("low-value-automated", ValueTier.LOW, "automated-outreach", "marketing-lead",
          Duration.ofHours(24), Duration.ofDays(14), Duration.ofDays(60))),
      ValueTier.MEDIUM);

  public Playbooks {
    Objects.requireNonNull(fallback, "fallback");
    byTier = new EnumMap<>(byTier);
    for (ValueTier tier : ValueTier.values()) {
      Playbook playbook = byTier.get(tier);
      if (playbook == null) {
        throw new IllegalArgumentException("no playbook for tier " + tier);
      }
      if (playbook.tier() != tier) {
        throw new IllegalArgumentException("playbook " + playbook.name() + " is for " + playbook.tier()
            + " but configured for " + tier);
      }
    }
  }

  public Playbook forTier(ValueTier tier) {
    return byTier.get(tier == null ? fallback : tier);
  }
}
