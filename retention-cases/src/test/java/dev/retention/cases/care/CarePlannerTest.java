package dev.retention.cases.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.cases.model.CaseRuleViolation;
import dev.retention.cases.model.Playbooks;
import dev.retention.cases.policy.StandardContactPolicy.FrequencyCap;
import dev.retention.cases.store.CaseEngine;
import dev.retention.cases.store.Database;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.profiles.Consent;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.segments.ValueTier;
import dev.retention.contracts.events.ConsentStatus;
import dev.retention.testkit.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The care calendar on the service's H2 tables with the real contact policy. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CarePlannerTest {

  private static final Instant NOW = Instant.parse("2026-12-21T08:00:00Z");

  @TempDir
  Path dir;

  private static CustomerProfile profile(String id, String birthday, List<ContactChannel> channels,
      List<Consent> consents) {
    return new CustomerProfile(id, null, null, null, birthday == null ? null : LocalDate.parse(birthday), null, null,
        null, channels, consents, null, null, null, null);
  }

  @Test
  void shouldPlanCareTasksForHighAndMediumCustomersUnderTheContactRules() {
    MutableClock clock = new MutableClock(NOW);
    try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("cases"), "sa", "", 4);
        CaseEngine engine = CaseEngine.start(new CaseEngine.Settings(db, Playbooks.DEFAULTS,
            new FrequencyCap(2, Duration.ofDays(7)), clock, Duration.ofSeconds(10), Optional.empty()))) {
      JdbcCareCustomers customers = new JdbcCareCustomers(engine.sql());
      CareTasks tasks = new CareTasks(engine.sql());
      customers.putTier("high-bday", ValueTier.HIGH);
      customers.putTier("medium", ValueTier.MEDIUM);
      customers.putTier("low-bday", ValueTier.LOW);
      customers.putTier("optout", ValueTier.HIGH);
      customers.putTier("capped", ValueTier.MEDIUM);
      engine.consents().put("high-bday", profile("high-bday", "1970-12-24", List.of(ContactChannel.SMS), null));
      engine.consents().put("low-bday", profile("low-bday", "1970-12-24", null, null));
      engine.consents().put("optout", profile("optout", null, null,
          List.of(new Consent(null, ContactPurpose.GREETING, ConsentStatus.WITHDRAWN, NOW.minusSeconds(99)))));
      engine.contactPolicy().recordContact("case-x", "capped", ContactChannel.PHONE, ContactPurpose.CARE,
          NOW.minus(Duration.ofDays(1)));
      engine.contactPolicy().recordContact("case-x", "capped", ContactChannel.PHONE, ContactPurpose.PROMOTION,
          NOW.minus(Duration.ofDays(2)));
      CarePlanner planner = new CarePlanner(new CarePlanner.Calendar(Holiday.parseList("12-24=christmas-eve"),
          Duration.ofDays(3), ContactChannel.EMAIL), customers, tasks, engine.contactPolicy());

      assertThat(planner.plan(NOW)).isEqualTo(5);
      assertThat(planner.plan(NOW.plusSeconds(3600))).as("planning again creates nothing twice").isZero();

      assertThat(tasks.list(null, 100)).extracting(CareTask::taskId, CareTask::status, CareTask::channel)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("capped/christmas-eve/2026-12-24", "REFUSED", "EMAIL"),
              org.assertj.core.groups.Tuple.tuple("high-bday/birthday/2026-12-24", "PLANNED", "SMS"),
              org.assertj.core.groups.Tuple.tuple("high-bday/christmas-eve/2026-12-24", "PLANNED", "SMS"),
              org.assertj.core.groups.Tuple.tuple("medium/christmas-eve/2026-12-24", "PLANNED", "EMAIL"),
              org.assertj.core.groups.Tuple.tuple("optout/christmas-eve/2026-12-24", "REFUSED", "EMAIL"));
      assertThat(tasks.find("capped/christmas-eve/2026-12-24").orElseThrow().reason()).startsWith("FREQUENCY_CAP");
      assertThat(tasks.find("optout/christmas-eve/2026-12-24").orElseThrow().reason())
          .startsWith("CONSENT_WITHDRAWN");

      // doing tasks counts towards the cap: the third greeting of the week is refused
      CareService care = new CareService(tasks, engine.contactPolicy(), clock);
      assertThat(care.done("high-bday/birthday/2026-12-24", null).orElseThrow().status()).isEqualTo("DONE");
      assertThat(care.done("high-bday/christmas-eve/2026-12-24", null).orElseThrow().status()).isEqualTo("DONE");
      assertThat(engine.contactPolicy().decide("high-bday", ContactChannel.SMS, ContactPurpose.GREETING, NOW)
          .reason()).isEqualTo(dev.retention.cases.model.ContactDecision.Reason.FREQUENCY_CAP);
      assertThatThrownBy(() -> care.done("high-bday/birthday/2026-12-24", null))
          .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("is DONE");
      assertThat(care.done("nope", null)).isEmpty();
    }
  }
}
