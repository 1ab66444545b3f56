package dev.retention.projection.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque page cursor: the index key of the last row of the page, base64url. The next page starts after it, so
 * rows added or removed elsewhere never shift it (no offsets).
 */
public final class Cursor {

  private Cursor() {}

  /** Marks our cursors, so that a made-up one is refused instead of starting a page anywhere. */
  private static final String MARK = "c1\u0000";

  public static String encode(String indexKey) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((MARK + indexKey).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @return the index key, or empty if {@code cursor} is not one of ours or does not belong to {@code query}
   */
  public static Optional<String> decode(String cursor, SegmentQuery query) {
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!decoded.startsWith(MARK)) {
        return Optional.empty();
      }
      String key = decoded.substring(MARK.length());
      return key.startsWith(query.prefix()) && key.length() > query.prefix().length()
          ? Optional.of(key) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
