package dev.retention.projection.http;

import dev.retention.runtime.http.Problem;
import dev.retention.runtime.http.ProblemException;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads query parameters; a bad one is a 400 problem that names it (extension member {@code parameter}). */
final class Params {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._:@/-]{1,128}");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  private Params() {}

  static ProblemException bad(String parameter, String detail) {
    return new ProblemException(Problem.of(400, "Query parameter '" + parameter + "' " + detail)
        .withExtension("parameter", parameter));
  }

  /** An optional parameter that must be one of {@code allowed}; null when absent. */
  static String oneOf(Context ctx, String name, Set<String> allowed) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    String upper = value.toUpperCase(Locale.ROOT);
    if (!allowed.contains(upper)) {
      throw bad(name, "must be one of " + allowed.stream().sorted().collect(Collectors.joining(", "))
          + ", was '" + value + "'");
    }
    return upper;
  }

  static Set<String> names(Enum<?>[] values, String... extra) {
    Set<String> names = Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    names.addAll(Arrays.asList(extra));
    return names;
  }

  static String text(Context ctx, String name, int maxLength) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.length() > maxLength || value.chars().anyMatch(Character::isISOControl)) {
      throw bad(name, "must be at most " + maxLength + " characters without control characters");
    }
    return value;
  }

  static int intBetween(Context ctx, String name, int fallback, int min, int max) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(name, "must be a whole number from " + min + " to " + max + ", was '" + value + "'");
  }

  /** A granularity parameter that only has one supported value; absent means that value. */
  static void granularity(Context ctx, String supported) {
    String value = ctx.queryParam("granularity");
    if (value != null && !value.equals(supported)) {
      throw bad("granularity", "must be '" + supported + "', was '" + value + "'");
    }
  }

  /** A quarter like {@code 2026-Q3}. */
  static String quarter(Context ctx) {
    String value = ctx.queryParam("quarter");
    if (value == null || !QUARTER.matcher(value).matches()) {
      throw bad("quarter", "must be a quarter like 2026-Q3, was " + (value == null ? "absent" : "'" + value + "'"));
    }
    return value;
  }

  static String customerId(Context ctx) {
    String id = ctx.pathParam("id");
    if (!IDENTIFIER.matcher(id).matches()) {
      throw bad("id", "must be 1-128 characters of letters, digits and ._:@/-");
    }
    return id;
  }
}
