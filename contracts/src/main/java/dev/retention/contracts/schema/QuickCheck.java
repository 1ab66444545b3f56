package dev.retention.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compiled JSON Schema keyword (or a whole schema) that answers, for one instance, whether it is surely valid,
 * surely invalid, or not sure. See {@link QuickSchemas} for why it exists and how it stays honest.
 */
@FunctionalInterface
interface QuickCheck {

  /** The answer of a check. Only {@link #PASS} is ever acted on: anything else goes to the full validator. */
  enum Verdict {
    PASS, FAIL, UNSURE;

    /** Both must hold: a sure failure wins, then doubt. */
    Verdict and(Verdict other) {
      if (this == FAIL || other == FAIL) {
        return FAIL;
      }
      return this == UNSURE || other == UNSURE ? UNSURE : PASS;
    }

    static Verdict of(boolean pass) {
      return pass ? PASS : FAIL;
    }
  }

  QuickCheck ALWAYS = node -> Verdict.PASS;

  Verdict test(JsonNode node);
}
