package dev.retention.runtime.config;

import java.util.Collection;

/**
 * Renders settings as documentation, from their declarations, so a service's docs and its {@code --help} cannot
 * drift from what it reads.
 */
public final class ConfigDoc {

  private ConfigDoc() {}

  /**
   * A Markdown table with one row per setting: name, environment variable, default, description. A setting without
   * default shows {@code required} or {@code unset} (optional).
   */
  public static String markdown(Collection<? extends Setting<?>> settings) {
    StringBuilder table = new StringBuilder()
        .append("| setting | environment variable | default | description |\n")
        .append("|---|---|---|---|\n");
    for (Setting<?> s : settings) {
      table.append("| `").append(s.name()).append("` | `").append(s.envVar()).append("` | ")
          .append(defaultCell(s)).append(" | ").append(cell(s.doc())).append(" |\n");
    }
    return table.toString();
  }

  private static String defaultCell(Setting<?> s) {
    if (s.defaultValue().isPresent()) {
      String value = s.defaultValue().get();
      return value.isEmpty() ? "(empty)" : "`" + cell(value) + "`";
    }
    return s.optional() ? "*unset*" : "*required*";
  }

  /** Text that cannot break the table: no line breaks, escaped pipes. */
  private static String cell(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ").replace("|", "\\|");
  }
}
