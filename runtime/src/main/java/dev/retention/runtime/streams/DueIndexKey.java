package dev.retention.runtime.streams;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Bytes;

/**
 * Keys of a due-time index store (time -> id), the building block of "nothing happened for N days" timers and of
 * expiry: the time as 8 big-endian bytes with the sign bit flipped, so that the byte order of the stores (RocksDB's
 * and the in-memory one's, both unsigned lexicographic) is time order, then the id, which makes the key unique. A
 * range scan from the start up to {@link #before(long)} visits exactly what is due, so a timer tick costs in
 * proportion to the timers due, not to the number of ids.
 */
public final class DueIndexKey {

  private static final int TIME_BYTES = Long.BYTES;

  private DueIndexKey() {}

  public static Bytes of(long timeMs, String id) {
    byte[] key = id.getBytes(StandardCharsets.UTF_8);
    return Bytes.wrap(ByteBuffer.allocate(TIME_BYTES + key.length)
        .putLong(timeMs ^ Long.MIN_VALUE)
        .put(key)
        .array());
  }

  /**
   * The bound below every key of {@code timeMs} and above every key of an earlier time: a range that ends here
   * holds exactly the entries of times before {@code timeMs}.
   */
  public static Bytes before(long timeMs) {
    return Bytes.wrap(ByteBuffer.allocate(TIME_BYTES).putLong(timeMs ^ Long.MIN_VALUE).array());
  }

  public static long time(Bytes indexKey) {
    return ByteBuffer.wrap(indexKey.get(), 0, TIME_BYTES).getLong() ^ Long.MIN_VALUE;
  }
}
