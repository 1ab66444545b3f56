package dev.retention.projection.query;

/**
 * A query result and whether it may be stale: true when a part came from a standby or restoring store, or from
 * local state while the owner could not be asked. Handlers show it as {@code stale} and {@value #STALE_HEADER}.
 */
public record Answer<T>(T value, boolean stale) {

  public static final String STALE_HEADER = "X-Projection-Stale";

  public static <T> Answer<T> fresh(T value) {
    return new Answer<>(value, false);
  }
}
