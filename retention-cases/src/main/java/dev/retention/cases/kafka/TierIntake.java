package dev.retention.cases.kafka;

import dev.retention.cases.care.JdbcCareCustomers;
import dev.retention.cases.kafka.TopicConsumer.Result;
import dev.retention.contracts.segments.CustomerValue;

/** Keeps each customer's value tier from the customer-value topic, for the care calendar. */
public final class TierIntake implements TopicConsumer.Handler<CustomerValue> {

  private final JdbcCareCustomers customers;

  public TierIntake(JdbcCareCustomers customers) {
    this.customers = customers;
  }

  @Override
  public Result handle(String key, CustomerValue value) {
    if (key == null) {
      return Result.REJECTED;
    }
    customers.putTier(key, value == null ? null : value.valueTier());
    return Result.ACCEPTED;
  }
}
