package dev.retention.runtime.config;

import java.util.List;
import java.util.Objects;

/**
 * The configuration is not usable. Lists every problem found, not just the first, so that an operator fixes them in
 * one round; the message has one line per problem.
 */
public class ConfigException extends RuntimeException {

  private final transient List<ConfigProblem> problems;

  public ConfigException(List<ConfigProblem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  public ConfigException(ConfigProblem problem) {
    this(List.of(problem));
  }

  /** Every problem, in the order the settings were declared. */
  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String render(List<ConfigProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ConfigException needs at least one problem");
    }
    StringBuilder message = new StringBuilder("invalid configuration (")
        .append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
    for (ConfigProblem problem : problems) {
      message.append("\n").append("  - ").append(problem.message());
    }
    return message.toString();
  }
}
