package dev.retention.contracts.schema;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A matcher for the simple regular expressions the contract's schemas use ({@code ^[A-Z]{3}$}, identifiers, decimals,
 * timestamps, {@code \S}) that walks the string once without allocating, where {@link java.util.regex.Matcher} costs
 * a matcher and its group arrays per value (half of the quick check's time, profiled).
 *
 * <p>It understands: {@code ^...$} anchoring (or none, meaning "anywhere"), literal characters, character classes of
 * ASCII ranges and literals, {@code \d \s \S}, quantifiers {@code ? * + {n} {m,n}}, and groups of alternatives. It
 * matches greedily and never backtracks, so a "match" is always a real match of the regular expression, while a "no
 * match" may be wrong where backtracking would have found one: the caller asks {@link java.util.regex.Pattern} then.
 * Anything else it does not compile ({@link #compile} is empty), and the caller uses the JDK's matcher throughout.
 */
final class SimplePattern {

  /** One element of a sequence: an atom repeated min..max times. */
  private record Item(Atom atom, int min, int max) {}

  private sealed interface Atom permits Chars, Group {}

  /** Any one character of a set; {@code negated} for {@code \S}. Non-ASCII characters match only a negated set. */
  private record Chars(BitSet ascii, boolean negated) implements Atom {
    boolean accepts(char c) {
      boolean in = c < 128 && ascii.get(c);
      return negated != in;
    }
  }

  /** Alternatives, the first one that matches at a position wins. */
  private record Group(List<List<Item>> alternatives) implements Atom {}

  private final List<Item> sequence;
  private final boolean anchored;

  private SimplePattern(List<Item> sequence, boolean anchored) {
    this.sequence = sequence;
    this.anchored = anchored;
  }

  /** The matcher of {@code regex}, or empty when it uses anything beyond the simple subset. */
  static Optional<SimplePattern> compile(String regex) {
    boolean starts = regex.startsWith("^");
    boolean ends = regex.endsWith("$") && !regex.endsWith("\\$");
    if (starts != ends) {
      return Optional.empty();
    }
    String body = starts ? regex.substring(1, regex.length() - 1) : regex;
    Parser parser = new Parser(body);
    try {
      List<List<Item>> alternatives = parser.alternatives();
      if (parser.pos != body.length() || alternatives.size() != 1) {
        return Optional.empty();
      }
      List<Item> sequence = alternatives.get(0);
      if (!starts && !(sequence.size() == 1 && sequence.get(0).min() == 1 && sequence.get(0).max() == 1
          && sequence.get(0).atom() instanceof Chars)) {
        return Optional.empty(); // unanchored: only "one character of a set somewhere", such as \S
      }
      return Optional.of(new SimplePattern(sequence, starts));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** True only when the regular expression surely matches; false means "no match found this way". */
  boolean matches(String text) {
    if (!anchored) {
      Chars chars = (Chars) sequence.get(0).atom();
      for (int i = 0; i < text.length(); i++) {
        if (chars.accepts(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }
    return match(sequence, text, 0) == text.length();
  }

  /** The position after matching {@code items} from {@code pos}, or -1. */
  private static int match(List<Item> items, String text, int pos) {
    for (Item item : items) {
      int count = 0;
      while (count < item.max()) {
        int next = matchOnce(item.atom(), text, pos);
        if (next < 0 || next == pos) {
          break;
        }
        pos = next;
        count++;
      }
      if (count < item.min()) {
        return -1;
      }
    }
    return pos;
  }

  private static int matchOnce(Atom atom, String text, int pos) {
    if (atom instanceof Chars chars) {
      return pos < text.length() && chars.accepts(text.charAt(pos)) ? pos + 1 : -1;
    }
    for (List<Item> alternative : ((Group) atom).alternatives()) {
      int end = match(alternative, text, pos);
      if (end >= 0) {
        return end;
      }
    }
    return -1;
  }

  /** A recursive-descent reader of the subset; throws IllegalArgumentException on anything outside it. */
  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    List<List<Item>> alternatives() {
      List<List<Item>> alternatives = new ArrayList<>();
      alternatives.add(sequence());
      while (pos < s.length() && s.charAt(pos) == '|') {
        pos++;
        alternatives.add(sequence());
      }
      return alternatives;
    }

    private List<Item> sequence() {
      List<Item> items = new ArrayList<>();
      while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
        Atom atom = atom();
        int min = 1;
        int max = 1;
        if (pos < s.length()) {
          char q = s.charAt(pos);
          if (q == '?' || q == '*' || q == '+') {
            pos++;
            min = q == '+' ? 1 : 0;
            max = q == '?' ? 1 : Integer.MAX_VALUE;
          } else if (q == '{') {
            int close = s.indexOf('}', pos);
            if (close < 0) {
              throw new IllegalArgumentException("unclosed {");
            }
            String[] bounds = s.substring(pos + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0]);
            max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
            if (bounds.length > 2 || min > max) {
              throw new IllegalArgumentException("bad bounds");
            }
            pos = close + 1;
          }
          if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
            throw new IllegalArgumentException("lazy or possessive quantifier");
          }
        }
        items.add(new Item(atom, min, max));
      }
      return items;
    }

    private Atom atom() {
      char c = s.charAt(pos++);
      switch (c) {
        case '(' -> {
          if (pos < s.length() && s.charAt(pos) == '?') {
            throw new IllegalArgumentException("special group");
          }
          List<List<Item>> alternatives = alternatives();
          if (pos >= s.length() || s.charAt(pos) != ')') {
            throw new IllegalArgumentException("unclosed group");
          }
          pos++;
          return new Group(alternatives);
        }
        case '[' -> {
          return charClass();
        }
        case '\\' -> {
          return escape(s.charAt(pos++));
        }
        case '.', '^', '$', ')', '|', '?', '*', '+', '{', '}', ']' -> throw new IllegalArgumentException("" + c);
        default -> {
          return literal(c);
        }
      }
    }

    private Chars charClass() {
      if (pos < s.length() && s.charAt(pos) == '^') {
        throw new IllegalArgumentException("negated class");
      }
      BitSet set = new BitSet(128);
      boolean first = true;
      while (true) {
        if (pos >= s.length()) {
          throw new IllegalArgumentException("unclosed class");
        }
        char c = s.charAt(pos++);
        if (c == ']' && !first) {
          return new Chars(set, false);
        }
        first = false;
        if (c == '[' || c == '&') {
          throw new IllegalArgumentException("nested class or intersection");
        }
        if (c == '\\') {
          Chars escaped = escape(s.charAt(pos++));
          if (escaped.negated()) {
            throw new IllegalArgumentException("negated escape in a class");
          }
          set.or(escaped.ascii());
          continue;
        }
        if (pos + 1 < s.length() && s.charAt(pos) == '-' && s.charAt(pos + 1) != ']') {
          char to = s.charAt(pos + 1);
          if (to == '\\' || to == '[' || to < c || to >= 128) {
            throw new IllegalArgumentException("odd range");
          }
          set.set(c, to + 1);
          pos += 2;
        } else {
          ascii(c);
          set.set(c);
        }
      }
    }

    private static Chars escape(char c) {
      BitSet set = new BitSet(128);
      switch (c) {
        case 'd' -> set.set('0', '9' + 1);
        case 's', 'S' -> {
          for (char w : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
            set.set(w);
          }
          // \s in Java (without UNICODE_CHARACTER_CLASS) is exactly these six; \S is everything else
          return new Chars(set, c == 'S');
        }
        default -> {
          if (Character.isLetterOrDigit(c)) {
            throw new IllegalArgumentException("escape \\" + c);
          }
          ascii(c);
          set.set(c);
        }
      }
      return new Chars(set, false);
    }

    private static Chars literal(char c) {
      ascii(c);
      BitSet set = new BitSet(128);
      set.set(c);
      return new Chars(set, false);
    }

    private static void ascii(char c) {
      if (c >= 128) {
        throw new IllegalArgumentException("non-ASCII");
      }
    }
  }
}
