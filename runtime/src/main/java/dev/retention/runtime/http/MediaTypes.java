package dev.retention.runtime.http;

import java.util.Locale;
import java.util.Set;

/** Compares request media types the way HTTP does: case-insensitive, ignoring parameters such as charset. */
public final class MediaTypes {

  private MediaTypes() {}

  /** The essence of a Content-Type header ("type/subtype", lower case), or "" when absent. */
  public static String essence(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    String essence = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return essence.trim().toLowerCase(Locale.ROOT);
  }

  /** Whether the Content-Type header names one of the given media types (given in lower case). */
  public static boolean isOneOf(String contentType, Set<String> mediaTypes) {
    return mediaTypes.contains(essence(contentType));
  }
}
