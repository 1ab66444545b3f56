package dev.retention.cases.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retention.cases.policy.ConsentBook;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.profiles.CustomerProfile;
import java.util.Optional;

/** The customers topic kept as a table (the newest profile per customer), for the contact policy. */
public final class JdbcConsentBook implements ConsentBook {

  private static final ObjectMapper JSON = Json.mapper();

  private final Sql sql;

  public JdbcConsentBook(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Optional<CustomerProfile> profile(String customerId) {
    return sql.query("SELECT profile FROM customer_profile WHERE customer_id = ?", row -> row.getString(1), customerId)
        .stream().findFirst().map(JdbcConsentBook::read);
  }

  @Override
  public void put(String customerId, CustomerProfile profile) {
    if (profile == null) {
      sql.update("DELETE FROM customer_profile WHERE customer_id = ?", customerId);
      return;
    }
    String json = write(profile);
    if (sql.update("UPDATE customer_profile SET profile = ? WHERE customer_id = ?", json, customerId) == 0) {
      // one consumer thread writes profiles, so update-then-insert does not race
      sql.update("INSERT INTO customer_profile (customer_id, profile) VALUES (?, ?)", customerId, json);
    }
  }

  private static CustomerProfile read(String json) {
    try {
      return JSON.readValue(json, CustomerProfile.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored profile is not readable: " + e.getOriginalMessage(), e);
    }
  }

  private static String write(CustomerProfile profile) {
    try {
      return JSON.writeValueAsString(profile);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("profile cannot be written: " + e.getOriginalMessage(), e);
    }
  }
}
