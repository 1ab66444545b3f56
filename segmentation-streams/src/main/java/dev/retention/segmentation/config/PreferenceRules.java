package dev.retention.segmentation.config;

/**
 * How many favourite categories and products are reported, and how many candidates are tracked to find them.
 *
 * @param top how many categories (and how many products) are reported, by spend
 * @param candidates how many are tracked per customer (Space-Saving); at least {@code top}
 */
public record PreferenceRules(int top, int candidates) {

  public PreferenceRules {
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, was " + top);
    }
    if (candidates < top || candidates > 64) {
      throw new IllegalArgumentException("candidates must be " + top + " to 64, was " + candidates);
    }
  }
}
