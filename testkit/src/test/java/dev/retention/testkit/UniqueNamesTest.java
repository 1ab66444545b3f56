package dev.retention.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UniqueNamesTest {

    private final UniqueNames names = new UniqueNames();

    @Test
    void shouldNeverRepeatANameAndKeepThePrefix() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String name = names.next("segmentation.app");
            assertThat(name).matches("segmentation\\.app-\\d+-[a-z0-9]{6}");
            assertThat(seen.add(name)).as("unique: %s", name).isTrue();
        }
    }

    @Test
    void shouldRejectPrefixesKafkaWouldReject() {
        assertThatThrownBy(() -> names.next("orders/v1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orders/v1");
        assertThatThrownBy(() -> names.next("x".repeat(249))).isInstanceOf(IllegalArgumentException.class);
    }
}
