package dev.retention.ingestion.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.retention.runtime.http.LivenessHandler;
import dev.retention.runtime.http.MetricsHandler;
import dev.retention.runtime.http.ReadinessHandler;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes the routes the gateway serves and the answers it gives. */
class GatewayOpenApiTest {

  private final JsonNode doc;

  GatewayOpenApiTest() throws Exception {
    doc = new ObjectMapper(new YAMLFactory()).readTree(OpenApiHandler.load());
  }

  @Test
  void shouldDescribeEveryRoute() {
    assertThat(doc.path("openapi").asText()).startsWith("3.1");
    assertThat(doc.path("paths").fieldNames()).toIterable().containsExactlyInAnyOrder(SingleEventHandler.PATH,
        BatchHandler.PATH, OpenApiHandler.PATH, LivenessHandler.PATH, ReadinessHandler.PATH, MetricsHandler.PATH);
  }

  @Test
  void shouldDescribeEveryAnswerOfTheEventRoutes() {
    assertThat(doc.at("/paths/~1v1~1events/post/responses").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("202", "400", "401", "403", "413", "415", "422", "500", "503");
    assertThat(doc.at("/paths/~1v1~1events:batch/post/responses").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("202", "207", "400", "401", "403", "413", "415");
  }

  @Test
  void shouldDescribeTheMediaTypesTheHandlersAccept() {
    assertThat(doc.at("/paths/~1v1~1events/post/requestBody/content").fieldNames()).toIterable()
        .containsExactlyInAnyOrderElementsOf(SingleEventHandler.MEDIA_TYPES);
    assertThat(doc.at("/paths/~1v1~1events:batch/post/requestBody/content").fieldNames()).toIterable()
        .containsExactlyInAnyOrderElementsOf(BatchHandler.MEDIA_TYPES.keySet());
  }

  @Test
  void shouldListEveryReasonCode() {
    JsonNode reasons = doc.at("/components/schemas/Problem/properties/reason/enum");
    assertThat(reasons).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(GatewayReason.values()).map(GatewayReason::code).toList());
  }
}
