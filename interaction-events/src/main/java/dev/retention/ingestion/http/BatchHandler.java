package dev.retention.ingestion.http;

import dev.retention.ingestion.http.BatchSplitter.Format;
import dev.retention.runtime.http.ApiKeys;
import dev.retention.runtime.http.BoundedBody;
import dev.retention.runtime.http.MediaTypes;
import dev.retention.runtime.http.Problem;
import dev.retention.runtime.http.ProblemException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/events:batch}: many CloudEvents, as a JSON array ({@code application/json} or
 * {@code application/cloudevents-batch+json}) or NDJSON ({@code application/x-ndjson}). Every event is decided on its
 * own: the valid ones the key may publish are written, and each gets a result. 202 when every event was accepted,
 * 207 Multi-Status otherwise (with Retry-After when some were not written because Kafka was unavailable). A request
 * that cannot be split into events is refused whole: 401/403 (key), 415 (media type), 413 (over the byte or event
 * limit), 400 (not a well-formed array, or empty).
 */
public final class BatchHandler implements Handler {

  public static final String PATH = "/v1/events:batch";
  static final Map<String, Format> MEDIA_TYPES = Map.of(
      "application/json", Format.JSON_ARRAY,
      "application/cloudevents-batch+json", Format.JSON_ARRAY,
      "application/x-ndjson", Format.NDJSON);

  private final GatewayConfig config;
  private final EventAdmission admission;
  private final RawEventPublisher publisher;
  private final GatewayMetrics metrics;
  private final Clock clock;
  private final BatchSplitter splitter;

  BatchHandler(GatewayConfig config, EventAdmission admission, RawEventPublisher publisher, GatewayMetrics metrics,
      Clock clock) {
    this.config = config;
    this.admission = admission;
    this.publisher = publisher;
    this.metrics = metrics;
    this.clock = clock;
    this.splitter = new BatchSplitter(config.maxBatchEvents());
  }

  @Override
  public void handle(Context ctx) throws Exception {
    CountedRefusals.run(metrics, ctx, this::accept);
  }

  private void accept(Context ctx) throws Exception {
    Instant receivedAt = clock.instant();
    ApiKeys.Client client = config.apiKeys().authenticate(ctx);
    Format format = MEDIA_TYPES.get(MediaTypes.essence(ctx.contentType()));
    if (format == null) {
      throw new ProblemException(GatewayProblems.unsupportedMediaType(ctx.contentType(),
          "application/json or application/cloudevents-batch+json (a JSON array of CloudEvents), or "
              + "application/x-ndjson (one CloudEvent per line)"));
    }
    byte[] body = BoundedBody.read(ctx, config.maxBatchBytes(), "batch");
    List<byte[]> events = splitter.split(body, format);
    metrics.batch(events.size());

    Problem[] problems = new Problem[events.size()];
    String[] ids = new String[events.size()];
    List<Integer> admittedIndexes = new ArrayList<>();
    List<RawEventPublisher.Outgoing> outgoing = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Admission verdict = admission.admit(events.get(i), client, receivedAt);
      if (verdict instanceof Admission.Admitted admitted) {
        ids[i] = admitted.event().id();
        admittedIndexes.add(i);
        outgoing.add(new RawEventPublisher.Outgoing(admitted.event().subject(), admitted.bytes()));
      } else {
        Admission.Refused refused = (Admission.Refused) verdict;
        ids[i] = BatchResult.idOf(events.get(i));
        problems[i] = refused.problem();
        metrics.rejected(refused.reason());
      }
    }

    List<PublishResult> written = outgoing.isEmpty() ? List.of() : publisher.publish(outgoing, receivedAt);
    int accepted = 0;
    for (int k = 0; k < written.size(); k++) {
      int i = admittedIndexes.get(k);
      PublishResult result = written.get(k);
      if (result instanceof PublishResult.Written) {
        accepted++;
      } else {
        problems[i] = result instanceof PublishResult.Unavailable u ? GatewayProblems.unavailable(u.detail())
            : GatewayProblems.notWritten(((PublishResult.Failed) result).detail());
        metrics.rejected(GatewayProblems.reasonOf(problems[i]));
      }
    }
    metrics.accepted(accepted);

    List<BatchResult.Item> items = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      items.add(new BatchResult.Item(i, ids[i], problems[i]));
    }
    BatchResult result = new BatchResult(items);
    if (result.anyWithStatus(GatewayReason.UNAVAILABLE.status())) {
      ctx.header("Retry-After", Long.toString(config.retryAfterSeconds()));
    }
    ctx.status(result.allAccepted() ? 202 : 207).contentType("application/json").result(result.toJson());
  }
}
