package dev.retention.cases.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.cases.config.ApiUsers.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiUsersTest {

  @TempDir
  Path dir;

  @Test
  void shouldReadUsersRolesAndKeys() throws Exception {
    Path file = Files.writeString(dir.resolve("users"),
        "# team\nann=agent:ann-key-0123456789abcdef\n\nmia = Manager : mia-key-0123456789=abc\n");
    ApiUsers users = ApiUsers.load(file);
    assertThat(users.roles()).containsEntry("ann", Role.AGENT).containsEntry("mia", Role.MANAGER);
    assertThat(users.keys().lookup("mia-key-0123456789=abc")).hasValueSatisfying(c ->
        assertThat(c.source()).isEqualTo("mia"));
    assertThat(users.keys().lookup("nope-0123456789abcdef")).isEmpty();
  }

  @Test
  void shouldNameTheLineOfAnUnknownRole() throws Exception {
    Path file = Files.writeString(dir.resolve("users"), "ann=admin:ann-key-0123456789abcdef\n");
    assertThatThrownBy(() -> ApiUsers.load(file)).hasMessageContaining("line 1")
        .hasMessageContaining("role must be agent or manager, was 'admin'");
  }
}
