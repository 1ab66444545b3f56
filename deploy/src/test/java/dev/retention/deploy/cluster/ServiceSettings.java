package dev.retention.deploy.cluster;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a service really reads, from the service itself: its main class run with
 * {@code --help-config} prints the settings table (runtime {@code ConfigDoc}), whose second column is each
 * setting's variable. A deployment that sets a variable no setting reads configures nothing, silently; this is how
 * the tests catch that.
 */
final class ServiceSettings {

  private static final Pattern ROW = Pattern.compile("^\\| `[^`]+` \\| `([A-Z][A-Z0-9_]*)` \\|", Pattern.MULTILINE);

  private ServiceSettings() {}

  /**
   * The variables of the main class's settings; empty when the class is not on the test class path (a module not
   * built into this reactor yet), which the tests report as skipped rather than passed.
   */
  static synchronized Optional<Set<String>> environmentVariables(String mainClass) {
    Class<?> main;
    try {
      main = Class.forName(mainClass);
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      main.getMethod("main", String[].class).invoke(null, (Object) new String[] {"--help-config"});
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(mainClass + " --help-config failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(mainClass + " has no public static main(String[])", e);
    } finally {
      System.setOut(original);
    }
    Set<String> variables = new LinkedHashSet<>();
    Matcher row = ROW.matcher(out.toString(StandardCharsets.UTF_8));
    while (row.find()) {
      variables.add(row.group(1));
    }
    if (variables.isEmpty()) {
      throw new IllegalStateException(mainClass + " --help-config printed no settings table");
    }
    return Optional.of(Set.copyOf(variables));
  }
}
