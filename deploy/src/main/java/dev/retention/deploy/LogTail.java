package dev.retention.deploy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a log file, to show with a failure. */
final class LogTail {

  private static final long MAX_BYTES = 64 * 1024;

  private LogTail() {}

  /** The current size of {@code file}, to show only what is logged after this moment. */
  static long mark(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  static String of(Path file, int lines) {
    return since(file, 0, lines);
  }

  /** The last {@code lines} lines written after {@code mark}, indented, with the file name. */
  static String since(Path file, long mark, int lines) {
    if (!Files.isRegularFile(file)) {
      return "  (" + file + " does not exist)";
    }
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size();
      // a file smaller than the mark was rolled over: everything in it is new
      long from = Math.max(size < mark ? 0 : mark, size - MAX_BYTES);
      channel.position(from);
      ByteBuffer buffer = ByteBuffer.allocate((int) (size - from));
      while (buffer.hasRemaining() && channel.read(buffer) > 0) {
        // keep reading
      }
      List<String> all = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).lines().toList();
      List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
      if (tail.isEmpty()) {
        return "  (nothing logged in " + file + ")";
      }
      return "  " + String.join("\n  ", tail) + "\n  (from " + file + ")";
    } catch (IOException e) {
      return "  (cannot read " + file + ": " + e.getMessage() + ")";
    }
  }
}
