package dev.retention.cases.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.cases.model.Playbooks;
import dev.retention.contracts.segments.ValueTier;
import java.io.StringReader;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PlaybookFileTest {

  private static Properties props(String text) throws Exception {
    Properties p = new Properties();
    p.load(new StringReader(text));
    return p;
  }

  @Test
  void shouldDefaultToTheSeedPractice() throws Exception {
    Playbooks books = PlaybookFile.parse(props(""));
    assertThat(books).isEqualTo(Playbooks.DEFAULTS);
    assertThat(books.forTier(ValueTier.HIGH).firstContactWithin()).isEqualTo(Duration.ofHours(24));
    assertThat(books.forTier(ValueTier.HIGH).followUpEvery()).isEqualTo(Duration.ofDays(7));
    assertThat(books.forTier(ValueTier.MEDIUM).firstContactWithin()).isEqualTo(Duration.ofHours(72));
    assertThat(books.forTier(ValueTier.MEDIUM).followUpEvery()).isEqualTo(Duration.ofDays(30));
    assertThat(books.forTier(ValueTier.LOW).ownerRole()).isEqualTo("automated-outreach");
    assertThat(books.forTier(ValueTier.LOW).followUpEvery()).isEqualTo(Duration.ofDays(14));
  }

  @Test
  void shouldOverrideSingleKeys() throws Exception {
    Playbooks books = PlaybookFile.parse(props("high.first-contact=4h\nlow.manager=crm-team\nfallback-tier=low"));
    assertThat(books.forTier(ValueTier.HIGH).firstContactWithin()).isEqualTo(Duration.ofHours(4));
    assertThat(books.forTier(ValueTier.LOW).manager()).isEqualTo("crm-team");
    assertThat(books.forTier(null).tier()).isEqualTo(ValueTier.LOW);
  }

  @Test
  void shouldNameTheKeyOfABadDuration() {
    assertThatThrownBy(() -> PlaybookFile.parse(props("medium.follow-up=monthly")))
        .hasMessageStartingWith("medium.follow-up must be a duration");
  }
}
