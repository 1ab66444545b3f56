package dev.retention.segmentation.stream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Bytes;

/**
 * Keys of the due-time index: the due time as 8 big-endian bytes with the sign bit flipped, so that the byte order of
 * the stores (RocksDB's and the in-memory one's, both unsigned lexicographic) is time order, then the customer id,
 * which makes the key unique.
 */
final class DueIndexKey {

  private static final int TIME_BYTES = Long.BYTES;

  private DueIndexKey() {}

  static Bytes of(long timeMs, String customerId) {
    byte[] key = customerId.getBytes(StandardCharsets.UTF_8);
    return Bytes.wrap(ByteBuffer.allocate(TIME_BYTES + key.length)
        .putLong(timeMs ^ Long.MIN_VALUE)
        .put(key)
        .array());
  }

  /**
   * The bound below every key of {@code timeMs} and above every key of an earlier time: a range that ends here holds
   * exactly the entries of times before {@code timeMs}.
   */
  static Bytes before(long timeMs) {
    return Bytes.wrap(ByteBuffer.allocate(TIME_BYTES).putLong(timeMs ^ Long.MIN_VALUE).array());
  }

  static long time(Bytes indexKey) {
    return ByteBuffer.wrap(indexKey.get(), 0, TIME_BYTES).getLong() ^ Long.MIN_VALUE;
  }
}
