package dev.retention.segmentation.config;

import dev.retention.contracts.segments.CustomerValue;

/**
 * How many favourite categories and products are reported, and how many candidates are tracked to find them.
 *
 * @param top how many categories (and how many products) are reported, by spend; 1 to {@code CustomerValue.MAX_TOP}
 * @param candidates how many are tracked per customer (Space-Saving); at least {@code top}
 */
public record PreferenceRules(int top, int candidates) {

  public PreferenceRules {
    if (top < 1 || top > CustomerValue.MAX_TOP) {
      throw new IllegalArgumentException("top must be 1 to " + CustomerValue.MAX_TOP + " (the contract's longest "
          + "top list), was " + top);
    }
    if (candidates < top || candidates > 64) {
      throw new IllegalArgumentException("candidates must be " + top + " to 64, was " + candidates);
    }
  }
}
