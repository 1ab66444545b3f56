package dev.retention.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClusterStarterTest {

    @KafkaCluster(startupTimeoutSeconds = 1)
    private static final class OneSecond {
    }

    private static final ClusterPlan PLAN = ClusterPlan.resolve(
            OneSecond.class.getAnnotation(KafkaCluster.class), new TestEnvironment(Map.of(), Map.of()));

    @Test
    void shouldFailFastWithAClearMessageAndCloseTheClusterIfItStartsLate() {
        CountDownLatch release = new CountDownLatch(1);
        FakeCluster late = new FakeCluster();

        assertThatThrownBy(() -> ClusterStarter.start(PLAN, () -> {
            awaitIgnoringInterrupts(release); // like a broker start that does not react to interruption
            return late;
        }))
                .isInstanceOf(ClusterStartException.class)
                .hasMessageContaining("did not start within 1 s")
                .hasMessageContaining("startupTimeoutSeconds");

        release.countDown();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilTrue(late.closed);
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException ignored) {
                // keep waiting
            }
        }
    }

    @Test
    void shouldExplainAFailedStart() {
        assertThatThrownBy(() -> ClusterStarter.start(PLAN, () -> {
            throw new java.io.IOException("disk full");
        }))
                .isInstanceOf(ClusterStartException.class)
                .hasMessageContaining("Could not start the embedded KRaft cluster")
                .hasMessageContaining("disk full");
    }

    @Test
    void shouldReturnAClusterThatStartsInTime() {
        FakeCluster cluster = new FakeCluster();

        assertThat(ClusterStarter.start(PLAN, () -> cluster)).isSameAs(cluster);
    }

    private static final class FakeCluster implements RunningCluster {
        final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public String bootstrapServers() {
            return "localhost:1";
        }

        @Override
        public String description() {
            return "fake";
        }

        @Override
        public boolean disposable() {
            return true;
        }

        @Override
        public Optional<BrokerControl> brokerControl() {
            return Optional.empty();
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }
}
