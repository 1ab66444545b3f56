package dev.retention.cases.care;

import dev.retention.cases.model.CaseRuleViolation;
import dev.retention.cases.model.ContactDecision;
import dev.retention.cases.model.ContactPolicy;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactPurpose;
import java.time.Clock;
import java.util.Optional;

/** Carrying out a care task: the contact policy is asked again now, and the contact counts towards the cap. */
public final class CareService {

  private final CareTasks tasks;
  private final ContactPolicy policy;
  private final Clock clock;

  public CareService(CareTasks tasks, ContactPolicy policy, Clock clock) {
    this.tasks = tasks;
    this.policy = policy;
    this.clock = clock;
  }

  public CareTasks tasks() {
    return tasks;
  }

  /**
   * @return the task after it was done; empty for an unknown task
   * @throws CaseRuleViolation when the task is not PLANNED or the policy now refuses the contact
   */
  public Optional<CareTask> done(String taskId, ContactChannel channel) {
    Optional<CareTask> task = tasks.find(taskId);
    if (task.isEmpty()) {
      return task;
    }
    if (!"PLANNED".equals(task.get().status())) {
      throw new CaseRuleViolation("care-task-not-planned", "care task " + taskId + " is " + task.get().status());
    }
    ContactChannel used = channel == null ? ContactChannel.valueOf(task.get().channel()) : channel;
    ContactDecision decision = policy.decide(task.get().customerId(), used, ContactPurpose.GREETING, clock.instant());
    if (!decision.allowed()) {
      throw CaseRuleViolation.contactRefused(decision);
    }
    policy.recordContact(taskId, task.get().customerId(), used, ContactPurpose.GREETING, clock.instant());
    tasks.markDone(taskId, used.name(), clock.instant());
    return tasks.find(taskId);
  }
}
