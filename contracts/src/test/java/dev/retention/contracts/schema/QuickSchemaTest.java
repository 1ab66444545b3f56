package dev.retention.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.contracts.Examples;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.schema.QuickCheck.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The quick schema check against the full validator: on every example event and thousands of mutations of them, a
 * quick PASS is always valid and a quick FAIL always invalid to the full validator; and valid events are passed by the
 * quick check (else it would only cost time).
 */
class QuickSchemaTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ContractSchemas FULL = ContractSchemas.get();

  @Test
  void shouldPassEveryExampleEventQuicklyButThoseWithAnEmailAddress() {
    QuickSchemaCompiler compiler = new QuickSchemaCompiler(ContractSchemas::document);
    for (CloudEvent event : Examples.all()) {
      JsonNode tree = Json.mapper().valueToTree(event);
      Verdict expected = tree.path("data").hasNonNull("email") ? Verdict.UNSURE : Verdict.PASS;
      assertThat(compiler.compile(file(tree)).test(tree)).as(tree.toString()).isEqualTo(expected);
    }
  }

  @Test
  void shouldNeverDisagreeWithTheFullValidatorOnMutatedEvents() {
    QuickSchemaCompiler compiler = new QuickSchemaCompiler(ContractSchemas::document);
    Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    List<String> disagreements = new ArrayList<>();
    int fullInvalid = 0;
    for (CloudEvent event : Examples.all()) {
      ObjectNode original = Json.mapper().valueToTree(event);
      String file = file(original);
      QuickCheck quick = compiler.compile(file);
      List<JsonNode> mutants = new ArrayList<>();
      mutate(original, mutants::add);
      for (JsonNode mutant : mutants) {
        Verdict verdict = quick.test(mutant);
        boolean valid = FULL.validate(file, mutant).isEmpty();
        verdicts.merge(verdict, 1, Integer::sum);
        fullInvalid += valid ? 0 : 1;
        if ((verdict == Verdict.PASS && !valid) || (verdict == Verdict.FAIL && valid)) {
          disagreements.add(verdict + " but the full validator says " + (valid ? "valid" : "invalid") + ": " + mutant);
        }
      }
    }
    assertThat(disagreements).isEmpty();
    int total = verdicts.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(total).as("mutants checked").isGreaterThan(10_000);
    assertThat(fullInvalid).as("the corpus must hold invalid events too").isGreaterThan(total / 4);
    assertThat(verdicts.getOrDefault(Verdict.PASS, 0)).as("valid mutants passed quickly").isGreaterThan(total / 10);
    assertThat(verdicts.getOrDefault(Verdict.UNSURE, 0)).as("left to the full validator").isLessThan(total / 4);
  }

  @Test
  void shouldAnswerThroughTheContractSchemasExactlyAsTheFullValidatorDoes() {
    for (CloudEvent event : Examples.all()) {
      ObjectNode original = Json.mapper().valueToTree(event);
      List<JsonNode> mutants = new ArrayList<>();
      mutate(original, mutants::add);
      for (JsonNode mutant : mutants) {
        if (mutant.path("type").equals(original.get("type"))) {
          assertThat(FULL.validateEvent(mutant)).as(mutant.toString())
              .isEqualTo(FULL.validate(file(original), mutant));
        }
      }
    }
  }

  @Test
  void shouldRefuseToCompileAKeywordItDoesNotKnow() {
    ObjectNode schema = NODES.objectNode();
    schema.put("type", "object");
    schema.set("patternProperties", NODES.objectNode().set("^x", NODES.objectNode().put("type", "string")));
    QuickSchemaCompiler compiler = new QuickSchemaCompiler(file -> schema);

    assertThatThrownBy(() -> compiler.compile("odd.schema.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("patternProperties");
  }

  @Test
  void shouldLeaveUnusualTimesToTheFullValidator() {
    assertThat(QuickFormats.dateTime("2026-03-01T09:30:00Z")).isEqualTo(Verdict.PASS);
    assertThat(QuickFormats.dateTime("2024-02-29T09:30:00.123456789+05:30")).isEqualTo(Verdict.PASS);
    assertThat(QuickFormats.dateTime("2026-02-29T09:30:00Z")).isEqualTo(Verdict.UNSURE);
    assertThat(QuickFormats.dateTime("2026-03-01T23:59:60Z")).isEqualTo(Verdict.UNSURE);
    assertThat(QuickFormats.dateTime("2026-03-01 09:30:00Z")).isEqualTo(Verdict.UNSURE);
  }

  private static String file(JsonNode event) {
    return event.get("type").textValue() + ".schema.json";
  }

  /** Every single-step change of the tree: each value removed, replaced by each candidate, and extra members. */
  private static void mutate(ObjectNode root, Consumer<JsonNode> out) {
    List<String> paths = new ArrayList<>();
    collect(root, "", paths);
    for (String path : paths) {
      for (JsonNode candidate : candidates()) {
        ObjectNode copy = root.deepCopy();
        set(copy, path, candidate.deepCopy());
        out.accept(copy);
      }
      if (!path.isEmpty()) {
        ObjectNode copy = root.deepCopy();
        remove(copy, path);
        out.accept(copy);
      }
      JsonNode node = root.at(path);
      if (node.isObject()) {
        for (String name : List.of("zz", "ext1", "Bad-Name", "data2")) {
          for (JsonNode candidate : List.of(NODES.textNode("x"), NODES.numberNode(1), NODES.objectNode())) {
            ObjectNode copy = root.deepCopy();
            ((ObjectNode) copy.at(path)).set(name, candidate.deepCopy());
            out.accept(copy);
          }
        }
      }
      if (node.isArray() && !node.isEmpty()) {
        ObjectNode copy = root.deepCopy();
        ((ArrayNode) copy.at(path)).add(node.get(0).deepCopy());
        out.accept(copy);
      }
    }
  }

  private static void collect(JsonNode node, String path, List<String> paths) {
    paths.add(path);
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        collect(node.get(name), path + "/" + name, paths);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "/" + i, paths);
      }
    }
  }

  private static void set(ObjectNode root, String path, JsonNode value) {
    if (path.isEmpty()) {
      return; // the root stays an object
    }
    int slash = path.lastIndexOf('/');
    JsonNode parent = root.at(path.substring(0, slash));
    String last = path.substring(slash + 1);
    if (parent.isObject()) {
      ((ObjectNode) parent).set(last, value);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    }
  }

  private static void remove(ObjectNode root, String path) {
    int slash = path.lastIndexOf('/');
    JsonNode parent = root.at(path.substring(0, slash));
    String last = path.substring(slash + 1);
    if (parent.isObject()) {
      ((ObjectNode) parent).remove(last);
    } else {
      ((ArrayNode) parent).remove(Integer.parseInt(last));
    }
  }

  private static List<JsonNode> candidates() {
    List<JsonNode> values = new ArrayList<>();
    values.add(NODES.nullNode());
    values.add(NODES.booleanNode(true));
    for (int n : new int[] {-1, 0, 1, 2, 5, 6, 7, 8, 10, 11, 1_000_001}) {
      values.add(NODES.numberNode(n));
    }
    values.add(NODES.numberNode(1.0));
    values.add(NODES.numberNode(1.5));
    values.add(NODES.numberNode(7L));
    values.add(NODES.numberNode(new java.math.BigDecimal("1E+1")));
    for (String text : List.of("", " ", "a", "1.0", "EUR", "eur", "XXX", "19.99", "-1", "1.1234567", "01.5",
        "2026-03-01T09:30:00Z", "2026-02-29T09:30:00Z", "2024-02-29T09:30:00Z", "2026-03-01T24:00:00Z",
        "2026-03-01T23:59:60Z", "2026-03-01T09:30:00+24:00", "2026-03-01T09:30:00+23:59",
        "2026-03-01T09:30:00.123456789-05:00", "0000-01-01T00:00:00Z", "2026-03-01t09:30:00z", "2026-03-01",
        "2026-13-01", "1999-02-29", "shop/eu-1", "a b", "http://x y", "//host/path", "../up", "?q", "%zz", "a:b",
        "urn:pos:store-17", "https://retention.dev/x", "http://a-b.example:8080/s/x.json", "http://-a/",
        "https://x..y/", "http://h:123456/", "mailto:x", "tag:x:y", "1a:b", "a:", ":a", "a::b", "x/a:b",
        "2026-03-01T09:30:00+14:00", "2026-03-01T09:30:00-14:01", "2026-03-01T09:30:00+18:00", "2026-03-01T09:30:00-00:00", "2026-02-28", "2024-02-29", "2026-02-29", "0000-01-01", "\u00f6", "\u00e9".repeat(129), "x".repeat(257),
        "x".repeat(128), "\u00a0", "a\u00a0", "EUR\n", "NPS", "CSAT", "CES", "ORDER", "PHONE", "EMAIL", "WITHDRAWN", "GRANTED", "1.0",
        "retention.purchase.completed.v1", "application/json", "someone@example.com", "not-an-email@", "+49 30 1234")) {
      values.add(NODES.textNode(text));
    }
    values.add(NODES.arrayNode());
    values.add(NODES.arrayNode().add("a"));
    values.add(NODES.arrayNode().add("a").add("a"));
    values.add(NODES.arrayNode().add("EMAIL").add("PHONE"));
    values.add(NODES.arrayNode().add(1).add(1.0));
    values.add(NODES.objectNode());
    values.add(NODES.objectNode().put("amount", "1").put("currency", "EUR"));
    return values;
  }
}
