package dev.retention.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class ClusterPlanTest {

    @KafkaCluster
    private static final class Defaults {
    }

    @KafkaCluster(brokers = 3, startupTimeoutSeconds = 30)
    private static final class ThreeBrokers {
    }

    @KafkaCluster(mode = ClusterMode.EMBEDDED)
    private static final class ForcedEmbedded {
    }

    @KafkaCluster(brokers = 3, mode = ClusterMode.TESTCONTAINERS)
    private static final class ThreeBrokersInContainers {
    }

    @KafkaCluster(brokers = 0)
    private static final class NoBrokers {
    }

    private static KafkaCluster annotationOf(Class<?> type) {
        return type.getAnnotation(KafkaCluster.class);
    }

    private static TestEnvironment env(Map<String, String> variables) {
        return new TestEnvironment(Map.of(), variables);
    }

    @Test
    void shouldDefaultToOneEmbeddedBrokerWhenNothingIsConfigured() {
        ClusterPlan plan = ClusterPlan.resolve(annotationOf(Defaults.class), env(Map.of()));

        assertThat(plan.mode()).isEqualTo(ClusterMode.EMBEDDED);
        assertThat(plan.brokers()).isEqualTo(1);
        assertThat(plan.startupTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(plan.skipReason()).isEmpty();
        assertThat(plan.describe()).isEqualTo("embedded KRaft cluster (1 combined broker/controller node)");
    }

    @Test
    void shouldUseAnExternalClusterWhenBootstrapServersAreSet() {
        ClusterPlan plan = ClusterPlan.resolve(annotationOf(Defaults.class),
                env(Map.of("RETENTION_TEST_BOOTSTRAP_SERVERS", "kafka:9092")));

        assertThat(plan.mode()).isEqualTo(ClusterMode.EXTERNAL);
        assertThat(plan.bootstrapServers()).contains("kafka:9092");
        assertThat(plan.describe()).isEqualTo("external Kafka cluster at kafka:9092");
    }

    @Test
    void shouldPreferTheExplicitModeVariableOverBootstrapServers() {
        ClusterPlan plan = ClusterPlan.resolve(annotationOf(Defaults.class), env(Map.of(
                "RETENTION_TEST_BOOTSTRAP_SERVERS", "kafka:9092", "RETENTION_TEST_KAFKA", "Testcontainers")));

        assertThat(plan.mode()).isEqualTo(ClusterMode.TESTCONTAINERS);
        assertThat(plan.image()).startsWith("apache/kafka:4.");
    }

    @Test
    void shouldPreferSystemPropertiesOverEnvironmentVariables() {
        TestEnvironment environment = new TestEnvironment(
                Map.of("retention.test.kafka", "embedded"), Map.of("RETENTION_TEST_KAFKA", "testcontainers"));

        assertThat(ClusterPlan.resolve(annotationOf(Defaults.class), environment).mode())
                .isEqualTo(ClusterMode.EMBEDDED);
    }

    @Test
    void shouldLetTheAnnotationOverrideTheEnvironment() {
        ClusterPlan plan = ClusterPlan.resolve(annotationOf(ForcedEmbedded.class),
                env(Map.of("RETENTION_TEST_KAFKA", "testcontainers")));

        assertThat(plan.mode()).isEqualTo(ClusterMode.EMBEDDED);
    }

    @Test
    void shouldSkipMultiBrokerClassesWhenTheEnvironmentSelectsAnotherKindOfCluster() {
        ClusterPlan plan = ClusterPlan.resolve(annotationOf(ThreeBrokers.class),
                env(Map.of("RETENTION_TEST_KAFKA", "testcontainers")));

        assertThat(plan.skipReason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("brokers = 3").contains("testcontainers").contains("skipping"));
    }

    @Test
    void shouldDescribeAMultiBrokerEmbeddedCluster() {
        ClusterPlan plan = ClusterPlan.resolve(annotationOf(ThreeBrokers.class), env(Map.of()));

        assertThat(plan.describe()).isEqualTo("embedded KRaft cluster (3 brokers + 1 controller)");
        assertThat(plan.startupTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldRejectContradictoryOrInvalidSettings() {
        assertThatThrownBy(() -> ClusterPlan.resolve(annotationOf(ThreeBrokersInContainers.class), env(Map.of())))
                .isInstanceOf(ExtensionConfigurationException.class).hasMessageContaining("brokers = 3");
        assertThatThrownBy(() -> ClusterPlan.resolve(annotationOf(NoBrokers.class), env(Map.of())))
                .isInstanceOf(ExtensionConfigurationException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> ClusterPlan.resolve(annotationOf(Defaults.class),
                        env(Map.of("RETENTION_TEST_KAFKA", "docker"))))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("embedded, testcontainers, external");
        assertThatThrownBy(() -> ClusterPlan.resolve(annotationOf(Defaults.class),
                        env(Map.of("RETENTION_TEST_KAFKA", "external"))))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("RETENTION_TEST_BOOTSTRAP_SERVERS");
    }
}
