/**
 * The HTTP ingestion gateway ({@link dev.retention.ingestion.http.GatewayServer}); its contract is the OpenAPI
 * document {@code openapi.yaml} next to these classes, served at {@code GET /v1/openapi.yaml}.
 *
 * <ul>
 *   <li>{@code POST /v1/events}, one CloudEvent as {@code application/cloudevents+json}: 202 once Kafka acknowledged
 *       the write ({@code acks=all}, idempotent producer).
 *   <li>{@code POST /v1/events:batch}, a JSON array ({@code application/json},
 *       {@code application/cloudevents-batch+json}) or NDJSON ({@code application/x-ndjson}): every event decided on
 *       its own, one result per event; 202 when all were accepted, else 207 (with {@code Retry-After} when some were
 *       not written because Kafka was unavailable).
 *   <li>Errors are RFC 9457 problems with a {@code reason} and {@code errors[].pointer}: 400 malformed, 413 too large,
 *       415 media type, 422 invalid event, 401 no key, 403 wrong key or a source the key does not cover, 503 with
 *       {@code Retry-After} when Kafka is unavailable (not written), 500 when Kafka refused the write for good.
 * </ul>
 *
 * <p>Events are validated with the shared {@link dev.retention.ingestion.validation.EventValidator} and written, as
 * sent, to the raw interactions topic keyed by subject; the validator stream de-duplicates by (source, id), so HTTP
 * retries never double-count, and counts the duplicates (the gateway cannot know them).
 */
package dev.retention.ingestion.http;
