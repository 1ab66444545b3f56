package dev.retention.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ComplaintOpened;
import dev.retention.contracts.events.ComplaintResponded;
import dev.retention.contracts.events.CustomerRegistered;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.events.SurveyAnswered;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.schema.ContractSchemas;
import dev.retention.deploy.demo.DemoEvents.Keyed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoEventsTest {

  private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
  private static final Duration HISTORY = Duration.ofDays(400);
  private final List<DemoCustomer> customers = DemoPopulation.generate(2000, NOW, HISTORY, 7);
  private final DemoEvents events = new DemoEvents(7);

  @Test
  void shouldMakeTheSamePopulationAndHistoryForTheSameSeed() {
    assertThat(DemoPopulation.generate(2000, NOW, HISTORY, 7)).isEqualTo(customers);
    assertThat(events.history(customers.get(3), NOW)).isEqualTo(new DemoEvents(7).history(customers.get(3), NOW));
    assertThat(DemoPopulation.generate(2000, NOW, HISTORY, 8)).isNotEqualTo(customers);
  }

  @Test
  void shouldGiveEachTraitItsShare() {
    Map<Trait, Long> counts = customers.stream().collect(Collectors.groupingBy(DemoCustomer::trait,
        Collectors.counting()));
    assertThat(counts.get(Trait.DRIFTING)).isBetween(100L, 220L);
    assertThat(counts.get(Trait.UNANSWERED_COMPLAINT)).isBetween(20L, 70L);
    assertThat(counts.get(Trait.DETRACTOR)).isBetween(45L, 130L);
  }

  @Test
  void shouldMakeOnlyValidEventsInTimeOrderBeforeNowStartingWithTheRegistration() {
    for (DemoCustomer customer : customers.subList(0, 300)) {
      List<Keyed> history = events.history(customer, NOW);
      assertThat(history.get(0).event().data()).isInstanceOf(CustomerRegistered.class);
      Instant previous = Instant.MIN;
      for (Keyed keyed : history) {
        CloudEvent event = keyed.event();
        assertThat(keyed.key()).isEqualTo(customer.id()).isEqualTo(event.subject());
        assertThat(event.time()).isAfterOrEqualTo(previous).isBeforeOrEqualTo(NOW);
        previous = event.time();
        assertThat(ContractSchemas.get().validateEvent(Json.mapper().valueToTree(event))).isEmpty();
      }
    }
  }

  @Test
  void shouldLetDriftingCustomersFadeAwayAfterTheirDriftDate() {
    List<DemoCustomer> drifting = customers.stream().filter(c -> c.trait() == Trait.DRIFTING).toList();
    long before = 0;
    long lateAfter = 0;
    for (DemoCustomer customer : drifting) {
      assertThat(customer.driftFrom()).isBetween(NOW.minus(Duration.ofDays(200)), NOW.minus(Duration.ofDays(1)));
      for (Keyed keyed : events.history(customer, NOW)) {
        if (keyed.event().data() instanceof PurchaseCompleted) {
          Instant t = keyed.event().time();
          if (t.isBefore(customer.driftFrom()) && t.isAfter(customer.driftFrom().minus(Duration.ofDays(60)))) {
            before++;
          } else if (t.isAfter(customer.driftFrom().plus(Duration.ofDays(60)))) {
            lateAfter++;
          }
        }
      }
    }
    // 60 days before the drift they buy steadily; 60+ days after it, almost never (rate e^-60/21 ~ 6 %)
    assertThat(before).isGreaterThan(drifting.size());
    assertThat(lateAfter).isLessThan(before / 10);
  }

  @Test
  void shouldLeaveTheUnansweredComplaintUnansweredAndMakeDetractorsAnswerLow() {
    for (DemoCustomer customer : customers) {
      List<Keyed> history = events.history(customer, NOW);
      if (customer.trait() == Trait.UNANSWERED_COMPLAINT) {
        List<String> opened = history.stream().map(k -> k.event().data())
            .filter(ComplaintOpened.class::isInstance).map(d -> ((ComplaintOpened) d).complaintId()).toList();
        List<String> responded = history.stream().map(k -> k.event().data())
            .filter(ComplaintResponded.class::isInstance).map(d -> ((ComplaintResponded) d).complaintId()).toList();
        assertThat(opened).as(customer.id()).isNotEmpty();
        assertThat(responded).doesNotContain(opened.get(opened.size() - 1));
      }
      if (customer.trait() == Trait.DETRACTOR) {
        SurveyAnswered last = history.stream().map(k -> k.event().data()).filter(SurveyAnswered.class::isInstance)
            .map(SurveyAnswered.class::cast).reduce((a, b) -> b).orElseThrow();
        assertThat(last.score()).isLessThanOrEqualTo(6);
      }
    }
  }
}
