package dev.retention.ingestion.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.retention.contracts.json.Json;
import dev.retention.runtime.http.Problem.FieldError;
import dev.retention.runtime.http.ProblemException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a batch body into the exact bytes of each event, without interpreting the events (that is the validator's
 * job, per event): a JSON array ({@code [ {...}, {...} ]}) into its elements, NDJSON into its non-blank lines. The
 * envelope must be sound: an array that is not well-formed JSON, a body that is not an array, an empty batch are
 * refused whole (400), and so is a batch over the event limit (413).
 */
final class BatchSplitter {

  /** How the events of a batch are framed. */
  enum Format { JSON_ARRAY, NDJSON }

  private final int maxEvents;

  BatchSplitter(int maxEvents) {
    this.maxEvents = maxEvents;
  }

  List<byte[]> split(byte[] body, Format format) {
    List<byte[]> events = format == Format.JSON_ARRAY ? splitArray(body) : splitLines(body);
    if (events.isEmpty()) {
      throw malformed("The batch holds no events.");
    }
    return events;
  }

  private List<byte[]> splitArray(byte[] body) {
    List<byte[]> events = new ArrayList<>();
    try (JsonParser parser = Json.mapper().getFactory().createParser(body)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw malformed("The body is empty; expected a JSON array of CloudEvents.");
      }
      if (token != JsonToken.START_ARRAY) {
        throw malformed("Expected a JSON array of CloudEvents, got " + describe(token)
            + " (send one event to /v1/events, or NDJSON as application/x-ndjson).");
      }
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw malformed("The JSON array is not closed.");
        }
        int start = (int) parser.currentTokenLocation().getByteOffset();
        if (token.isStructStart()) {
          parser.skipChildren();
        } else {
          parser.finishToken();
        }
        int end = (int) parser.currentLocation().getByteOffset();
        add(events, Arrays.copyOfRange(body, start, end));
      }
      if (parser.nextToken() != null) {
        throw malformed("Unexpected content after the JSON array.");
      }
    } catch (JsonParseException e) {
      throw malformed("The batch is not valid JSON: " + e.getOriginalMessage() + " at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ".");
    } catch (IOException e) {
      throw malformed("The batch is not valid JSON: " + e.getMessage());
    }
    return events;
  }

  private List<byte[]> splitLines(byte[] body) {
    List<byte[]> events = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= body.length; i++) {
      if (i == body.length || body[i] == '\n') {
        int end = i;
        while (end > start && isBlank(body[end - 1])) {
          end--;
        }
        int from = start;
        while (from < end && isBlank(body[from])) {
          from++;
        }
        if (from < end) {
          add(events, Arrays.copyOfRange(body, from, end));
        }
        start = i + 1;
      }
    }
    return events;
  }

  private void add(List<byte[]> events, byte[] event) {
    if (events.size() == maxEvents) {
      throw new ProblemException(GatewayProblems.of(GatewayReason.TOO_LARGE, "The batch holds more than "
          + maxEvents + " events; split it.", List.of(new FieldError("", "more than " + maxEvents + " events"))));
    }
    events.add(event);
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == '\r';
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  private static ProblemException malformed(String detail) {
    return new ProblemException(GatewayProblems.of(GatewayReason.MALFORMED_JSON, detail,
        List.of(new FieldError("", detail))));
  }
}
