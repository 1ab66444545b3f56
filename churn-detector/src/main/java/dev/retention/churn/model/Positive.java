package dev.retention.churn.model;

import java.util.Map;

/** Argument checks shared by the parameter records: the models are undefined for non-positive parameters. */
final class Positive {

  private Positive() {
  }

  static double named(Map<String, ? extends Number> named, String name) {
    Number value = named.get(name);
    if (value == null) {
      throw new IllegalArgumentException("parameter " + name + " is missing; have " + named.keySet());
    }
    require(name, value.doubleValue());
    return value.doubleValue();
  }

  static void require(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number > 0, was " + value);
    }
  }
}
