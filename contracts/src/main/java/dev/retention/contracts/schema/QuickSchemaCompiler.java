package dev.retention.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.retention.contracts.schema.QuickCheck.Verdict;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Compiles the subset of JSON Schema 2020-12 the platform's event schemas use into {@link QuickCheck}s. A keyword
 * outside that subset is refused when the schema is compiled, never skipped, so a schema that grows a new keyword
 * fails the build's tests instead of being checked less than it says.
 *
 * <p>Where JSON Schema's rules have corners the quick path does not reproduce exactly (numbers written two ways, such
 * as {@code 1} and {@code 1.0}; formats), the check answers {@link Verdict#UNSURE} and the full validator decides.
 */
final class QuickSchemaCompiler {

  /** Keywords that only annotate: they never change whether an instance is valid. */
  private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "$defs", "title", "description",
      "default", "examples", "deprecated", "readOnly", "writeOnly");

  private final Function<String, JsonNode> documents;
  private final Map<URI, QuickCheck> compiled = new HashMap<>();

  /** @param documents the schema document of a file name under {@code schemas/} */
  QuickSchemaCompiler(Function<String, JsonNode> documents) {
    this.documents = documents;
  }

  /** The check of a whole schema file. */
  QuickCheck compile(String file) {
    return resolve(URI.create(ContractSchemas.BASE_URI + file));
  }

  private QuickCheck resolve(URI target) {
    URI key = target.getFragment() == null ? URI.create(target + "#") : target;
    QuickCheck done = compiled.get(key);
    if (done != null) {
      return done;
    }
    // a placeholder first, so that a schema referring to itself compiles; it forwards to the real check
    QuickCheck[] slot = new QuickCheck[1];
    compiled.put(key, node -> slot[0].test(node));
    String path = target.getPath();
    String file = path.substring(path.lastIndexOf('/') + 1);
    JsonNode schema = documents.apply(file);
    String fragment = target.getFragment();
    if (fragment != null && !fragment.isEmpty()) {
      schema = schema.at(fragment);
      if (schema.isMissingNode()) {
        throw new IllegalStateException("schema " + target + " does not exist");
      }
    }
    URI base = URI.create(ContractSchemas.BASE_URI + file);
    slot[0] = schema(schema, base);
    compiled.put(key, slot[0]);
    return slot[0];
  }

  private QuickCheck schema(JsonNode schema, URI base) {
    if (schema.isBoolean()) {
      return schema.booleanValue() ? QuickCheck.ALWAYS : node -> Verdict.FAIL;
    }
    List<QuickCheck> checks = new ArrayList<>();
    JsonNode ifSchema = schema.get("if");
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> keyword = it.next();
      String name = keyword.getKey();
      JsonNode value = keyword.getValue();
      if (ANNOTATIONS.contains(name)) {
        continue;
      }
      checks.add(switch (name) {
        case "$ref" -> resolve(base.resolve(value.textValue()));
        case "type" -> type(value);
        case "const" -> equalsOneOf(List.of(value));
        case "enum" -> equalsOneOf(list(value));
        case "required" -> required(value);
        case "properties" -> properties(schema, base);
        case "additionalProperties" -> schema.has("properties") ? null : properties(schema, base); // with properties
        case "propertyNames" -> propertyNames(schema(value, base));
        case "pattern" -> pattern(value.textValue());
        case "minLength" -> length(value.intValue(), Integer.MAX_VALUE);
        case "maxLength" -> length(0, value.intValue());
        case "minimum" -> bound(value.decimalValue(), true);
        case "maximum" -> bound(value.decimalValue(), false);
        case "format" -> QuickFormats.of(value.textValue());
        case "items" -> items(schema(value, base));
        case "uniqueItems" -> value.booleanValue() ? QuickSchemaCompiler::unique : null;
        case "allOf" -> allOf(value, base);
        case "if" -> conditional(schema(ifSchema, base), schema.has("then") ? schema(schema.get("then"), base)
            : QuickCheck.ALWAYS, schema.has("else") ? schema(schema.get("else"), base) : QuickCheck.ALWAYS);
        case "then", "else" -> null; // compiled with "if"
        default -> throw new IllegalStateException("the quick schema check does not know the keyword \"" + name
            + "\" (in " + base + "); teach it to QuickSchemaCompiler or leave the schema to the full validator");
      });
    }
    checks.removeIf(c -> c == null);
    return all(checks);
  }

  private static QuickCheck all(List<QuickCheck> checks) {
    QuickCheck[] array = checks.toArray(QuickCheck[]::new);
    return node -> {
      Verdict verdict = Verdict.PASS;
      for (QuickCheck check : array) {
        verdict = verdict.and(check.test(node));
        if (verdict == Verdict.FAIL) {
          return verdict;
        }
      }
      return verdict;
    };
  }

  private static QuickCheck type(JsonNode value) {
    List<String> names = value.isArray() ? list(value).stream().map(JsonNode::textValue).toList()
        : List.of(value.textValue());
    return node -> {
      Verdict verdict = Verdict.FAIL;
      for (String name : names) {
        Verdict one = switch (name) {
          case "object" -> Verdict.of(node.isObject());
          case "array" -> Verdict.of(node.isArray());
          case "string" -> Verdict.of(node.isTextual());
          case "boolean" -> Verdict.of(node.isBoolean());
          case "null" -> Verdict.of(node.isNull());
          case "number" -> Verdict.of(node.isNumber());
          case "integer" -> node.isIntegralNumber() ? Verdict.PASS
              : node.isNumber() ? Verdict.UNSURE : Verdict.FAIL; // 1.0 is an integer to some validators
          default -> throw new IllegalStateException("unknown JSON Schema type \"" + name + "\"");
        };
        if (one == Verdict.PASS) {
          return one;
        }
        if (one == Verdict.UNSURE) {
          verdict = one;
        }
      }
      return verdict;
    };
  }

  private static QuickCheck equalsOneOf(List<JsonNode> allowed) {
    return node -> {
      for (JsonNode candidate : allowed) {
        if (candidate.equals(node)) {
          return Verdict.PASS;
        }
      }
      return node.isNumber() || node.isContainerNode() ? Verdict.UNSURE : Verdict.FAIL; // 1 vs 1.0, nested numbers
    };
  }

  private static QuickCheck required(JsonNode value) {
    List<String> names = list(value).stream().map(JsonNode::textValue).toList();
    return node -> {
      if (!node.isObject()) {
        return Verdict.PASS;
      }
      for (String name : names) {
        if (!node.has(name)) {
          return Verdict.FAIL;
        }
      }
      return Verdict.PASS;
    };
  }

  /** {@code properties} and {@code additionalProperties} together, as the latter depends on the former. */
  private QuickCheck properties(JsonNode schema, URI base) {
    Map<String, QuickCheck> named = new HashMap<>();
    JsonNode properties = schema.get("properties");
    if (properties != null) {
      properties.fields().forEachRemaining(p -> named.put(p.getKey(), schema(p.getValue(), base)));
    }
    JsonNode additional = schema.get("additionalProperties");
    QuickCheck others = additional == null ? QuickCheck.ALWAYS : schema(additional, base);
    return node -> {
      if (!node.isObject()) {
        return Verdict.PASS;
      }
      Verdict verdict = Verdict.PASS;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        QuickCheck check = named.getOrDefault(field.getKey(), others);
        verdict = verdict.and(check.test(field.getValue()));
        if (verdict == Verdict.FAIL) {
          return verdict;
        }
      }
      return verdict;
    };
  }

  private static QuickCheck propertyNames(QuickCheck names) {
    return node -> {
      if (!node.isObject()) {
        return Verdict.PASS;
      }
      Verdict verdict = Verdict.PASS;
      for (Iterator<String> it = node.fieldNames(); it.hasNext() && verdict != Verdict.FAIL; ) {
        verdict = verdict.and(names.test(TextNode.valueOf(it.next())));
      }
      return verdict;
    };
  }

  /**
   * As the full validator: the JDK's regular expressions, a match anywhere in the string unless anchored. The simple
   * matcher answers first when it can; its "no match" is never trusted (it does not backtrack), the JDK decides.
   */
  private static QuickCheck pattern(String regex) {
    Pattern pattern = Pattern.compile(regex);
    SimplePattern simple = SimplePattern.compile(regex).orElse(null);
    return node -> {
      if (!node.isTextual()) {
        return Verdict.PASS;
      }
      String text = node.textValue();
      if (simple != null && simple.matches(text)) {
        return Verdict.PASS;
      }
      return Verdict.of(pattern.matcher(text).find());
    };
  }

  /** Lengths count code points, as JSON Schema does, not UTF-16 units. */
  private static QuickCheck length(int min, int max) {
    return node -> {
      if (!node.isTextual()) {
        return Verdict.PASS;
      }
      String text = node.textValue();
      int length = text.codePointCount(0, text.length());
      return Verdict.of(length >= min && length <= max);
    };
  }

  private static QuickCheck bound(BigDecimal limit, boolean lower) {
    return node -> {
      if (!node.isNumber()) {
        return Verdict.PASS;
      }
      if (node.isDouble() && (Double.isNaN(node.doubleValue()) || Double.isInfinite(node.doubleValue()))) {
        return Verdict.UNSURE;
      }
      int comparison = node.decimalValue().compareTo(limit);
      return Verdict.of(lower ? comparison >= 0 : comparison <= 0);
    };
  }

  private static QuickCheck items(QuickCheck each) {
    return node -> {
      if (!node.isArray()) {
        return Verdict.PASS;
      }
      Verdict verdict = Verdict.PASS;
      for (int i = 0; i < node.size() && verdict != Verdict.FAIL; i++) {
        verdict = verdict.and(each.test(node.get(i)));
      }
      return verdict;
    };
  }

  private static Verdict unique(JsonNode node) {
    if (!node.isArray()) {
      return Verdict.PASS;
    }
    Set<JsonNode> seen = new HashSet<>();
    for (JsonNode item : node) {
      if (!item.isTextual() && !item.isBoolean() && !item.isNull()) {
        return Verdict.UNSURE; // numbers and containers have more than one way to be equal
      }
      if (!seen.add(item)) {
        return Verdict.FAIL;
      }
    }
    return Verdict.PASS;
  }

  private QuickCheck allOf(JsonNode value, URI base) {
    return all(list(value).stream().map(s -> schema(s, base)).toList());
  }

  private static QuickCheck conditional(QuickCheck condition, QuickCheck then, QuickCheck otherwise) {
    return node -> switch (condition.test(node)) {
      case PASS -> then.test(node);
      case FAIL -> otherwise.test(node);
      case UNSURE -> Verdict.UNSURE;
    };
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }
}
