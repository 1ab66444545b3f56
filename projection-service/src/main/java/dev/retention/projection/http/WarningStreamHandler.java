package dev.retention.projection.http;

import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.json.JsonSerde;
import dev.retention.projection.feed.WarningRing;
import io.javalin.http.sse.SseClient;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * {@code GET /v1/warnings/stream}: Server-Sent Events, one {@code warning} event per churn warning (its contract JSON),
 * with the warning's {@code eventId} as SSE id. A client that reconnects with {@code Last-Event-ID} gets what it
 * missed, as far as the ring still holds it.
 */
public final class WarningStreamHandler implements Consumer<SseClient> {

  static final String PATH = "/v1/warnings/stream";
  private static final JsonSerde<ChurnWarning> JSON = JsonSerde.of(ChurnWarning.class);

  private final WarningRing ring;
  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();

  public WarningStreamHandler(WarningRing ring) {
    this.ring = ring;
  }

  /** Ends every open stream: a stream never ends by itself, and a graceful HTTP stop waits for open requests. */
  public void closeAll() {
    clients.forEach(SseClient::close);
  }

  @Override
  public void accept(SseClient client) {
    client.keepAlive();
    String lastEventId = client.ctx().header("Last-Event-ID");
    Runnable stop = ring.subscribe(lastEventId, w -> {
      if (!client.terminated()) {
        client.sendEvent("warning", new String(JSON.write(w), StandardCharsets.UTF_8), w.eventId());
      }
    });
    clients.add(client);
    client.onClose(() -> {
      stop.run();
      clients.remove(client);
    });
  }
}
