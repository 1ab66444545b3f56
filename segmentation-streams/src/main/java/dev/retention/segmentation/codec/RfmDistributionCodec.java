package dev.retention.segmentation.codec;

import dev.retention.segmentation.rfm.LogHistogram;
import dev.retention.segmentation.rfm.RfmDistribution;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compact binary form of an {@link RfmDistribution}, for the per-partition summaries and the global one on a
 * compacted topic: a format version byte, the money scale, then each histogram as its bucket count and, per bucket,
 * the gap to the previous index and the count. {@code decode(encode(d))} equals {@code d}.
 */
public final class RfmDistributionCodec {

  static final int VERSION = 1;

  private RfmDistributionCodec() {}

  public static byte[] encode(RfmDistribution d) {
    BinaryWriter w = new BinaryWriter(0);
    w.writeByte(VERSION);
    w.writeUnsigned(d.moneyScale());
    write(w, d.recency());
    write(w, d.frequency());
    write(w, d.monetary());
    return w.toByteArray();
  }

  /**
   * @throws IllegalArgumentException if the bytes are not a distribution of a known format version
   */
  public static RfmDistribution decode(byte[] bytes) {
    BinaryReader r = new BinaryReader(bytes);
    int version = r.readByte();
    if (version != VERSION) {
      throw new IllegalArgumentException("unknown RFM distribution format version " + version);
    }
    int scale = r.readUnsignedInt();
    RfmDistribution d = new RfmDistribution(scale, read(r), read(r), read(r));
    if (!r.atEnd()) {
      throw new IllegalArgumentException("trailing bytes after an RFM distribution");
    }
    return d;
  }

  private static void write(BinaryWriter w, LogHistogram h) {
    w.writeUnsigned(h.buckets().size());
    int previous = 0;
    for (Map.Entry<Integer, Long> e : h.buckets().entrySet()) {
      w.writeUnsigned(e.getKey() - previous);
      previous = e.getKey();
      w.writeUnsigned(e.getValue());
    }
  }

  private static LogHistogram read(BinaryReader r) {
    int n = r.readUnsignedInt();
    TreeMap<Integer, Long> buckets = new TreeMap<>();
    int index = 0;
    for (int i = 0; i < n; i++) {
      index = Math.addExact(index, r.readUnsignedInt());
      buckets.put(index, r.readUnsigned());
    }
    return new LogHistogram(buckets);
  }
}
