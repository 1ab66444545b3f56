package dev.retention.ingestion.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.ingestion.http.BatchSplitter.Format;
import dev.retention.runtime.http.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayBatchSplitterTest {

  private final BatchSplitter splitter = new BatchSplitter(3);

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> texts(List<byte[]> events) {
    return events.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
  }

  private static int statusOf(Runnable call) {
    try {
      call.run();
    } catch (ProblemException e) {
      return e.problem().status();
    }
    throw new AssertionError("expected a problem");
  }

  @Test
  void shouldSplitAJsonArrayIntoTheExactBytesOfEachElement() {
    String first = "{\"id\":\"a\",\n \"n\" : [1, {\"x\":\"]}\"}]}";
    String second = "{\"id\":\"ä\\u00e4\"}";
    List<byte[]> events = splitter.split(bytes(" [ " + first + " ,\n" + second + " ] \n"), Format.JSON_ARRAY);
    assertThat(texts(events)).containsExactly(first, second);
  }

  @Test
  void shouldKeepNonObjectElementsForTheValidatorToRefuse() {
    List<byte[]> events = splitter.split(bytes("[1, \"text\", null]"), Format.JSON_ARRAY);
    assertThat(texts(events)).containsExactly("1", "\"text\"", "null");
  }

  @Test
  void shouldSplitNdjsonIntoNonBlankLines() {
    List<byte[]> events = splitter.split(bytes("{\"id\":\"a\"}\r\n\n   \n {\"id\":\"b\"} \nnot json"),
        Format.NDJSON);
    assertThat(texts(events)).containsExactly("{\"id\":\"a\"}", "{\"id\":\"b\"}", "not json");
  }

  @Test
  void shouldRefuseABrokenEnvelopeWhole() {
    assertThat(statusOf(() -> splitter.split(bytes("[{\"id\":\"a\"}, {\"id\":"), Format.JSON_ARRAY)))
        .isEqualTo(400);
    assertThat(statusOf(() -> splitter.split(bytes("[{\"id\":\"a\"}"), Format.JSON_ARRAY))).isEqualTo(400);
    assertThat(statusOf(() -> splitter.split(bytes("{\"id\":\"a\"}"), Format.JSON_ARRAY))).isEqualTo(400);
    assertThat(statusOf(() -> splitter.split(bytes("[] []"), Format.JSON_ARRAY))).isEqualTo(400);
  }

  @Test
  void shouldRefuseAnEmptyBatch() {
    assertThat(statusOf(() -> splitter.split(new byte[0], Format.JSON_ARRAY))).isEqualTo(400);
    assertThat(statusOf(() -> splitter.split(bytes("[ ]"), Format.JSON_ARRAY))).isEqualTo(400);
    assertThat(statusOf(() -> splitter.split(bytes("\n \n"), Format.NDJSON))).isEqualTo(400);
  }

  @Test
  void shouldRefuseMoreEventsThanTheLimit() {
    assertThat(splitter.split(bytes("[1,2,3]"), Format.JSON_ARRAY)).hasSize(3);
    assertThatThrownBy(() -> splitter.split(bytes("[1,2,3,4]"), Format.JSON_ARRAY))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.problem().status()).isEqualTo(413);
          assertThat(e.problem().extensions()).containsEntry("reason", "TOO_LARGE");
        });
    assertThat(statusOf(() -> splitter.split(bytes("1\n2\n3\n4\n"), Format.NDJSON))).isEqualTo(413);
  }
}
