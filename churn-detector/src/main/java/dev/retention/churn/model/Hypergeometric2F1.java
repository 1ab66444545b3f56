package dev.retention.churn.model;

/**
 * Gauss hypergeometric function 2F1(a, b; c; z) for 0 &lt;= z &lt; 1 by its power series.
 *
 * <p>The BG/NBD expectations only need z = t / (alpha + T + t) in [0, 1). The series converges there, with terms
 * shrinking roughly like z^n, so it needs a few thousand terms at most even for z = 0.999; the loop stops when a
 * term no longer changes the sum and fails loudly rather than return an unconverged value.
 */
public final class Hypergeometric2F1 {

  private static final int MAX_TERMS = 1_000_000;
  private static final double RELATIVE_TOLERANCE = 1e-15;

  private Hypergeometric2F1() {
  }

  /**
   * @throws IllegalArgumentException if z is outside [0, 1) or c is zero or a negative integer
   * @throws ArithmeticException      if the series has not converged after a million terms
   */
  public static double value(double a, double b, double c, double z) {
    if (!(z >= 0 && z < 1)) {
      throw new IllegalArgumentException("2F1 series needs 0 <= z < 1, was " + z);
    }
    if (c <= 0 && c == Math.rint(c)) {
      throw new IllegalArgumentException("2F1 undefined for c = " + c);
    }
    double term = 1;
    double sum = 1;
    for (int n = 0; n < MAX_TERMS; n++) {
      term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
      sum += term;
      // A term may be tiny while later ones are not only if the ratio is still > 1, i.e. early on with
      // large a, b: require the ratio to have turned below 1 (n past a + b - c) before trusting smallness.
      if (Math.abs(term) <= RELATIVE_TOLERANCE * Math.abs(sum) && n > a + b - c) {
        return sum;
      }
    }
    throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge");
  }
}
