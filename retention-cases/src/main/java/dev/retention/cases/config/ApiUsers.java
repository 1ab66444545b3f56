package dev.retention.cases.config;

import dev.retention.runtime.http.ApiKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who may use the case API: {@code user=role:key} lines (role {@code agent} or {@code manager}); blank lines and
 * {@code #} comments are ignored. Keys are checked by runtime's {@link ApiKeys} (constant time, digests only), with
 * the user name as its source.
 */
public record ApiUsers(ApiKeys keys, Map<String, Role> roles) {

  /** What a user may do: agents work their own cases, managers every case and assignments. */
  public enum Role {
    AGENT, MANAGER
  }

  public ApiUsers {
    roles = Map.copyOf(roles);
  }

  public static ApiUsers load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the API users file " + file, e);
    }
    Map<String, String> keys = new LinkedHashMap<>();
    Map<String, Role> roles = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      int colon = line.indexOf(':', eq + 1);
      if (eq <= 0 || colon < 0) {
        throw new IllegalArgumentException("line " + (i + 1) + " of the API users file " + file
            + " is not 'user=role:key'");
      }
      String user = line.substring(0, eq).strip();
      String role = line.substring(eq + 1, colon).strip().toUpperCase(Locale.ROOT);
      try {
        roles.put(user, Role.valueOf(role));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + (i + 1) + " of the API users file " + file
            + ": role must be agent or manager, was '" + role.toLowerCase(Locale.ROOT) + "'", e);
      }
      keys.put(user, line.substring(colon + 1).strip());
    }
    return new ApiUsers(ApiKeys.of(keys), roles);
  }
}
