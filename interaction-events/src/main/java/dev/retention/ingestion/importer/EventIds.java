package dev.retention.ingestion.importer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Event ids derived from a row's content, so that importing the same file twice gives the same (source, id) pairs
 * and the de-duplication downstream drops the second copy. An id is the first 128 bits of the SHA-256 of the parts,
 * each length-prefixed (so {@code ("ab", "c")} and {@code ("a", "bc")} differ), as 32 lower-case hex digits.
 */
public final class EventIds {

  private static final int BYTES = 16;

  private EventIds() {}

  /** The id of the row whose normalized content is {@code parts}; null parts count as absent. */
  public static String derive(String... parts) {
    MessageDigest sha256 = sha256();
    for (String part : parts) {
      if (part == null) {
        sha256.update(ByteBuffer.allocate(4).putInt(-1).array());
        continue;
      }
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      sha256.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
      sha256.update(bytes);
    }
    byte[] digest = sha256.digest();
    return HexFormat.of().formatHex(digest, 0, BYTES);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
