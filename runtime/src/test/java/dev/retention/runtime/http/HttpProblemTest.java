package dev.retention.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.contracts.json.Json;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpProblemTest {

  @Test
  void shouldWriteTheStandardMembersErrorsAndExtensions() throws Exception {
    Problem problem = Problem.of(URI.create("https://retention.dev/problems/invalid-event"), "Invalid event", 422,
            "2 problems")
        .withInstance("/v1/events")
        .withErrors(List.of(new Problem.FieldError("/data/total/amount", "must not be negative"),
            new Problem.FieldError("/time", "too far in the future")))
        .withExtension("reason", "INVALID_EVENT");

    JsonNode json = Json.mapper().readTree(ProblemJson.toBytes(problem));

    assertThat(json.path("type").asText()).isEqualTo("https://retention.dev/problems/invalid-event");
    assertThat(json.path("title").asText()).isEqualTo("Invalid event");
    assertThat(json.path("status").asInt()).isEqualTo(422);
    assertThat(json.path("detail").asText()).isEqualTo("2 problems");
    assertThat(json.path("instance").asText()).isEqualTo("/v1/events");
    assertThat(json.path("errors").get(0).path("pointer").asText()).isEqualTo("/data/total/amount");
    assertThat(json.path("errors").get(1).path("detail").asText()).isEqualTo("too far in the future");
    assertThat(json.path("reason").asText()).isEqualTo("INVALID_EVENT");
  }

  @Test
  void shouldOmitAbsentMembers() throws Exception {
    JsonNode json = Json.mapper().readTree(ProblemJson.toBytes(new Problem(Problem.ABOUT_BLANK, "Not Found", 404,
        null, null, null, null)));
    assertThat(json.fieldNames()).toIterable().containsExactly("type", "title", "status");
  }

  @Test
  void shouldTitleAnAboutBlankProblemWithTheReasonPhrase() {
    assertThat(Problem.of(404, "x").title()).isEqualTo("Not Found");
    assertThat(Problem.of(503, "x").title()).isEqualTo("Service Unavailable");
    assertThat(Problem.of(422, "x").type()).isEqualTo(Problem.ABOUT_BLANK);
  }

  @Test
  void shouldRefuseANonErrorStatusAndClashingExtensions() {
    assertThatThrownBy(() -> Problem.of(200, "fine")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Problem.of(400, "x").withExtension("status", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Problem(Problem.ABOUT_BLANK, "x", 400, null, null, null, Map.of("errors", 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldNestAProblemAsAnExtensionValue() throws Exception {
    Problem inner = Problem.of(403, "not yours");
    JsonNode json = Json.mapper().readTree(ProblemJson.toBytes(Problem.of(400, "outer").withExtension("cause",
        inner)));
    assertThat(json.path("cause").path("status").asInt()).isEqualTo(403);
  }

  @Test
  void shouldCompareMediaTypesIgnoringCaseAndParameters() {
    assertThat(MediaTypes.essence("Application/CloudEvents+JSON; charset=UTF-8"))
        .isEqualTo("application/cloudevents+json");
    assertThat(MediaTypes.essence(null)).isEmpty();
    assertThat(MediaTypes.isOneOf("application/json", java.util.Set.of("application/json"))).isTrue();
    assertThat(MediaTypes.isOneOf("text/plain", java.util.Set.of("application/json"))).isFalse();
  }
}
