package dev.retention.cases.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.cases.model.Playbooks;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.topics.Topics;
import dev.retention.runtime.config.ConfigDoc;
import dev.retention.runtime.config.ConfigException;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.Settings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CasesConfigTest {

  private static CasesConfig resolve(Map<String, String> values) {
    return CasesConfig.from(Settings.of(ConfigSource.overrides(values)).resolve(CasesConfig.settings()));
  }

  @Test
  void shouldDefaultToAnEmbeddedH2FileThePlaybooksAndTheCatalogTopics() {
    CasesConfig config = resolve(Map.of("cases.api-users.file", "users.txt", "cases.data-dir", "/var/lib/cases"));
    assertThat(config.jdbcUrl()).isEqualTo("jdbc:h2:file:/var/lib/cases/cases;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    assertThat(config.http().port()).isEqualTo(8085);
    assertThat(config.playbooks()).isEqualTo(Playbooks.DEFAULTS);
    assertThat(config.frequencyCap().maxContacts()).isEqualTo(2);
    assertThat(config.frequencyCap().window()).isEqualTo(Duration.ofDays(7));
    assertThat(config.topics().warnings()).isEqualTo(Topics.CHURN_WARNINGS.name());
    assertThat(config.topics().cases()).isEqualTo(Topics.CASES.name());
    assertThat(config.care().holidays()).isEmpty();
    assertThat(config.care().defaultChannel()).isEqualTo(ContactChannel.EMAIL);
  }

  @Test
  void shouldRequireTheApiUsersFileAndNameBadValues() {
    assertThatThrownBy(() -> resolve(Map.of())).isInstanceOf(ConfigException.class)
        .hasMessageContaining("cases.api-users.file");
    assertThatThrownBy(() -> resolve(Map.of("cases.api-users.file", "u", "cases.care.holidays", "xmas")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("cases.care.holidays");
  }

  @Test
  void shouldDocumentEverySetting() {
    assertThat(ConfigDoc.markdown(CasesConfig.settings())).contains("cases.jdbc.url").contains("cases.playbooks.file")
        .contains("cases.contact.max-marketing").contains("http.port");
  }
}
