package dev.retention.runtime.config;

import java.util.Objects;
import java.util.function.Function;

/** A {@link Parser} as a label and a function. */
record FunctionParser<T>(String label, Function<String, ? extends T> function) implements Parser<T> {

  FunctionParser {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(function, "function");
  }

  @Override
  public T parse(String raw) {
    return function.apply(raw);
  }
}
