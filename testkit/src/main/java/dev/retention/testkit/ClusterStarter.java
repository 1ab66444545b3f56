package dev.retention.testkit;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts a cluster on a thread of its own and waits at most the plan's startup timeout, so a cluster that cannot
 * start fails the test class with a clear message instead of hanging it (JUnit's {@code @Timeout} does not cover
 * extension callbacks). A cluster that finishes starting after the deadline is closed as soon as it is up.
 */
final class ClusterStarter {

    private ClusterStarter() {
    }

    static RunningCluster start(ClusterPlan plan) {
        return start(plan, () -> ClusterFactory.create(plan));
    }

    static RunningCluster start(ClusterPlan plan, Callable<RunningCluster> startup) {
        CompletableFuture<RunningCluster> started = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                started.complete(startup.call());
            } catch (Throwable failure) {
                started.completeExceptionally(failure);
            }
        }, "testkit-kafka-cluster-start");
        starter.setDaemon(true);
        starter.start();
        try {
            return started.get(plan.startupTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException timeout) {
            abandon(starter, started);
            throw new ClusterStartException("The " + plan.describe() + " did not start within "
                    + plan.startupTimeout().toSeconds() + " s (raise @KafkaCluster(startupTimeoutSeconds) if the "
                    + "machine is just slow; the broker log at WARN is above)", timeout);
        } catch (InterruptedException interrupted) {
            abandon(starter, started);
            Thread.currentThread().interrupt();
            throw new ClusterStartException("Interrupted while starting the " + plan.describe(), interrupted);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof ClusterStartException explained) {
                throw explained;
            }
            throw new ClusterStartException("Could not start the " + plan.describe() + ": " + cause, cause);
        }
    }

    private static void abandon(Thread starter, CompletableFuture<RunningCluster> started) {
        starter.interrupt();
        started.thenAccept(RunningCluster::close);
    }
}
