package dev.retention.testkit;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Names that do not collide: {@code prefix-<counter>-<random>}. The counter keeps names unique within the JVM,
 * the random part keeps them unique across runs against a long-lived external cluster.
 */
final class UniqueNames {

    /** Kafka's rule for topic names (and a safe one for application and group ids). */
    private static final Pattern LEGAL = Pattern.compile("[a-zA-Z0-9._-]+");
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int MAX_LENGTH = 249;

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final SecureRandom random = new SecureRandom();

    String next(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.isEmpty() && !LEGAL.matcher(prefix).matches()) {
            throw new IllegalArgumentException("'" + prefix + "' may only contain ASCII letters, digits, '.', '_' "
                    + "and '-'");
        }
        String suffix = COUNTER.incrementAndGet() + "-" + randomPart(6);
        String name = prefix.isEmpty() ? suffix : prefix + "-" + suffix;
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("prefix too long: " + prefix.length() + " characters");
        }
        return name;
    }

    private String randomPart(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
