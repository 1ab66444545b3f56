package dev.retention.runtime.http;

import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An RFC 9457 problem detail: the body of every error answer, sent as {@code application/problem+json}.
 *
 * @param type a URI naming the kind of problem; {@code about:blank} when the status code says it all
 * @param title a short summary of the kind of problem, the same for every occurrence
 * @param status the HTTP status code
 * @param detail what went wrong this time, for a person
 * @param instance the request path of this occurrence, or null
 * @param errors every field at fault (extension member {@code errors}), as JSON pointers into the request body
 * @param extensions further extension members (e.g. {@code reason}); names must not clash with the members above
 */
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors,
    Map<String, Object> extensions) {

  /** The media type of a problem body. */
  public static final String MEDIA_TYPE = "application/problem+json";
  /** The default type: the status code is the whole story. */
  public static final URI ABOUT_BLANK = URI.create("about:blank");

  private static final Set<String> MEMBERS = Set.of("type", "title", "status", "detail", "instance", "errors");

  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a problem has a 4xx or 5xx status, was " + status);
    }
    errors = errors == null ? List.of() : List.copyOf(errors);
    Map<String, Object> copy = new LinkedHashMap<>();
    if (extensions != null) {
      extensions.forEach((name, value) -> {
        if (MEMBERS.contains(name)) {
          throw new IllegalArgumentException("extension member '" + name + "' clashes with a standard member");
        }
        copy.put(Objects.requireNonNull(name, "extension name"), Objects.requireNonNull(value, name));
      });
    }
    extensions = Collections.unmodifiableMap(copy);
  }

  /** A problem of type {@code about:blank}, titled with the status code's reason phrase. */
  public static Problem of(int status, String detail) {
    return new Problem(ABOUT_BLANK, reasonPhrase(status), status, detail, null, List.of(), Map.of());
  }

  /** A problem of a specific type. */
  public static Problem of(URI type, String title, int status, String detail) {
    return new Problem(type, title, status, detail, null, List.of(), Map.of());
  }

  public Problem withInstance(String newInstance) {
    return new Problem(type, title, status, detail, newInstance, errors, extensions);
  }

  public Problem withErrors(List<FieldError> newErrors) {
    return new Problem(type, title, status, detail, instance, newErrors, extensions);
  }

  public Problem withExtension(String name, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(extensions);
    copy.put(name, value);
    return new Problem(type, title, status, detail, instance, errors, copy);
  }

  /** The reason phrase of a status code, e.g. "Not Found" for 404. */
  public static String reasonPhrase(int status) {
    HttpStatus known = HttpStatus.Companion.forStatus(status);
    return known == HttpStatus.UNKNOWN ? "HTTP " + status : known.getMessage();
  }

  /**
   * One field at fault.
   *
   * @param pointer RFC 6901 JSON pointer into the request body ("" for the whole body)
   * @param detail what is wrong with it
   */
  public record FieldError(String pointer, String detail) {
    public FieldError {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
