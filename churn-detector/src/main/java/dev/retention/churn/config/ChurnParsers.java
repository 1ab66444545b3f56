package dev.retention.churn.config;

import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.events.Severity;
import dev.retention.runtime.config.Parser;
import dev.retention.runtime.config.Parsers;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Parsers of the churn settings that runtime's {@link Parsers} does not have. */
final class ChurnParsers {

  private ChurnParsers() {}

  static Parser<Double> doubleBetween(double min, double max) {
    return Parser.of("NUMBER", raw -> {
      double value;
      try {
        value = Double.parseDouble(raw);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("must be a number between " + min + " and " + max);
      }
      if (!(value >= min && value <= max)) {
        throw new IllegalArgumentException("must be a number between " + min + " and " + max);
      }
      return value;
    });
  }

  static Parser<Duration> positiveDuration() {
    return Parsers.duration().check(d -> !d.isNegative() && !d.isZero(), "must be a positive duration");
  }

  static Parser<RiskLevel> level() {
    return Parser.of("LEVEL", raw -> {
      try {
        return RiskLevel.valueOf(raw.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("must be one of " + Arrays.toString(RiskLevel.values()));
      }
    });
  }

  static <E extends Enum<E>> Parser<E> choice(Class<E> type) {
    return Parser.of(type.getSimpleName().toUpperCase(Locale.ROOT), raw -> {
      try {
        return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("must be one of " + Arrays.toString(type.getEnumConstants()));
      }
    });
  }

  /** {@code LOW=2h,MEDIUM=2h,...}: a duration for every severity. */
  static Parser<Map<Severity, Duration>> perSeverity() {
    Parser<Duration> duration = positiveDuration();
    return Parser.of("SEVERITY=DURATION,...", raw -> {
      Map<Severity, Duration> map = new EnumMap<>(Severity.class);
      for (String pair : entries(raw, "SEVERITY=DURATION")) {
        String[] kv = pair.split("=", 2);
        Severity severity = choice(Severity.class).parse(kv[0].trim());
        map.put(severity, duration.parse(kv[1].trim()));
      }
      for (Severity s : Severity.values()) {
        if (!map.containsKey(s)) {
          throw new IllegalArgumentException("must give a duration for every severity; " + s + " is missing");
        }
      }
      return Map.copyOf(map);
    });
  }

  /** {@code ACTIVITY_DROP=30,...}: points 1-100 for every signal. */
  static Parser<Map<RiskSignal, Integer>> pointsPerSignal() {
    Parser<Integer> points = Parsers.intBetween(1, 100);
    return Parser.of("SIGNAL=POINTS,...", raw -> {
      Map<RiskSignal, Integer> map = new EnumMap<>(RiskSignal.class);
      for (String pair : entries(raw, "SIGNAL=POINTS")) {
        String[] kv = pair.split("=", 2);
        map.put(choice(RiskSignal.class).parse(kv[0].trim()), points.parse(kv[1].trim()));
      }
      for (RiskSignal s : RiskSignal.values()) {
        if (!map.containsKey(s)) {
          throw new IllegalArgumentException("must give points for every signal; " + s + " is missing");
        }
      }
      return Map.copyOf(map);
    });
  }

  private static String[] entries(String raw, String form) {
    String[] pairs = raw.split(",");
    for (String pair : pairs) {
      if (!pair.contains("=")) {
        throw new IllegalArgumentException("must be " + form + " pairs separated by commas, was '" + pair + "'");
      }
    }
    return pairs;
  }
}
