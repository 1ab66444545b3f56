package dev.retention.contracts.schema;

import dev.retention.contracts.schema.QuickCheck.Verdict;
import java.util.regex.Pattern;

/**
 * The {@code format} assertions of the quick path, each deliberately narrower than the full validator's: a value is
 * passed only when it is certainly well-formed, and anything unusual is {@link Verdict#UNSURE}, so the full validator
 * decides it. E-mail addresses (only in customer events, which are rare) are always left to the full validator.
 */
final class QuickFormats {

  /**
   * A relative reference made of unreserved characters and slashes only ({@code shop/eu-1}), or a scheme and an
   * opaque part of unreserved characters and colons ({@code urn:pos:store-17}).
   */
  private static final Pattern PLAIN_URI_REFERENCE = Pattern.compile(
      "[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]*)*|[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9._~-]+(:[A-Za-z0-9._~-]+)*");

  /** The common case of the above, without a matcher per value. */
  private static final SimplePattern PLAIN_PATH =
      SimplePattern.compile("^[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]*)*$").orElseThrow();

  /** An http(s) URI with a plain host name, an optional port and a plain path, e.g. a {@code dataschema}. */
  private static final Pattern PLAIN_HTTP_URI =
      Pattern.compile("https?://[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"
          + "(:[0-9]{1,5})?(/[A-Za-z0-9._~-]*)*");

  private QuickFormats() {}

  static QuickCheck of(String format) {
    return switch (format) {
      case "date-time" -> node -> node.isTextual() ? dateTime(node.textValue()) : Verdict.PASS;
      case "uri-reference" -> node -> !node.isTextual() || PLAIN_PATH.matches(node.textValue())
          || PLAIN_URI_REFERENCE.matcher(node.textValue()).matches() ? Verdict.PASS : Verdict.UNSURE;
      case "uri" -> node -> !node.isTextual() || PLAIN_HTTP_URI.matcher(node.textValue()).matches()
          ? Verdict.PASS : Verdict.UNSURE;
      case "date" -> node -> node.isTextual() ? date(node.textValue()) : Verdict.PASS;
      default -> node -> node.isTextual() ? Verdict.UNSURE : Verdict.PASS;
    };
  }

  /** RFC 3339 date-time with the numeric ranges checked, read by position (no regular expression: it is hot). */
  static Verdict dateTime(String text) {
    int length = text.length();
    if (length < 20 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
        || date(text.substring(0, 10)) != Verdict.PASS) {
      return Verdict.UNSURE;
    }
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return Verdict.UNSURE; // leap seconds too are left to the full validator
    }
    int pos = 19;
    if (text.charAt(pos) == '.') {
      int start = ++pos;
      while (pos < length && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
        pos++;
      }
      if (pos == start || pos - start > 9 || pos >= length) {
        return Verdict.UNSURE;
      }
    }
    char zone = text.charAt(pos);
    if (zone == 'Z') {
      return pos + 1 == length ? Verdict.PASS : Verdict.UNSURE;
    }
    if ((zone != '+' && zone != '-') || pos + 6 != length || text.charAt(pos + 3) != ':') {
      return Verdict.UNSURE;
    }
    int offsetHours = digits(text, pos + 1, 2);
    int offsetMinutes = digits(text, pos + 4, 2);
    // offsets as far as the world's time zones go (+-14:00); -00:00 ("offset unknown") is the full validator's
    boolean plain = offsetHours >= 0 && offsetMinutes >= 0 && offsetMinutes <= 59
        && offsetHours * 60 + offsetMinutes <= 14 * 60 && !(zone == '-' && offsetHours == 0 && offsetMinutes == 0);
    return plain ? Verdict.PASS : Verdict.UNSURE;
  }

  static Verdict date(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return Verdict.UNSURE;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)
        ? Verdict.PASS : Verdict.UNSURE;
  }

  /** The number written by {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int daysIn(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
