package dev.retention.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A throw-away API key for source {@code bench} (which covers the payloads' {@value BenchPayloads#SOURCE}), in a key
 * file the gateway reads at start-up.
 */
record BenchApiKey(String key, Path file) {

  static final String SOURCE = "bench";

  static BenchApiKey create(Path dir) {
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    String key = HexFormat.of().formatHex(random);
    Path file = dir.resolve("api-keys");
    try {
      Files.writeString(file, SOURCE + "=" + key + "\n");
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system; the directory is private to this run anyway
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the API key file " + file, e);
    }
    return new BenchApiKey(key, file);
  }
}
