package dev.retention.cases.care;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.retention.cases.store.Sql;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.segments.ValueTier;
import java.util.function.Consumer;

/**
 * Customer tiers (from the customer-value topic) joined with their profiles (from the customers topic): the
 * customers the care calendar serves are the HIGH and MEDIUM ones.
 */
public final class JdbcCareCustomers implements CarePlanner.CareCustomers {

  private final Sql sql;

  public JdbcCareCustomers(Sql sql) {
    this.sql = sql;
  }

  /** Keeps a customer's current tier; null (a tombstone or no tier) forgets it. */
  public void putTier(String customerId, ValueTier tier) {
    if (tier == null) {
      sql.update("DELETE FROM customer_tier WHERE customer_id = ?", customerId);
      return;
    }
    if (sql.update("UPDATE customer_tier SET tier = ? WHERE customer_id = ?", tier, customerId) == 0) {
      // one consumer thread writes tiers, so update-then-insert does not race
      sql.update("INSERT INTO customer_tier (customer_id, tier) VALUES (?, ?)", customerId, tier);
    }
  }

  @Override
  public void forEachCaredFor(Consumer<CarePlanner.CaredFor> action) {
    sql.query("SELECT t.customer_id, t.tier, p.profile FROM customer_tier t LEFT JOIN customer_profile p "
            + "ON p.customer_id = t.customer_id WHERE t.tier IN (?, ?) ORDER BY t.customer_id",
        row -> new CarePlanner.CaredFor(row.getString(1), row.getString(2), profile(row.getString(3))),
        ValueTier.HIGH, ValueTier.MEDIUM).forEach(action);
  }

  private static CustomerProfile profile(String json) {
    if (json == null) {
      return null;
    }
    try {
      return Json.mapper().readValue(json, CustomerProfile.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored profile is not readable: " + e.getOriginalMessage(), e);
    }
  }
}
