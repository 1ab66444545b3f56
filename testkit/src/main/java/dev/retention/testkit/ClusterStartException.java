package dev.retention.testkit;

/** A cluster could not be started or reached; the message says why and what to do. */
final class ClusterStartException extends IllegalStateException {

    ClusterStartException(String message) {
        super(message);
    }

    ClusterStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
