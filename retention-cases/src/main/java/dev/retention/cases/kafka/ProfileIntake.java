package dev.retention.cases.kafka;

import dev.retention.cases.kafka.TopicConsumer.Result;
import dev.retention.cases.policy.ConsentBook;
import dev.retention.contracts.profiles.CustomerProfile;

/** Keeps the local copy of the customers topic (profiles and consents) for the contact policy. */
public final class ProfileIntake implements TopicConsumer.Handler<CustomerProfile> {

  private final ConsentBook consents;

  public ProfileIntake(ConsentBook consents) {
    this.consents = consents;
  }

  @Override
  public Result handle(String key, CustomerProfile profile) {
    if (key == null) {
      return Result.REJECTED;
    }
    consents.put(key, profile);
    return Result.ACCEPTED;
  }
}
