package dev.retention.ingestion.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.json.Json;
import dev.retention.runtime.http.ApiKeys;
import dev.retention.runtime.http.BoundedBody;
import dev.retention.runtime.http.MediaTypes;
import dev.retention.runtime.http.ProblemException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1/events}: one CloudEvent in structured mode ({@code application/cloudevents+json}). Answers 202 once
 * Kafka acknowledged the write; otherwise a problem: 401/403 (key), 415 (media type), 400/413/422 (the event), 403
 * (the key does not cover the event's source), 503 with Retry-After (Kafka unavailable: not written).
 */
public final class SingleEventHandler implements Handler {

  public static final String PATH = "/v1/events";
  static final Set<String> MEDIA_TYPES = Set.of(CloudEvent.MEDIA_TYPE);

  private final ApiKeys apiKeys;
  private final EventAdmission admission;
  private final RawEventPublisher publisher;
  private final GatewayMetrics metrics;
  private final GatewayConfig config;
  private final Clock clock;

  SingleEventHandler(GatewayConfig config, EventAdmission admission, RawEventPublisher publisher,
      GatewayMetrics metrics, Clock clock) {
    this.config = config;
    this.apiKeys = config.apiKeys();
    this.admission = admission;
    this.publisher = publisher;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    CountedRefusals.run(metrics, ctx, this::accept);
  }

  private void accept(Context ctx) throws Exception {
    Instant receivedAt = clock.instant();
    ApiKeys.Client client = apiKeys.authenticate(ctx);
    if (!MediaTypes.isOneOf(ctx.contentType(), MEDIA_TYPES)) {
      throw new ProblemException(GatewayProblems.unsupportedMediaType(ctx.contentType(),
          CloudEvent.MEDIA_TYPE + " (one CloudEvent in structured mode; batches go to " + BatchHandler.PATH + ")"));
    }
    byte[] body = BoundedBody.read(ctx, config.rules().maxEventBytes(), "event");
    Admission verdict = admission.admit(body, client, receivedAt);
    if (verdict instanceof Admission.Refused refused) {
      throw new ProblemException(refused.problem());
    }
    CloudEvent event = ((Admission.Admitted) verdict).event();
    PublishResult result = publisher.publish(
        List.of(new RawEventPublisher.Outgoing(event.subject(), body)), receivedAt).get(0);
    if (result instanceof PublishResult.Unavailable unavailable) {
      throw new ProblemException(GatewayProblems.unavailable(unavailable.detail()),
          Map.of("Retry-After", Long.toString(config.retryAfterSeconds())));
    }
    if (result instanceof PublishResult.Failed failed) {
      throw new ProblemException(GatewayProblems.notWritten(failed.detail()));
    }
    metrics.accepted(1);
    ObjectNode answer = Json.mapper().createObjectNode()
        .put("status", "accepted")
        .put("id", event.id())
        .put("source", event.source());
    ctx.status(202).contentType("application/json").result(Json.mapper().writeValueAsBytes(answer));
  }
}
