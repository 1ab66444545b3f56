package dev.retention.ingestion.importer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a file line by line as raw bytes, with the 1-based line number and the byte offset reached, so that readers
 * can report line numbers, the progress bar can estimate from bytes, and NDJSON lines reach the validator exactly as
 * they are in the file (invalid UTF-8 included). Line ends are LF or CRLF; a UTF-8 byte order mark at the start of
 * the file is dropped.
 */
final class LineReader implements Closeable {

  private static final int BUFFER = 64 * 1024;

  /** One line without its line end. */
  record Line(long number, byte[] bytes, long endOffset) {

    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    boolean isBlank() {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t') {
          return false;
        }
      }
      return true;
    }
  }

  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private long offset;
  private long number;
  private boolean eof;
  private byte[] line = new byte[256];

  LineReader(InputStream in) {
    this.in = in;
  }

  /** The next line, or empty at the end of the input. */
  Optional<Line> next() throws IOException {
    int length = 0;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        break;
      }
      any = true;
      byte b = buffer[position++];
      offset++;
      if (b == '\n') {
        break;
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, line.length * 2);
      }
      line[length++] = b;
    }
    if (!any) {
      return Optional.empty();
    }
    number++;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    int start = 0;
    if (number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    return Optional.of(new Line(number, Arrays.copyOfRange(line, start, length), offset));
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int read = in.read(buffer);
    if (read <= 0) {
      eof = true;
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
