package dev.surveyor.text;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** URL-safe names derived from titles: lowercase ASCII words joined by hyphens. */
public final class Slugs {
  public static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");
  private static final int MAX_LENGTH = 60;
  private static final Map<Character, String> GREEK =
      Map.ofEntries(
          Map.entry('α', "alpha"),
          Map.entry('β', "beta"),
          Map.entry('γ', "gamma"),
          Map.entry('δ', "delta"),
          Map.entry('ε', "epsilon"),
          Map.entry('θ', "theta"),
          Map.entry('λ', "lambda"),
          Map.entry('μ', "mu"),
          Map.entry('π', "pi"),
          Map.entry('σ', "sigma"),
          Map.entry('τ', "tau"),
          Map.entry('φ', "phi"),
          Map.entry('χ', "chi"),
          Map.entry('ψ', "psi"),
          Map.entry('ω', "omega"));

  // A superscript or subscript digit is a word of its own, as the caret it stands for was:
  // "Med-R³" (captured "Med-R^3") keeps the slug "med-r-3-...".
  private static final Pattern SCRIPT_DIGIT =
      Pattern.compile("[\u2070\u00B9\u00B2\u00B3\u2074-\u2079\u2080-\u2089]");

  private Slugs() {}

  public static String of(String title) {
    String spaced = SCRIPT_DIGIT.matcher(title).replaceAll(" $0");
    String decomposed = Normalizer.normalize(spaced, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      String piece =
          (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
              ? String.valueOf(c)
              : GREEK.getOrDefault(c, null);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (piece == null) {
        gap = true;
        continue;
      }
      if (gap && out.length() > 0) {
        out.append('-');
      }
      out.append(piece);
      gap = false;
    }
    String slug = out.toString();
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = cut > 20 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH);
    }
    return slug.isEmpty() ? "paper" : slug;
  }

  public static boolean isValid(String slug) {
    return VALID.matcher(slug).matches();
  }

  /** The slug nearest to a mistyped one (a few edits away at most), for "did you mean". */
  public static Optional<String> closest(String slug, Collection<String> slugs) {
    int limit = Math.max(2, slug.length() / 4);
    return slugs.stream()
        .filter(s -> Math.abs(s.length() - slug.length()) <= limit)
        .map(s -> Map.entry(s, distance(slug, s)))
        .filter(e -> e.getValue() <= limit)
        .min(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
