package dev.retention.testkit;

import java.util.Map;
import java.util.Optional;

/**
 * The settings testkit reads from outside: a system property wins over the environment variable of the same
 * meaning, so {@code mvn verify -Dretention.test.kafka=testcontainers} works as well as
 * {@code RETENTION_TEST_KAFKA=testcontainers mvn verify}.
 */
final class TestEnvironment {

    static final String KAFKA_MODE = "RETENTION_TEST_KAFKA";
    static final String BOOTSTRAP_SERVERS = "RETENTION_TEST_BOOTSTRAP_SERVERS";
    static final String KAFKA_IMAGE = "RETENTION_TEST_KAFKA_IMAGE";

    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;

    TestEnvironment(Map<String, String> systemProperties, Map<String, String> environment) {
        this.systemProperties = Map.copyOf(systemProperties);
        this.environment = Map.copyOf(environment);
    }

    static TestEnvironment current() {
        Map<String, String> properties = new java.util.HashMap<>();
        System.getProperties().forEach((key, value) -> properties.put(String.valueOf(key), String.valueOf(value)));
        return new TestEnvironment(properties, System.getenv());
    }

    /** The value of {@code name} (an environment variable name) or its system-property twin, if non-blank. */
    Optional<String> get(String name) {
        String property = systemProperties.get(propertyName(name));
        if (property != null && !property.isBlank()) {
            return Optional.of(property.trim());
        }
        String variable = environment.get(name);
        if (variable != null && !variable.isBlank()) {
            return Optional.of(variable.trim());
        }
        return Optional.empty();
    }

    /** {@code RETENTION_TEST_KAFKA} becomes {@code retention.test.kafka}. */
    static String propertyName(String variableName) {
        return variableName.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}
