package dev.retention.contracts.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into one line that names the JSON path at fault. */
public final class JsonErrors {

  private JsonErrors() {}

  /** A JSON-pointer-like path ("/data/total/amount") of where reading failed, or "" at the top level. */
  public static String path(Throwable e) {
    if (e instanceof JsonMappingException mapping) {
      return mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()))
          .map(part -> "/" + part)
          .collect(Collectors.joining());
    }
    return "";
  }

  public static String describe(Throwable e) {
    String message = e instanceof JsonMappingException mapping ? mapping.getOriginalMessage() : e.getMessage();
    Throwable cause = e.getCause();
    // constructor validation of the records is the most precise message: prefer it
    if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
      message = cause.getMessage();
    }
    String path = path(e);
    return path.isEmpty() ? message : path + ": " + message;
  }
}
