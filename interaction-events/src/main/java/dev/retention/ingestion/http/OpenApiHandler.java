package dev.retention.ingestion.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /v1/openapi.yaml}: the gateway's OpenAPI 3.1 description. */
public final class OpenApiHandler implements Handler {

  public static final String PATH = "/v1/openapi.yaml";
  /** The document on the class path. */
  public static final String RESOURCE = "/dev/retention/ingestion/http/openapi.yaml";

  private final byte[] document;

  public OpenApiHandler() {
    this.document = load();
  }

  static byte[] load() {
    try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void handle(Context ctx) {
    ctx.status(200).contentType("application/yaml").result(document);
  }
}
