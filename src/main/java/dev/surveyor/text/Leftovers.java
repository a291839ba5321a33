package dev.surveyor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a capture broke in a title or abstract that cannot be mended without guessing: a name it
 * dropped ("approach, i.e., , to"), apostrophes it lost ("Atlas-Chat s 48.4 ."), words it glued
 * ("experienceCode", "LLMsCode", and a function word before a name that {@link GluedWords} does not
 * part, "ofNature"), LaTeX no rule reads, a subscript written with "_" ("v_reason"), and links
 * through a mirror or proxy host (one that {@link MirrorHosts} maps to its original is linked
 * there, and listed as such). Found for the curator, who can replace the text in the paper's note;
 * never changed here.
 */
public final class Leftovers {
  /** One leftover: what it is, and the words around it. */
  public record Leftover(String problem, String excerpt) {}

  /**
   * @param bit this kind's bit in what {@link #mayMatch} returns
   */
  private record Kind(String problem, Pattern pattern, int bit) {}

  private static final int AROUND = 30;

  private static final int NAME = 1;
  private static final int APOSTROPHES = 1 << 1;
  private static final int GLUED_WORDS = 1 << 2;
  private static final int GLUED_SENTENCES = 1 << 3;
  private static final int BRACE_MARKS = 1 << 4;
  private static final int LATEX = 1 << 5;
  private static final int MIRROR_LINK = 1 << 6;
  private static final int DASH = 1 << 7;
  private static final int SUBSCRIPT = 1 << 8;

  /** The particles {@link #DASH_OR_HYPHEN} looks for after a hyphen, longest first. */
  private static final List<String> PARTICLES =
      List.of("through", "into", "for", "via", "to", "in", "on", "by", "as");

  /**
   * Function words a capture glues to the name after them ("byFLAN", "ofNature"), longest first.
   */
  private static final List<String> GLUED_FUNCTION_WORDS =
      List.of(
          "through", "between", "within", "without", "whereas", "versus", "across", "while",
          "which", "where", "using", "among", "these", "those", "into", "with", "from", "that",
          "this", "when", "than", "the", "and", "for", "are", "via", "by", "of", "in", "on", "to",
          "at", "as", "or", "an", "is");

  private static final Kind MIRROR =
      new Kind(
          "a link through a mirror or proxy host",
          Pattern.compile(
              "(?i)https?://[^\\s/]*(?:mirror|proxy|workers\\.dev|hf-[0-9]+\\.pages\\.dev)[^\\s/]*"),
          MIRROR_LINK);

  /** Braces and quote marks around or in a link too: "MIS/{https://…}", "{{small https://…}}". */
  private static final Kind BRACES =
      new Kind(
          "braces or a quote mark the capture left",
          Pattern.compile("\\{\\{|}}|\\{(?=https?://)|(?<!')''(?!')"),
          BRACE_MARKS);

  /**
   * A hyphen before a particle and a lowercase word, where a capture may have typed a dash and lost
   * a letter ("bridge this ga-through supervised fine-tuning"): {@link CollapsedDashes} mends only
   * what no compound could mean, and English has compounds that end in these particles, which are
   * not listed ("go-to", "plug-in", "add-on", "see-through").
   */
  private static final Kind DASH_OR_HYPHEN =
      new Kind(
          "a hyphen that may be a dash the capture collapsed",
          Pattern.compile(
              "(?<![\\w/.@#-])(?!(?:go|how|built|plug|drop|add|opt|log|sign|check|lock|zoom|stand"
                  + "|held|hands|try|head|outside|inside|see|walk|pass|click|follow|break|read|lead"
                  + "|roll|fill|reply|according|cut|set|back|call|drive|fall|run|take|turn)-)"
                  + "\\p{Ll}+-(?:"
                  + String.join("|", PARTICLES)
                  + ") (?=\\p{Ll})"),
          DASH);

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              "a name the capture dropped",
              Pattern.compile(",\\s+,|\\(\\s*\\)|\\bi\\.e\\.,\\s*[,.]"),
              NAME),
          new Kind(
              "apostrophes the capture dropped",
              Pattern.compile("(?<=\\p{L}) s (?=[\\p{N}\\p{Ll}])|(?<=[\\p{L}\\p{N}]) \\.(?=\\s|$)"),
              APOSTROPHES),
          // a lowercase word ("experienceCode") or an acronym's plural ("LLMsCode") glued to a
          // capitalised one; a name's parts start with a capital ("HumanEval", "AlphaCode")
          new Kind(
              "words the capture glued together",
              Pattern.compile("(?<![\\w/.@#-])(?:\\p{Ll}{4,}|\\p{Lu}{2,}s)\\p{Lu}\\p{Ll}{2,}\\b"),
              GLUED_WORDS),
          // a function word glued to a name that GluedWords does not part: a short one before a
          // capitalised word ("ofNature"), which may be a word marking an acronym's letters
          // ("inStruction tuning", "HiEraRchical forMulet"), so the curator decides; a capital
          // and a digit may be a name ("byT5")
          new Kind(
              "words the capture glued together",
              Pattern.compile(
                  "(?<![\\p{L}\\p{N}_/.@#'\u2019-])(?:"
                      + String.join("|", GLUED_FUNCTION_WORDS)
                      + ")\\p{Lu}\\p{L}"),
              GLUED_WORDS),
          new Kind(
              "sentences the capture glued together",
              Pattern.compile("(?<![\\w/.@#-])\\p{Ll}{3,}\\.\\p{Lu}\\p{Ll}+\\b"),
              GLUED_SENTENCES),
          BRACES,
          new Kind("LaTeX left as written", Pattern.compile("\\\\[A-Za-z]{2,}|[_^]\\{"), LATEX),
          // a subscript LaTeX wrote "_{...}", read as "_" and its text ("v_reason = θ_GRPO -
          // θ_SFT",
          // "InstructGPT_001", "π*_0.6"): plain text has no subscript, so the curator decides how
          // the paper is best written; a word in snake case ("max_new_tokens") is code, not listed
          new Kind(
              "a subscript the capture wrote with an underscore",
              Pattern.compile(
                  "(?<![\\w/.@#-])(?:\\p{L}{1,2}|\\p{InGreek}\\*?|[\\p{L}\\p{N}]*[\\p{Lu}\\p{N}]\\*?)"
                      + "_[\\p{L}\\p{N}][\\p{L}\\p{N}.]*(?<!\\.)"),
              SUBSCRIPT),
          MIRROR,
          DASH_OR_HYPHEN);

  private Leftovers() {}

  /** The leftovers in a text, in the order of the kinds, then of their place in the text. */
  public static List<Leftover> in(String text) {
    return found(text, mayMatch(text));
  }

  /** As {@link #in}, every kind's pattern run: what the test of {@link #mayMatch} holds it to. */
  static List<Leftover> everyPatternRun(String text) {
    return found(text, ~0);
  }

  private static List<Leftover> found(String text, int may) {
    if (may == 0) {
      return List.of();
    }
    List<Leftover> found = new ArrayList<>();
    for (Kind kind : KINDS) {
      if ((may & kind.bit()) == 0) {
        continue;
      }
      Matcher m = kind.pattern().matcher(text);
      while (m.find()) {
        if (kind != BRACES && afterLink(text, m.start())) {
          continue; // authors leave a space between a link and the full stop on purpose
        }
        String problem = kind.problem();
        if (kind == MIRROR) {
          int end = LinkExtractor.tokenEnd(text, m.start());
          String url = LinkExtractor.repair(text.substring(m.start(), end));
          // the host as matched may hold the sentence's full stop, which the link never takes
          // ("https://proxy-qa.com." is ProxyQA's own site, not mapped anywhere)
          int host = Math.min(m.group().length(), url == null ? 0 : url.length());
          if (url != null && !url.regionMatches(true, 0, m.group(), 0, host)) {
            // mapped to the original host: said, so a curator knows the link was changed
            problem = "a link through a mirror host, linked to the original: " + url;
          }
        }
        found.add(new Leftover(problem, excerpt(text, m.start(), m.end())));
      }
    }
    return List.copyOf(found);
  }

  /**
   * The kinds whose pattern may find something in the text, as bits: a cheap test, true of every
   * text a kind's pattern finds something in. Most texts have no leftover, and running seven
   * patterns, or a dozen searches for what they start with, over every abstract was a tenth of a
   * large build; this reads each character once, and tells ASCII letters' case without tables.
   */
  private static int mayMatch(String text) {
    char[] chars = text.toCharArray();
    int n = chars.length;
    int may = 0;
    int start = -1; // where a glued word may begin in the current run of lowercase letters
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      // A capital and two lowercase letters after four lowercase ones that a glued word may start
      // with (after none of [\\w/.@#-]): "HumanEval" is a name, not glued words. A surrogate counts
      // as either case, so letters beyond the first plane are never missed.
      if (start >= 0
          && i - start >= 4
          && (isUpper(c) || Character.isSurrogate(c))
          && lowercaseAt(chars, i + 1)
          && lowercaseAt(chars, i + 2)) {
        may |= GLUED_WORDS;
      }
      // a capital after two lowercase letters or more that start a word: a function word glued
      // (the run may start before the pattern's word does, after a letter beyond ASCII)
      if (start >= 0 && i - start >= 2 && (isUpper(c) || Character.isSurrogate(c))) {
        may |= GLUED_WORDS;
      }
      if (!lowercaseAt(chars, i)) {
        start = -1;
      } else if (start < 0 && (i == 0 || !continuesWord(chars[i - 1]))) {
        start = i;
      }
      switch (c) {
        case '.' -> {
          // a full stop between a lowercase letter and a capital may join two sentences (a
          // surrogate counts as either case, as above)
          if (i > 0
              && (isLower(chars[i - 1]) || Character.isSurrogate(chars[i - 1]))
              && i + 1 < n
              && (isUpper(chars[i + 1]) || Character.isSurrogate(chars[i + 1]))) {
            may |= GLUED_SENTENCES;
          }
        }
        case ' ' -> {
          if (at(chars, i + 1) == '.' || at(chars, i + 1) == 's' && at(chars, i + 2) == ' ') {
            may |= APOSTROPHES; // " ." or " s "
          }
        }
        case 'i' -> {
          if (at(chars, i + 1) == '.'
              && at(chars, i + 2) == 'e'
              && at(chars, i + 3) == '.'
              && at(chars, i + 4) == ','
              && (closedAfterSpaces(chars, i + 4, ',') || closedAfterSpaces(chars, i + 4, '.'))) {
            may |= NAME; // "i.e., ," or "i.e.,." (one abstract in ten says "i.e.," as written)
          }
        }
        case ',' -> may |= closedAfterSpaces(chars, i, ',') ? NAME : 0;
        case '(' -> may |= closedAfterSpaces(chars, i, ')') ? NAME : 0;
        case '{' -> {
          if (at(chars, i + 1) == '{'
              || at(chars, i + 1) == 'h'
                  && at(chars, i + 2) == 't'
                  && at(chars, i + 3) == 't'
                  && at(chars, i + 4) == 'p') {
            may |= BRACE_MARKS; // "{{" or "{http"
          }
        }
        case '}' -> may |= at(chars, i + 1) == '}' ? BRACE_MARKS : 0;
        case '\'' -> may |= at(chars, i + 1) == '\'' ? BRACE_MARKS : 0;
        case 's' -> may |= acronymPluralGlued(chars, i) ? GLUED_WORDS : 0;
        case '\\' -> may |= LATEX;
        case '-' -> may |= particleAfter(chars, i + 1) ? DASH : 0;
        case '_' -> may |= at(chars, i + 1) == '{' ? LATEX : SUBSCRIPT;
        case '^' -> may |= at(chars, i + 1) == '{' ? LATEX : 0;
        case ':' -> {
          if (at(chars, i + 1) == '/' && at(chars, i + 2) == '/' && mirrorHost(chars, i + 3)) {
            may |= MIRROR_LINK; // a link's host naming a mirror; one abstract in five links
          }
        }
        default -> {
          // nothing a pattern starts with
        }
      }
    }
    return may;
  }

  /**
   * Whether the 's' at {@code i} ends an acronym's plural that starts a word and a capital and two
   * lowercase letters follow it ("LLMsCode"); the capital after it, rare, is looked at first.
   */
  private static boolean acronymPluralGlued(char[] chars, int i) {
    char next = at(chars, i + 1);
    if (!isCapital(next) || !lowercaseAt(chars, i + 2) || !lowercaseAt(chars, i + 3)) {
      return false;
    }
    // the pattern may start at any capital of the run that no [\\w/.@#-] precedes, two before 's'
    for (int start = i - 1; start >= 0 && isCapital(chars[start]); start--) {
      if (i - start >= 2 && (start == 0 || !continuesWord(chars[start - 1]))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCapital(char c) {
    return isUpper(c) || Character.isSurrogate(c);
  }

  /** Whether one of {@link #PARTICLES} and a space start at {@code from}. */
  private static boolean particleAfter(char[] chars, int from) {
    for (String particle : PARTICLES) {
      int end = from + particle.length();
      if (end < chars.length && chars[end] == ' ' && spells(chars, from, particle)) {
        return true;
      }
    }
    return false;
  }

  private static boolean spells(char[] chars, int from, String word) {
    for (int j = 0; j < word.length(); j++) {
      if (chars[from + j] != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** The character at {@code i}, or 0 past the end (no test above looks for 0). */
  private static char at(char[] chars, int i) {
    return i < chars.length ? chars[i] : 0;
  }

  /** Whether {@code close} follows the character at {@code open} after nothing but white space. */
  private static boolean closedAfterSpaces(char[] chars, int open, char close) {
    int next = open + 1;
    while (next < chars.length && isSpace(chars[next])) {
      next++;
    }
    return next < chars.length && chars[next] == close;
  }

  /**
   * Whether the host starting at {@code from} (up to white space or a slash) says one of the words
   * {@link #MIRROR}'s pattern looks for, ignoring case: lowered as {@link Locale#ROOT} lowers,
   * which lowers every ASCII capital the pattern's ASCII-only case folding would match.
   */
  private static boolean mirrorHost(char[] chars, int from) {
    int end = from;
    while (end < chars.length && !isSpace(chars[end]) && chars[end] != '/') {
      end++;
    }
    String host = new String(chars, from, end - from).toLowerCase(Locale.ROOT);
    return host.contains("mirror")
        || host.contains("proxy")
        || host.contains("workers.dev")
        || host.contains(".pages.dev");
  }

  /** {@link Character#isLowerCase(char)}, without its tables for ASCII. */
  private static boolean isLower(char c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
  }

  /** {@link Character#isUpperCase(char)}, without its tables for ASCII. */
  private static boolean isUpper(char c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  private static boolean lowercaseAt(char[] chars, int i) {
    return i < chars.length && (isLower(chars[i]) || Character.isSurrogate(chars[i]));
  }

  /** The characters a glued word never follows: {@code [\\w/.@#-]}. */
  private static boolean continuesWord(char c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || "_/.@#-".indexOf(c) >= 0;
  }

  /** The white space of {@code \\s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** Whether the word just before {@code at} is a link. */
  private static boolean afterLink(String text, int at) {
    int start = text.lastIndexOf(' ', Math.max(0, at - 1)) + 1;
    return start < at && text.substring(start, at).contains("/");
  }

  private static String excerpt(String text, int start, int end) {
    int from = Math.max(0, start - AROUND);
    int to = Math.min(text.length(), end + AROUND);
    return (from > 0 ? "…" : "")
        + text.substring(from, to).strip()
        + (to < text.length() ? "…" : "");
  }
}
