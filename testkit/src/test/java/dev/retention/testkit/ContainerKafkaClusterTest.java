package dev.retention.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

class ContainerKafkaClusterTest {

    @KafkaCluster(mode = ClusterMode.TESTCONTAINERS, startupTimeoutSeconds = 60)
    private static final class InContainer {
    }

    @Test
    void shouldFailWithAClearMessageWhenTestcontainersIsRequestedWithoutDocker() {
        Assumptions.assumeFalse(DockerClientFactory.instance().isDockerAvailable(),
                "a Docker engine is available here, so the container would start");
        ClusterPlan plan = ClusterPlan.resolve(InContainer.class.getAnnotation(KafkaCluster.class),
                new TestEnvironment(Map.of(), Map.of()));

        assertThatThrownBy(() -> ClusterStarter.start(plan))
                .isInstanceOf(ClusterStartException.class)
                .hasMessageContaining("no Docker engine is reachable")
                .hasMessageContaining("unset RETENTION_TEST_KAFKA");
    }
}
