package dev.retention.cases.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.retention.cases.model.CaseCommands.OpenCase;
import dev.retention.cases.model.CaseEvents.CaseEscalated;
import dev.retention.cases.model.CaseEvents.IncentiveOffered;
import dev.retention.cases.model.CaseEvents.OutreachLogged;
import dev.retention.cases.model.Playbooks;
import dev.retention.cases.policy.StandardContactPolicy.FrequencyCap;
import dev.retention.cases.store.CaseEngine;
import dev.retention.cases.store.Database;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ConsentChanged;
import dev.retention.contracts.events.ConsentStatus;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.segments.ValueTier;
import dev.retention.testkit.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The LOW tier's automated playbook on the real engine (H2 file): messages sent, policy obeyed, nothing twice. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AutomatedOutreachTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final AutomatedOutreach.AutomationConfig CONFIG = new AutomatedOutreach.AutomationConfig(
      ContactChannel.EMAIL, "first", "follow-up", new BigDecimal("10.00"), Duration.ofMinutes(10));

  @TempDir
  Path dir;

  private final MutableClock clock = new MutableClock(T0);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  @Test
  void shouldSendTheFirstMessageWithACouponThenTheFollowUpBeforeItIsDueAndNeverTwice() {
    try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("cases"), "sa", "", 4);
        CaseEngine engine = CaseEngine.start(new CaseEngine.Settings(db, Playbooks.DEFAULTS,
            new FrequencyCap(2, Duration.ofDays(7)), clock, Duration.ofMillis(100), Optional.empty()))) {
      AutomatedOutreach outreach = new AutomatedOutreach(engine.views(), engine.commands(), clock, CONFIG, meters);
      engine.commands().sendAndWait(new OpenCase("case-low", "c-1", "w-1", ValueTier.LOW, RiskLevel.MEDIUM, 50, T0));
      engine.commands().sendAndWait(new OpenCase("case-high", "c-2", "w-2", ValueTier.HIGH, RiskLevel.HIGH, 80, T0));
      engine.consents().put("c-3", CustomerProfile.unknown("c-3").apply(CloudEvent.of("e-1", "crm", "c-3",
          T0.minusSeconds(60), new ConsentChanged(null, null, ConsentStatus.WITHDRAWN))));
      engine.commands().sendAndWait(new OpenCase("case-dnc", "c-3", "w-3", ValueTier.LOW, RiskLevel.MEDIUM, 50, T0));
      await().atMost(Duration.ofSeconds(60)).until(() -> engine.views().find("case-dnc").isPresent());

      assertThat(outreach.sendDue()).isEqualTo(1);
      assertThat(payloads(engine, "case-low")).filteredOn(OutreachLogged.class::isInstance).singleElement()
          .satisfies(o -> assertThat(((OutreachLogged) o).by()).isEqualTo(AutomatedOutreach.ROLE));
      assertThat(payloads(engine, "case-low")).filteredOn(IncentiveOffered.class::isInstance).singleElement()
          .satisfies(i -> assertThat(((IncentiveOffered) i).value()).isEqualByComparingTo("10.00"));
      assertThat(payloads(engine, "case-high")).as("a person works the HIGH case").hasSize(1);
      assertThat(payloads(engine, "case-dnc")).as("withdrawn consent is obeyed").hasSize(1);
      assertThat(meters.counter("retention_cases_automated_outreach", "result", "refused").count()).isEqualTo(1);

      // the view has the first contact; nothing more is due until shortly before the 14-day follow-up
      await().atMost(Duration.ofSeconds(60)).until(() ->
          engine.views().find("case-low").orElseThrow().firstContactAt() != null);
      clock.advance(Duration.ofDays(14).minusMinutes(30));
      assertThat(outreach.sendDue()).as("nothing for case-low yet").isZero();
      clock.advance(Duration.ofMinutes(25));
      assertThat(outreach.sendDue()).isEqualTo(1);
      assertThat(payloads(engine, "case-low")).filteredOn(OutreachLogged.class::isInstance).hasSize(2);
      assertThat(payloads(engine, "case-low")).noneMatch(CaseEscalated.class::isInstance);
    }
  }

  private static List<Object> payloads(CaseEngine engine, String caseId) {
    return engine.history(caseId).stream().map(EventMessage::getPayload).map(Object.class::cast).toList();
  }
}
