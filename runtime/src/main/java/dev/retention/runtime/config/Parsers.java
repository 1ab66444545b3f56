package dev.retention.runtime.config;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsers settings are made of. Each refuses a bad value with a message that says what a valid one looks like, so
 * an operator can fix it from the message alone.
 */
public final class Parsers {

  private static final String PORT_RANGE = "must be a port number between 1 and 65535";
  private static final String DURATION_FORMS = "must be a duration like 500ms, 60s, 2m or PT90S (units ms, s, m, h, d)";
  private static final String SIZE_FORMS = "must be a size in bytes like 65536, 512k, 64m or 1g";
  private static final String HOST_FORMS = "must be a host name or IP address, e.g. 127.0.0.1 or broker-1";
  private static final String HOST_PORT_FORMS =
      "must be host:port pairs separated by commas, e.g. 127.0.0.1:9092 or broker-1:9092,broker-2:9092";

  private static final Pattern SHORT_DURATION = Pattern.compile("([0-9]+)(ms|s|m|h|d)");
  private static final Pattern SIZE = Pattern.compile("([0-9]+)([kmg]?)b?", Pattern.CASE_INSENSITIVE);
  // RFC 1123 labels; underscores too, because container and compose service names use them
  private static final Pattern HOST_NAME =
      Pattern.compile("(?=.{1,253}$)[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}"
          + "[A-Za-z0-9_])?)*\\.?");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

  private Parsers() {}

  /** Any text that is not blank. */
  public static Parser<String> nonBlank() {
    return Parser.of("STRING", raw -> {
      if (raw.isBlank()) {
        throw new IllegalArgumentException("must not be blank");
      }
      return raw;
    });
  }

  /** A TCP port a client connects to: 1 to 65535. */
  public static Parser<Integer> port() {
    return Parser.of("PORT", raw -> {
      int port = parseInt(raw, PORT_RANGE);
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException(PORT_RANGE);
      }
      return port;
    });
  }

  /** A port to listen on: 1 to 65535, or 0 for a free port the operating system picks (tests). */
  public static Parser<Integer> listenPort() {
    String requirement = "must be a port number between 0 (any free port) and 65535";
    return Parser.of("PORT", raw -> {
      int port = parseInt(raw, requirement);
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException(requirement);
      }
      return port;
    });
  }

  /** A whole number greater than 0. */
  public static Parser<Integer> positiveInt() {
    return intBetween(1, Integer.MAX_VALUE);
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  public static Parser<Integer> intBetween(int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " > max " + max);
    }
    String requirement = max == Integer.MAX_VALUE
        ? "must be a whole number of at least " + min
        : "must be a whole number between " + min + " and " + max;
    return Parser.of("NUMBER", raw -> {
      int n = parseInt(raw, requirement);
      if (n < min || n > max) {
        throw new IllegalArgumentException(requirement);
      }
      return n;
    });
  }

  /**
   * A positive duration: a number with a unit ({@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d}) or
   * ISO-8601 ({@code PT90S}, {@code P7D}).
   */
  public static Parser<Duration> duration() {
    return Parser.of("DURATION", raw -> {
      Duration d = parseDuration(raw);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("must be positive");
      }
      return d;
    });
  }

  /** A decimal number of at least {@code min}, written plainly: {@code 1000}, {@code 249.99}. */
  public static Parser<BigDecimal> decimalAtLeast(BigDecimal min) {
    String requirement = "must be a decimal number of at least " + min.toPlainString() + ", e.g. 1000 or 249.99";
    return Parser.of("DECIMAL", raw -> {
      BigDecimal value;
      try {
        value = new BigDecimal(raw);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(requirement);
      }
      if (value.compareTo(min) < 0) {
        throw new IllegalArgumentException(requirement);
      }
      return value;
    });
  }

  /** Like {@link #duration()}, but zero is allowed too (for settings where 0 turns something off). */
  public static Parser<Duration> durationOrZero() {
    return Parser.of("DURATION", raw -> {
      Duration d = parseDuration(raw);
      if (d.isNegative()) {
        throw new IllegalArgumentException("must not be negative");
      }
      return d;
    });
  }

  /**
   * A positive number of bytes: plain ({@code 65536}) or with a binary unit {@code k}, {@code m}, {@code g}
   * ({@code 512k} = 524288), optionally followed by {@code b}, in either case.
   */
  public static Parser<Long> dataSize() {
    return Parser.of("SIZE", raw -> {
      Matcher m = SIZE.matcher(raw);
      if (!m.matches()) {
        throw new IllegalArgumentException(SIZE_FORMS);
      }
      int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
        case "k" -> 10;
        case "m" -> 20;
        case "g" -> 30;
        default -> 0;
      };
      long bytes;
      try {
        long n = Long.parseLong(m.group(1));
        bytes = Math.multiplyExact(n, 1L << shift);
      } catch (NumberFormatException | ArithmeticException e) {
        throw new IllegalArgumentException("is too large; " + SIZE_FORMS);
      }
      if (bytes == 0) {
        throw new IllegalArgumentException("must be positive");
      }
      return bytes;
    });
  }

  /**
   * A host name, an IPv4 address or an IPv6 address (without brackets). Nothing is looked up: a host that does not
   * resolve yet, such as a broker that is still starting, is accepted.
   */
  public static Parser<String> host() {
    return Parser.of("HOST", Parsers::parseHost);
  }

  /**
   * A comma-separated list of {@code host:port}, as Kafka's {@code bootstrap.servers}; an IPv6 host is written in
   * brackets, {@code [::1]:9092}.
   */
  public static Parser<List<String>> hostPortList() {
    return Parser.of("HOST:PORT,...", raw -> {
      List<String> entries = splitList(raw);
      if (entries.isEmpty()) {
        throw new IllegalArgumentException(HOST_PORT_FORMS);
      }
      for (String entry : entries) {
        checkHostPort(entry);
      }
      return entries;
    });
  }

  /** A file system path; not checked for existence, and relative paths stay relative. */
  public static Parser<Path> path() {
    return Parser.of("PATH", raw -> {
      if (raw.isEmpty()) {
        throw new IllegalArgumentException("must not be empty");
      }
      try {
        return Path.of(raw);
      } catch (InvalidPathException e) {
        throw new IllegalArgumentException("not a valid path: " + e.getMessage());
      }
    });
  }

  /** {@code true}/{@code false}, also {@code yes}/{@code no} and {@code on}/{@code off}, in any case. */
  public static Parser<Boolean> bool() {
    return Parser.of("BOOLEAN", raw -> {
      return switch (raw.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "on" -> true;
        case "false", "no", "off" -> false;
        default -> throw new IllegalArgumentException("must be true or false");
      };
    });
  }

  /**
   * A comma-separated list; items are stripped and empty items dropped, so {@code "a, b,"} is {@code [a, b]} and an
   * empty value is the empty list.
   */
  public static Parser<List<String>> stringList() {
    return Parser.of("LIST", Parsers::splitList);
  }

  // --- helpers ---

  private static int parseInt(String raw, String requirement) {
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(requirement);
    }
  }

  private static Duration parseDuration(String raw) {
    Matcher m = SHORT_DURATION.matcher(raw);
    try {
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        };
      }
      return Duration.parse(raw.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException(DURATION_FORMS);
    }
  }

  private static String parseHost(String raw) {
    if (raw.contains(":")) {
      // an IPv6 literal: InetAddress parses literals without a name lookup
      if (!IPV6_CHARS.matcher(raw).matches()) {
        throw new IllegalArgumentException(HOST_FORMS);
      }
      try {
        InetAddress.getByName(raw);
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(HOST_FORMS);
      }
      return raw;
    }
    if (!HOST_NAME.matcher(raw).matches()) {
      throw new IllegalArgumentException(HOST_FORMS);
    }
    return raw;
  }

  private static void checkHostPort(String entry) {
    String host;
    String port;
    if (entry.startsWith("[")) {
      int close = entry.indexOf("]:");
      if (close < 0) {
        throw new IllegalArgumentException("'" + entry + "' " + HOST_PORT_FORMS);
      }
      host = entry.substring(1, close);
      port = entry.substring(close + 2);
    } else {
      int colon = entry.lastIndexOf(':');
      if (colon < 0 || entry.indexOf(':') != colon) {
        throw new IllegalArgumentException("'" + entry + "' " + HOST_PORT_FORMS);
      }
      host = entry.substring(0, colon);
      port = entry.substring(colon + 1);
    }
    try {
      parseHost(host);
      port().parse(port);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + entry + "' " + HOST_PORT_FORMS);
    }
  }

  private static List<String> splitList(String raw) {
    List<String> items = new ArrayList<>();
    for (String item : Arrays.asList(raw.split(","))) {
      String stripped = item.strip();
      if (!stripped.isEmpty()) {
        items.add(stripped);
      }
    }
    return List.copyOf(items);
  }
}
