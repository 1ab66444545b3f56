package dev.retention.cases.care;

import dev.retention.cases.model.ContactDecision;
import dev.retention.cases.model.ContactPolicy;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.profiles.CustomerProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The care calendar: {@code lead} ahead of a HIGH or MEDIUM customer's birthday or a configured holiday, plans a
 * care-outreach task (a GREETING contact), already checked against the contact policy: a customer who withdrew
 * consent or reached the frequency cap gets a REFUSED task with the reason instead of a planned one. Doing the task
 * checks the policy again at that time.
 */
public final class CarePlanner {

  /** The planner's settings. */
  public record Calendar(List<Holiday> holidays, Duration lead, ContactChannel defaultChannel) {
    public Calendar {
      holidays = List.copyOf(holidays);
      Objects.requireNonNull(lead, "lead");
      Objects.requireNonNull(defaultChannel, "defaultChannel");
    }
  }

  /** Source of the customers that get care: HIGH and MEDIUM tier, with their profiles. */
  public interface CareCustomers {
    void forEachCaredFor(Consumer<CaredFor> action);
  }

  /** A customer in a cared-for tier; {@code profile} may be unknown (no customers-topic record yet). */
  public record CaredFor(String customerId, String tier, CustomerProfile profile) {}

  private final Calendar calendar;
  private final CareCustomers customers;
  private final CareTasks tasks;
  private final ContactPolicy policy;

  public CarePlanner(Calendar calendar, CareCustomers customers, CareTasks tasks, ContactPolicy policy) {
    this.calendar = calendar;
    this.customers = customers;
    this.tasks = tasks;
    this.policy = policy;
  }

  /** Plans the tasks for the day {@code lead} after {@code now} (UTC); returns how many were new. */
  public int plan(Instant now) {
    LocalDate day = LocalDate.ofInstant(now.plus(calendar.lead()), ZoneOffset.UTC);
    int[] created = {0};
    customers.forEachCaredFor(customer -> {
      for (String occasion : CareOccasions.on(day, customer.profile(), calendar.holidays())) {
        ContactChannel channel = channel(customer.profile());
        ContactDecision decision = policy.decide(customer.customerId(), channel, ContactPurpose.GREETING, now);
        CareTask task = new CareTask(CareTask.id(customer.customerId(), occasion, day), customer.customerId(),
            occasion, day, customer.tier(), channel.name(), decision.allowed() ? "PLANNED" : "REFUSED",
            decision.allowed() ? null : decision.reason() + ": " + decision.detail(), now, null);
        if (tasks.addIfAbsent(task)) {
          created[0]++;
        }
      }
    });
    return created[0];
  }

  private ContactChannel channel(CustomerProfile profile) {
    return profile == null || profile.preferredChannels().isEmpty()
        ? calendar.defaultChannel() : profile.preferredChannels().get(0);
  }
}
