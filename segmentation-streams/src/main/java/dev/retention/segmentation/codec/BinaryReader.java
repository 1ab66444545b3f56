package dev.retention.segmentation.codec;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Reads what {@link BinaryWriter} wrote. */
final class BinaryReader {

  private final byte[] bytes;
  private int position;
  private int scale;
  private long previousMillis;

  BinaryReader(byte[] bytes) {
    this.bytes = bytes;
  }

  void scale(int amountScale) {
    this.scale = amountScale;
  }

  int readByte() {
    if (position >= bytes.length) {
      throw new IllegalArgumentException("truncated: ended at byte " + position);
    }
    return bytes[position++] & 0xFF;
  }

  long readUnsigned() {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = readByte();
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IllegalArgumentException("a variable-length integer is too long at byte " + position);
  }

  int readUnsignedInt() {
    return Math.toIntExact(readUnsigned());
  }

  long readSigned() {
    long zigzag = readUnsigned();
    return (zigzag >>> 1) ^ -(zigzag & 1);
  }

  BigDecimal readAmount() {
    return BigDecimal.valueOf(readSigned(), scale);
  }

  String readString() {
    int length = readUnsignedInt();
    if (length > bytes.length - position) {
      throw new IllegalArgumentException("truncated string at byte " + position);
    }
    String s = new String(bytes, position, length, StandardCharsets.UTF_8);
    position += length;
    return s;
  }

  Instant readInstant() {
    long coded = readSigned();
    long delta = (coded & 1) == 0 ? (coded >> 1) * 1000 : coded >> 1;
    previousMillis = Math.addExact(previousMillis, delta);
    return Instant.ofEpochMilli(previousMillis);
  }

  boolean atEnd() {
    return position == bytes.length;
  }
}
