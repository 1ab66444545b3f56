package dev.retention.runtime.config;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns the raw text of a setting into a typed value, or refuses it. A refusal is an
 * {@link IllegalArgumentException} whose message says what a valid value looks like ("must be a port number between
 * 1 and 65535"): that message is shown to the operator as is, next to the setting's name and the bad value.
 *
 * <p>Ready-made parsers are in {@link Parsers}.
 */
public interface Parser<T> {

  /**
   * Parses a raw value that has already been stripped of surrounding white space.
   *
   * @throws IllegalArgumentException saying what a valid value looks like
   */
  T parse(String raw);

  /** A short name of the kind of value, for command-line help and docs: {@code PORT}, {@code DURATION}. */
  String label();

  /** A parser from a function that throws {@link IllegalArgumentException} for a bad value. */
  static <T> Parser<T> of(String label, Function<String, ? extends T> parse) {
    return new FunctionParser<>(label, parse);
  }

  /**
   * This parser plus a further rule: a parsed value for which {@code valid} is false is refused with
   * {@code requirement} ("must be at most 64").
   */
  default Parser<T> check(Predicate<? super T> valid, String requirement) {
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(requirement, "requirement");
    Parser<T> self = this;
    return of(label(), raw -> {
      T value = self.parse(raw);
      if (!valid.test(value)) {
        throw new IllegalArgumentException(requirement);
      }
      return value;
    });
  }

  /** The same parser under another label, e.g. a path shown as {@code DIR}. */
  default Parser<T> withLabel(String label) {
    return of(label, this::parse);
  }
}
