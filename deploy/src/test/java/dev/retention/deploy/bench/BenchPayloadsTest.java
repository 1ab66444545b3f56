package dev.retention.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.deploy.bench.BenchPayloads.Payload;
import dev.retention.ingestion.validation.EventValidator;
import dev.retention.ingestion.validation.Validation;
import dev.retention.ingestion.validation.ValidationRules;
import dev.retention.runtime.http.ApiKeys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BenchPayloadsTest {

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
    List<Payload> first = BenchPayloads.generate(500, 7);
    List<Payload> again = BenchPayloads.generate(500, 7);
    List<Payload> other = BenchPayloads.generate(500, 8);

    for (int i = 0; i < first.size(); i++) {
      assertThat(again.get(i).key()).isEqualTo(first.get(i).key());
      assertThat(again.get(i).json()).isEqualTo(first.get(i).json());
    }
    assertThat(other.get(0).json()).isNotEqualTo(first.get(0).json());
  }

  @Test
  void everyPayloadIsAValidEventOfTheBenchSourceKeyedByItsSubject() {
    EventValidator validator = new EventValidator(ValidationRules.DEFAULTS);
    ApiKeys.Client bench = new ApiKeys.Client(BenchApiKey.SOURCE);

    for (Payload payload : BenchPayloads.generate(1_000, 3)) {
      Validation validation = validator.validateRecord(payload.json(), payload.key(), Instant.now());
      assertThat(validation).as(new String(payload.json(), StandardCharsets.UTF_8))
          .isInstanceOf(Validation.Accepted.class);
      CloudEvent event = ((Validation.Accepted) validation).event();
      assertThat(bench.covers(event.source())).isTrue();
      assertThat(event.subject()).isEqualTo(payload.key());
      assertThat(event.time()).isBeforeOrEqualTo(BenchPayloads.END);
    }
  }

  @Test
  void idEndIsTheQuoteAfterTheId() {
    for (Payload payload : BenchPayloads.generate(50, 5)) {
      String json = new String(payload.json(), StandardCharsets.UTF_8);
      assertThat(json.charAt(payload.idEnd())).isEqualTo('"');
      assertThat(json.substring(0, payload.idEnd())).matches(".*\"id\":\"bench-5-\\d+");
    }
  }

  @Test
  void theMixIsMostlyPurchases() {
    Map<String, Long> types = BenchPayloads.generate(10_000, 11).stream()
        .map(p -> new String(p.json(), StandardCharsets.UTF_8).replaceAll(".*\"type\":\"([^\"]+)\".*", "$1"))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

    assertThat(types.get("retention.purchase.completed.v1")).isBetween(6_700L, 7_300L);
    assertThat(types.get("retention.contact.logged.v1")).isBetween(1_300L, 1_700L);
    assertThat(types.get("retention.complaint.opened.v1")).isBetween(800L, 1_200L);
    assertThat(types.get("retention.survey.answered.v1")).isBetween(350L, 650L);
  }
}
