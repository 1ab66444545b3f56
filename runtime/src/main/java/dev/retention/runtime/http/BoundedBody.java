package dev.retention.runtime.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads a request body with a limit of its own, so a route can accept less than the server-wide maximum: a declared
 * Content-Length over the limit is refused without keeping the body, a body that grows past it is refused as soon as
 * it does.
 *
 * <p>A refused body is still read (and dropped) up to {@link #DRAIN_LIMIT}: a server that answers and closes while
 * the client is still sending makes the client's TCP stack see a reset, and many clients then report a broken
 * connection instead of the 413 (seen with Java's HttpClient about once in eight requests). Beyond that bound the
 * connection is closed regardless, so a huge body costs the server no more than the bound.
 */
public final class BoundedBody {

  /** Most bytes of a refused body read and dropped so that the client gets to read the answer. */
  static final long DRAIN_LIMIT = 4L * 1024 * 1024;

  private BoundedBody() {}

  /**
   * @param what what the body is, for the message ("event", "batch")
   * @throws ProblemException 413 when the body is larger than {@code maxBytes}, 400 when it cannot be read
   */
  public static byte[] read(Context ctx, long maxBytes, String what) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      drain(ctx, 0);
      throw tooLarge(what, maxBytes, "is " + declared + " bytes");
    }
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
      byte[] chunk = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(chunk)) != -1) {
        total += n;
        if (total > maxBytes) {
          drain(ctx, total);
          throw tooLarge(what, maxBytes, "is more than " + maxBytes + " bytes");
        }
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      // the client went away or sent a broken chunked body; if it is still there, it learns so
      String detail = "The request body could not be read completely.";
      throw new ProblemException(Problem.of(HttpStatus.BAD_REQUEST.getCode(), detail)
          .withErrors(List.of(new Problem.FieldError("", detail))));
    }
  }

  /** Reads and drops the rest of a refused body, up to {@link #DRAIN_LIMIT} in all; quietly stops on any failure. */
  private static void drain(Context ctx, long alreadyRead) {
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] chunk = new byte[16 * 1024];
      long total = alreadyRead;
      int n;
      while (total < DRAIN_LIMIT && (n = in.read(chunk)) != -1) {
        total += n;
      }
    } catch (IOException e) {
      // the client is gone or the body is broken: the answer goes out (or not) either way
    }
  }

  private static ProblemException tooLarge(String what, long maxBytes, String actual) {
    String detail = "The " + what + " " + actual + "; at most " + maxBytes + " bytes are accepted.";
    return new ProblemException(Problem.of(HttpStatus.CONTENT_TOO_LARGE.getCode(), detail)
        .withErrors(List.of(new Problem.FieldError("", detail))));
  }
}
