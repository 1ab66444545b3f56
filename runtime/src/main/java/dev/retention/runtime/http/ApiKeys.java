package dev.retention.runtime.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * API keys, one per source system: {@code source -> key}. A request presents its key as {@code Authorization: Bearer
 * <key>} or {@code X-API-Key: <key>}; the key identifies a {@link Client}, which may publish events whose
 * {@code source} is its own source or lies below it ({@link Client#covers}).
 *
 * <p>Keys are compared in constant time: the presented key and every configured key are reduced to SHA-256 digests of
 * the same length and compared with {@link MessageDigest#isEqual} against every configured key without stopping at a
 * match, so neither the position of the first differing byte, nor the length of the key, nor which key matched shows
 * in the response time. Keys are held only as digests.
 */
public final class ApiKeys {

  /** The shortest key accepted in configuration: short keys are guessable whatever the comparison. */
  public static final int MIN_KEY_LENGTH = 16;
  public static final String API_KEY_HEADER = "X-API-Key";

  private static final String BEARER = "bearer ";

  private final List<Entry> entries;

  private record Entry(String source, byte[] digest) {}

  private ApiKeys(List<Entry> entries) {
    this.entries = entries;
  }

  /**
   * @param keysBySource source -> key; every key at least {@value #MIN_KEY_LENGTH} characters and used by one source
   */
  public static ApiKeys of(Map<String, String> keysBySource) {
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    new TreeMap<>(keysBySource).forEach((source, key) -> {
      if (source == null || source.isBlank()) {
        throw new IllegalArgumentException("an API key is configured for a blank source");
      }
      if (key == null || key.strip().length() < MIN_KEY_LENGTH || !key.equals(key.strip())) {
        throw new IllegalArgumentException("the API key of source '" + source + "' must be at least "
            + MIN_KEY_LENGTH + " characters without surrounding blanks");
      }
      if (!seen.add(key)) {
        throw new IllegalArgumentException("the API key of source '" + source + "' is also another source's key; "
            + "every source needs a key of its own");
      }
      entries.add(new Entry(source, digest(key)));
    });
    return new ApiKeys(List.copyOf(entries));
  }

  /**
   * Reads keys from a file of {@code source=key} lines (split at the first {@code =}, so a key may contain
   * {@code =}); blank lines and lines starting with {@code #} are ignored. Keeping keys in a file (e.g. a mounted
   * secret) keeps them out of environment dumps and configuration logs.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed entry, or a weak or shared key
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ApiKeys load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the API key file " + file, e);
    }
    Map<String, String> keys = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0 || eq == line.length() - 1) {
        throw new IllegalArgumentException("line " + (i + 1) + " of the API key file " + file
            + " is not 'source=key'");
      }
      String source = line.substring(0, eq).strip();
      if (keys.put(source, line.substring(eq + 1).strip()) != null) {
        throw new IllegalArgumentException("source '" + source + "' has two keys in the API key file " + file);
      }
    }
    return of(keys);
  }

  /** The sources that have a key, sorted. */
  public List<String> sources() {
    return entries.stream().map(Entry::source).toList();
  }

  /**
   * Who sent the request.
   *
   * @throws ProblemException 401 without a key, 403 with a key that is not configured
   */
  public Client authenticate(Context ctx) {
    Optional<String> presented = presentedKey(ctx.header("Authorization"), ctx.header(API_KEY_HEADER));
    if (presented.isEmpty()) {
      throw new ProblemException(
          Problem.of(HttpStatus.UNAUTHORIZED.getCode(), "An API key is required: send 'Authorization: Bearer <key>' "
              + "or '" + API_KEY_HEADER + ": <key>'."),
          Map.of("WWW-Authenticate", "Bearer"));
    }
    return lookup(presented.get()).orElseThrow(() -> new ProblemException(
        Problem.of(HttpStatus.FORBIDDEN.getCode(), "The API key is not valid.")));
  }

  /** The client a key belongs to; constant time in the key's content and length. */
  public Optional<Client> lookup(String presentedKey) {
    byte[] presented = digest(presentedKey);
    Entry match = null;
    for (Entry entry : entries) {
      boolean equal = MessageDigest.isEqual(entry.digest(), presented);
      match = equal ? entry : match;
    }
    return Optional.ofNullable(match).map(e -> new Client(e.source()));
  }

  static Optional<String> presentedKey(String authorization, String apiKeyHeader) {
    if (authorization != null && authorization.length() > BEARER.length()
        && authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
      String key = authorization.substring(BEARER.length()).strip();
      if (!key.isEmpty()) {
        return Optional.of(key);
      }
    }
    if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
      return Optional.of(apiKeyHeader.strip());
    }
    return Optional.empty();
  }

  private static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /**
   * The source system a key belongs to.
   *
   * @param source the configured source, e.g. {@code shop}
   */
  public record Client(String source) {
    public Client {
      Objects.requireNonNull(source, "source");
    }

    /**
     * Whether this client may publish an event with the given {@code source}: the same source, or one below it
     * (the client's source followed by {@code /} or {@code :}). A key for {@code shop} covers {@code shop},
     * {@code shop/eu-1} and {@code shop:web}, but not {@code shopping}; a key for {@code urn:pos} covers
     * {@code urn:pos:store-17}.
     */
    public boolean covers(String eventSource) {
      if (eventSource == null) {
        return false;
      }
      if (eventSource.equals(source)) {
        return true;
      }
      if (!eventSource.startsWith(source) || eventSource.length() == source.length()) {
        return false;
      }
      char next = eventSource.charAt(source.length());
      return next == '/' || next == ':';
    }
  }
}
