package dev.retention.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The simple matcher never claims a match the JDK's regular expressions would not find. */
class SimplePatternTest {

  @Test
  void shouldCompileEveryPatternOfTheEventSchemasAndNeverMatchWhereTheJdkDoesNot() {
    List<String> patterns = new ArrayList<>();
    for (String file : List.of("defs.schema.json", "cloudevent.schema.json")) {
      collect(ContractSchemas.document(file), patterns);
    }
    assertThat(patterns).hasSizeGreaterThan(5);
    Random random = new Random(7);
    String alphabet = "aZ09._:@/-+ \t\n\u00a0\u00e9TZ:x-E$";
    for (String regex : patterns) {
      SimplePattern simple = SimplePattern.compile(regex).orElseThrow(() -> new AssertionError(regex));
      Pattern jdk = Pattern.compile(regex);
      List<String> inputs = new ArrayList<>(List.of("", " ", "a", "EUR", "EUR\n", "19.99", "0", "01", "1.1234567",
          "cust-1", "-x", "x".repeat(128), "x".repeat(129), "2026-03-01T09:30:00Z", "2026-03-01T09:30:00.5+01:00",
          "2026-03-01", "abc123", "\u00a0", " a "));
      for (int i = 0; i < 5000; i++) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(12);
        for (int j = 0; j < length; j++) {
          b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        inputs.add(b.toString());
      }
      for (String input : inputs) {
        if (simple.matches(input)) {
          assertThat(jdk.matcher(input).find()).as(regex + " on '" + input + "'").isTrue();
        }
      }
      for (String input : List.of("EUR", "19.99", "cust-1", "2026-03-01T09:30:00Z", "2026-03-01", "abc")) {
        if (jdk.matcher(input).find() && input.chars().allMatch(c -> c < 128)) {
          assertThat(simple.matches(input)).as("the common case is simple: " + regex + " on " + input).isTrue();
        }
      }
    }
  }

  @Test
  void shouldRefuseWhatItDoesNotUnderstand() {
    for (String regex : List.of("a.b", "^(?i)x$", "^[^a]$", "^a+?$", "^a$b", "\\bword", "^[a-z&&[b]]$", "^\\w+$")) {
      assertThat(SimplePattern.compile(regex)).as(regex).isEmpty();
    }
  }

  @Test
  void shouldMatchWithoutBacktrackingOnlyWhatItSurelyMatches() {
    SimplePattern greedy = SimplePattern.compile("^[a-z]*a$").orElseThrow();
    assertThat(greedy.matches("ba")).as("a backtracking match is not found, and not claimed").isFalse();
    assertThat(SimplePattern.compile("^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,6})?$").orElseThrow().matches("19.99"))
        .isTrue();
    assertThat(SimplePattern.compile("\\S").orElseThrow().matches(" \t")).isFalse();
    assertThat(SimplePattern.compile("\\S").orElseThrow().matches(" x")).isTrue();
  }

  private static void collect(JsonNode node, List<String> patterns) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (e.getKey().equals("pattern") && e.getValue().isTextual()) {
          patterns.add(e.getValue().textValue());
        } else {
          collect(e.getValue(), patterns);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, patterns));
    }
  }
}
