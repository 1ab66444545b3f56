package dev.retention.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.deploy.bench.BenchPayloads.Payload;
import dev.retention.ingestion.validation.EventValidator;
import dev.retention.ingestion.validation.Validation;
import dev.retention.ingestion.validation.ValidationRules;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadBatchesTest {

  private final List<Payload> payloads = BenchPayloads.generate(25, 42);
  private final LoadBatches batches = LoadBatches.of(payloads, 10);

  @Test
  void theFirstRoundSendsThePayloadsOwnBytesAsNdjson() {
    assertThat(batches.size()).as("the remainder of 5 is left out").isEqualTo(2);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    for (int i = 10; i < 20; i++) {
      expected.writeBytes(payloads.get(i).json());
      expected.write('\n');
    }

    assertThat(batches.body(1)).isEqualTo(expected.toByteArray());
  }

  @Test
  void laterRoundsSendTheSameEventsUnderNewIds() {
    List<String> round0 = lines(batches.body(0));
    List<String> round1 = lines(batches.body(2));
    List<String> round2 = lines(batches.body(4));

    assertThat(round1).hasSize(10);
    for (int i = 0; i < 10; i++) {
      assertThat(round1.get(i)).isEqualTo(round0.get(i).replace("\"id\":\"bench-42-" + i + "\"",
          "\"id\":\"bench-42-" + i + "-r1\""));
      assertThat(round2.get(i)).contains("\"id\":\"bench-42-" + i + "-r2\"");
    }
    EventValidator validator = new EventValidator(ValidationRules.DEFAULTS);
    round1.forEach(line -> assertThat(validator.validate(line.getBytes(StandardCharsets.UTF_8), Instant.now()))
        .isInstanceOf(Validation.Accepted.class));
  }

  @Test
  void needsOneWholeBatch() {
    assertThatThrownBy(() -> LoadBatches.of(payloads, 26)).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> lines(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n");
    return List.of(text.split("\n"));
  }
}
