package dev.retention.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.topics.Topics;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProjectionEventsTest {

  @Test
  void shouldMakeValidCloudEventsOfPopulationCustomersAtTheSendTime() {
    ProjectionEvents events = new ProjectionEvents(50, 1, "run-fresh");
    Instant now = Instant.parse("2026-11-23T10:15:30.123456789Z");
    for (long i = 0; i < 200; i++) {
      ProjectionEvents.Event e = events.next(i, now);
      CloudEvent event = Topics.INTERACTIONS.valueSerde().deserializer().deserialize(Topics.INTERACTIONS.name(),
          e.json());
      assertThat(event.id()).isEqualTo("run-fresh-" + i).isEqualTo(e.eventId());
      assertThat(event.subject()).isEqualTo(e.customerId());
      assertThat(e.customerId()).matches("cust-00000[0-4][0-9]");
      assertThat(event.time()).isEqualTo(Instant.parse("2026-11-23T10:15:30.123Z"));
    }
  }

  @Test
  void shouldGiveTheSameSequenceForTheSameSeed() {
    ProjectionEvents a = new ProjectionEvents(1000, 9, "x");
    ProjectionEvents b = new ProjectionEvents(1000, 9, "x");
    Instant now = Instant.parse("2026-11-23T10:00:00Z");
    for (long i = 0; i < 50; i++) {
      assertThat(a.next(i, now).json()).isEqualTo(b.next(i, now).json());
    }
  }

  @Test
  void shouldMarkAnEventIdAsATimelineEntryOnlyWithItsWholeId() {
    String json = "{\"timeline\":[{\"eventId\":\"run-fresh-1234\",\"type\":\"t\"}]}";
    assertThat(json).contains(ProjectionEvents.timelineMarker("run-fresh-1234"));
    assertThat(json).doesNotContain(ProjectionEvents.timelineMarker("run-fresh-123"));
  }
}
