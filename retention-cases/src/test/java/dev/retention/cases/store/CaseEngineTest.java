package dev.retention.cases.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.retention.cases.model.CaseCommands.CloseCase;
import dev.retention.cases.model.CaseCommands.LogOutreach;
import dev.retention.cases.model.CaseCommands.OpenCase;
import dev.retention.cases.model.CaseEvents.CaseEscalated;
import dev.retention.cases.model.CaseEvents.CaseOpened;
import dev.retention.cases.model.CaseRuleViolation;
import dev.retention.cases.model.EscalationReason;
import dev.retention.cases.model.Outcome;
import dev.retention.cases.model.Playbooks;
import dev.retention.cases.policy.StandardContactPolicy.FrequencyCap;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ConsentChanged;
import dev.retention.contracts.events.ConsentStatus;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactOutcome;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.segments.ValueTier;
import dev.retention.testkit.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The engine on an embedded H2 file: JDBC event store, transactions, projection and persistent deadlines. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CaseEngineTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir
  Path dir;

  private final MutableClock clock = new MutableClock(T0);

  private Database database() {
    return Database.open("jdbc:h2:file:" + dir.resolve("cases"), "sa", "", 4);
  }

  private CaseEngine engine(Database db) {
    return CaseEngine.start(new CaseEngine.Settings(db, Playbooks.DEFAULTS, new FrequencyCap(2, Duration.ofDays(7)),
        clock, Duration.ofMillis(100), Optional.empty()));
  }

  @Test
  void shouldKeepOneOpenCasePerCustomerInTheDatabase() {
    try (Database db = database(); CaseEngine engine = engine(db)) {
      engine.commands().sendAndWait(new OpenCase("case-a", "c-1", "a", ValueTier.HIGH, RiskLevel.HIGH, 70, T0));
      assertThatThrownBy(() -> engine.commands().sendAndWait(
          new OpenCase("case-b", "c-1", "b", ValueTier.HIGH, RiskLevel.HIGH, 70, T0)))
          .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("already has an open case: case-a");
      // the refused open left nothing behind
      assertThat(engine.exists("case-b")).isFalse();
      engine.commands().sendAndWait(new CloseCase("case-a", Outcome.FALSE_ALARM, "no risk", T0.plusSeconds(5)));
      engine.commands().sendAndWait(new OpenCase("case-b", "c-1", "b", ValueTier.LOW, RiskLevel.HIGH, 70, T0));
      assertThat(engine.openCases().openCaseOf("c-1")).contains("case-b");
      await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
          assertThat(engine.views().find("case-a"))
              .hasValueSatisfying(view -> assertThat(view.outcome()).isEqualTo("FALSE_ALARM")));
    }
  }

  @Test
  void shouldRefuseASecondStreamForTheSameCaseId() {
    try (Database db = database(); CaseEngine engine = engine(db)) {
      OpenCase open = new OpenCase("case-e", "c-9", "e", ValueTier.MEDIUM, RiskLevel.HIGH, 70, T0);
      engine.commands().sendAndWait(open);
      assertThatThrownBy(() -> engine.commands().sendAndWait(open))
          .isInstanceOf(AggregateStreamCreationException.class);
      assertThat(engine.history("case-e")).hasSize(1);
      assertThat(engine.openCases().openCaseOf("c-9")).contains("case-e");
    }
  }

  @Test
  void shouldRefuseContactWithdrawnOnTheCustomersTopicAndRollBackNothing() {
    try (Database db = database(); CaseEngine engine = engine(db)) {
      engine.consents().put("c-2", CustomerProfile.unknown("c-2").apply(CloudEvent.of("e-1", "crm", "c-2",
          T0.minusSeconds(60), new ConsentChanged(null, null, ConsentStatus.WITHDRAWN))));
      engine.commands().sendAndWait(new OpenCase("case-c", "c-2", "c", ValueTier.HIGH, RiskLevel.HIGH, 70, T0));
      assertThatThrownBy(() -> engine.commands().sendAndWait(new LogOutreach("case-c", ContactChannel.EMAIL,
          ContactPurpose.CARE, ContactOutcome.REACHED, "hi", "ann", T0.plusSeconds(60))))
          .isInstanceOf(CaseRuleViolation.class).hasMessageStartingWith("DO_NOT_CONTACT");
      assertThat(engine.history("case-c")).hasSize(1);
    }
  }

  @Test
  void shouldFireAPendingDeadlineAfterARestart() {
    try (Database db = database()) {
      try (CaseEngine engine = engine(db)) {
        engine.commands().sendAndWait(new OpenCase("case-d", "c-3", "d", ValueTier.HIGH, RiskLevel.HIGH, 70, T0));
        assertThat(engine.history("case-d")).singleElement()
            .extracting(EventMessage::getPayload).isInstanceOf(CaseOpened.class);
      }
      clock.advance(Duration.ofHours(25));
      try (CaseEngine restarted = engine(db)) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(restarted.history("case-d"))
            .extracting(EventMessage::getPayload)
            .anySatisfy(p -> assertThat(p).isInstanceOfSatisfying(CaseEscalated.class,
                e -> assertThat(e.reason()).isEqualTo(EscalationReason.FIRST_CONTACT_MISSED))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
            assertThat(restarted.views().find("case-d"))
                .hasValueSatisfying(view -> assertThat(view.escalations()).isEqualTo(1)));
      }
    }
  }
}
