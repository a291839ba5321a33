package dev.surveyor.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Small text helpers shared by the stages. */
public final class Text {
  private Text() {}

  /** Items as a reader lists them: "a", "a and b", "a, b and c". */
  public static String series(List<String> items) {
    int last = items.size() - 1;
    return last == 0
        ? items.get(0)
        : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
  }

  /**
   * A whole number with its thousands grouped: {@code String.format(Locale.ROOT, "%,d", n)}, which
   * parses its format on every call, in the few steps a paper page takes several of.
   */
  public static String grouped(long n) {
    String digits = Long.toString(n);
    int sign = n < 0 ? 1 : 0;
    int length = digits.length() - sign;
    if (length <= 3) {
      return digits;
    }
    StringBuilder out = new StringBuilder(digits.length() + length / 3);
    out.append(digits, 0, sign + (length - 1) % 3 + 1);
    for (int at = out.length(); at < digits.length(); at += 3) {
      out.append(',').append(digits, at, at + 3);
    }
    return out.toString();
  }

  private static final String[] SMALL = {
    "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
  };

  /** A count as prose writes it: "five" up to ten, "469" from there on. */
  public static String spelled(long n) {
    return n >= 0 && n < SMALL.length ? SMALL[(int) n] : grouped(n);
  }

  public static String collapseSpaces(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /**
   * The identity of a title across listings: Unicode-normalised, case-folded, punctuation and
   * spacing ignored. Titles that differ in any word stay different papers.
   */
  public static String titleKey(String title) {
    String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(folded.length());
    boolean gap = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (gap && key.length() > 0) {
          key.append(' ');
        }
        key.appendCodePoint(cp);
        gap = false;
      } else {
        gap = true;
      }
    }
    return key.toString();
  }
}
