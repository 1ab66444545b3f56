package dev.retention.churn.stream;

import static dev.retention.churn.Fixtures.days;
import static dev.retention.churn.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.churn.Fixtures;
import dev.retention.churn.TestDefinitions;
import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.deadletter.RejectReason;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events behind stream time: applied within the grace, dead-lettered beyond it, with the reason. */
class LateEventsTopologyTest {

  @TempDir
  Path stateDir;

  private ChurnDriver driver;

  @BeforeEach
  void start() {
    driver = new ChurnDriver(ChurnStreamConfig.of(TestDefinitions.FIXED, new FakeModels())
        .withLateGrace(Duration.ofHours(6)), stateDir);
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void shouldApplyAnEventWithinTheGraceBehindStreamTime() {
    driver.send(event("clock", days(10), Fixtures.contact()));
    driver.send(event("anna", days(10).minus(Duration.ofHours(6)), Fixtures.purchase("10.00")));

    assertThat(driver.deadLetters()).isEmpty();
    assertThat(driver.histories()).as("the purchase was applied").singleElement()
        .satisfies(h -> assertThat(h.customerId()).isEqualTo("anna"));
  }

  @Test
  void shouldDeadLetterAnEventBeyondTheGraceAndChangeNothing() {
    driver.send(event("clock", days(10), Fixtures.contact()));
    int risksBefore = driver.risks().size();
    CloudEvent late = event("anna", days(10).minus(Duration.ofHours(6)).minusMillis(1), Fixtures.purchase("10.00"));

    driver.send(late);

    List<DeadLetter> letters = driver.deadLetters();
    assertThat(letters).hasSize(1);
    DeadLetter letter = letters.get(0);
    assertThat(letter.reason()).isEqualTo(RejectReason.LATE_EVENT);
    assertThat(letter.fieldPath()).isEqualTo("/time");
    assertThat(letter.message()).contains("grace of PT6H");
    assertThat(letter.rejectedAt()).isEqualTo(late.time());
    assertThat(letter.sourceTopic()).isEqualTo(Topics.INTERACTIONS.name());
    assertThat(Topics.INTERACTIONS.valueSerde().deserializer().deserialize("t", letter.payload())).isEqualTo(late);
    assertThat(driver.risks()).hasSize(risksBefore);
    assertThat(driver.histories()).as("nothing applied").isEmpty();
  }
}
