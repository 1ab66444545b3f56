package dev.retention.segmentation.codec;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes the compact binary form: unsigned and zig-zag variable-length integers (7 bits a byte), amounts as their
 * unscaled value at a fixed scale, strings as length and UTF-8, and instants as the difference to the instant written
 * before (in whole seconds when it is one, else in milliseconds).
 */
final class BinaryWriter {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(128);
  private final int scale;
  private long previousMillis;

  BinaryWriter(int scale) {
    this.scale = scale;
  }

  void writeByte(int b) {
    out.write(b);
  }

  void writeUnsigned(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("not unsigned: " + value);
    }
    long v = value;
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  void writeSigned(long value) {
    long zigzag = (value << 1) ^ (value >> 63);
    long v = zigzag;
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  /** An amount at this writer's scale; refuses an amount that would need rounding. */
  void writeAmount(BigDecimal amount) {
    writeSigned(amount.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact());
  }

  void writeString(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    writeUnsigned(bytes.length);
    out.write(bytes, 0, bytes.length);
  }

  void writeInstant(Instant t) {
    long millis = t.toEpochMilli();
    long delta = Math.subtractExact(millis, previousMillis);
    previousMillis = millis;
    // the low bit says the unit: 0 whole seconds, 1 milliseconds
    writeSigned(delta % 1000 == 0 ? (delta / 1000) * 2 : delta * 2 + 1);
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }
}
