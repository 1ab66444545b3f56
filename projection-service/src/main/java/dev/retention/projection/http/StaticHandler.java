package dev.retention.projection.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Serves one classpath resource: the dashboard's files, the bundled charting library (a WebJar, so nothing is loaded
 * from a CDN at run time), the OpenAPI description. Read once, at start-up.
 */
final class StaticHandler implements Handler {

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8", "json", "application/json");

  private final byte[] content;
  private final String contentType;

  StaticHandler(String resource) {
    try (InputStream in = StaticHandler.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is not on the class path");
      }
      this.content = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.contentType = TYPES.getOrDefault(resource.substring(resource.lastIndexOf('.') + 1),
        "application/octet-stream");
  }

  @Override
  public void handle(Context ctx) {
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(contentType).result(content);
  }
}
