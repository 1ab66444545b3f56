package dev.retention.churn.model;

import java.util.function.ToDoubleFunction;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximizes a function of strictly positive parameters with Hipparchus' BOBYQA, searching over their logarithms
 * so every trial point is positive without constraints. Used by the maximum-likelihood fits.
 */
final class LogSpaceMaximizer {

  /** The arg max (in the original, positive parametrization), the value there, and the evaluations spent. */
  record Maximum(double[] point, double value, int evaluations) {
  }

  private static final int MAX_EVALUATIONS = 20_000;
  /** One unit of log-space: the first trial steps scale each parameter by up to e. */
  private static final double INITIAL_RADIUS = 1.0;
  private static final double STOPPING_RADIUS = 1e-9;
  /** Keeps exp() finite: a parameter outside [e^-30, e^30] means the data do not identify the model. */
  private static final double LOG_BOUND = 30;

  private LogSpaceMaximizer() {
  }

  static Maximum maximize(ToDoubleFunction<double[]> objective, double[] start) {
    int n = start.length;
    double[] logStart = new double[n];
    double[] lower = new double[n];
    double[] upper = new double[n];
    for (int i = 0; i < n; i++) {
      Positive.require("start[" + i + "]", start[i]);
      logStart[i] = Math.log(start[i]);
      lower[i] = -LOG_BOUND;
      upper[i] = LOG_BOUND;
    }
    BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, INITIAL_RADIUS, STOPPING_RADIUS);
    PointValuePair best = optimizer.optimize(
        new MaxEval(MAX_EVALUATIONS),
        new ObjectiveFunction(logPoint -> finiteOrWorst(objective.applyAsDouble(exp(logPoint)))),
        GoalType.MAXIMIZE,
        new InitialGuess(logStart),
        new SimpleBounds(lower, upper));
    return new Maximum(exp(best.getPoint()), best.getValue(), optimizer.getEvaluations());
  }

  // An overflow far from the optimum must steer the search away, not poison it with NaN.
  private static double finiteOrWorst(double value) {
    return Double.isFinite(value) ? value : -Double.MAX_VALUE;
  }

  private static double[] exp(double[] logs) {
    double[] values = new double[logs.length];
    for (int i = 0; i < logs.length; i++) {
      values[i] = Math.exp(logs[i]);
    }
    return values;
  }
}
