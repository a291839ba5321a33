package dev.surveyor.text;

import dev.surveyor.model.LinkSpan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds http(s) links in captured abstracts and repairs what the capture broke: a space after
 * {@code https:}, the LaTeX url and allowbreak commands, Markdown-wrapped {@code [url](url)}, a URL
 * repeated inside braces, a missing scheme on well-known hosts, and trailing punctuation. A link
 * through a known mirror goes to the original host ({@link MirrorHosts}). Only http and https links
 * are produced.
 */
public final class LinkExtractor {
  private static final Pattern START =
      Pattern.compile(
          "(?:\\\\url\\{)?(?:https?:\\s?//|(?<![\\w@./-])(?:www\\.|github\\.com/|huggingface\\.co/))",
          Pattern.CASE_INSENSITIVE);
  private static final String URL_COMMAND = "\\url{";
  private static final Pattern SPACED_SCHEME =
      Pattern.compile("^(https?:)\\s+//", Pattern.CASE_INSENSITIVE);
  private static final Pattern ALLOWBREAK = Pattern.compile("\\\\allowbreak\\s*");

  /** A scheme in capitals; compiled once, as every address is repaired. */
  private static final Pattern SCHEME_CASE = Pattern.compile("(?i)^HTTP");

  /** A host name, with a port or not. */
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+(:\\d+)?");

  private static final String TRAILING = ".,;:!?'\"*";
  private static final String CLOSING = ")]}";
  private static final String OPENING = "([{";

  private LinkExtractor() {}

  /** Every link in the text, in order; spans never overlap. */
  public static List<LinkSpan> find(String text) {
    // the scan reads an array: charAt on a text beyond Latin-1 cost 3x more
    char[] chars = text.toCharArray();
    int candidate = nextKeyword(text, chars, 0);
    if (candidate < 0) {
      return List.of(); // most abstracts hold no link
    }
    List<LinkSpan> spans = new ArrayList<>();
    Matcher m = START.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0;
    while (candidate >= 0) {
      if (!startsAt(m, text, Math.max(from, candidate - URL_COMMAND.length()))
          && !startsAt(m, text, Math.max(from, candidate))) {
        candidate = nextKeyword(text, chars, candidate + 1);
        continue;
      }
      int start = m.start();
      int end = tokenEnd(text, m.end());
      String url = repair(text.substring(start, end));
      int shownEnd = trimDisplay(text, start, end);
      if (url != null && shownEnd > start) {
        spans.add(new LinkSpan(start, shownEnd, url));
      }
      from = Math.max(end, m.end());
      candidate = from < text.length() ? nextKeyword(text, chars, from) : -1;
    }
    return List.copyOf(spans);
  }

  /**
   * Whether {@link #START} matches at exactly this position. Tried only where a keyword is, or
   * where LaTeX's url command would open before one, so the pattern never scans a whole abstract:
   * that scan was a large part of ingesting a corpus whose abstracts carry links.
   */
  private static boolean startsAt(Matcher m, String text, int position) {
    return m.region(position, text.length()).lookingAt();
  }

  /**
   * Where the next "http", "www.", "github.com/" or "huggingface.co/" (any case) starts, or -1.
   * {@link #START} needs one of them: a match starts at one or at the url command before it. The
   * char after an 'h', 'w' or 'g' is looked at before the whole word is compared, as those letters
   * are a tenth of English text and the comparison ignoring case cost more than the scan.
   */
  private static int nextKeyword(String text, char[] chars, int from) {
    int last = chars.length - 1; // every keyword has a second char
    for (int i = from; i < last; i++) {
      switch (chars[i]) {
        case 'h', 'H' -> {
          char next = chars[i + 1];
          if (mayBe(next, 't', 'u')
              && (text.regionMatches(true, i, "http", 0, 4)
                  || text.regionMatches(true, i, "huggingface.co/", 0, 15))) {
            return i;
          }
        }
        case 'w', 'W' -> {
          if (mayBe(chars[i + 1], 'w', 'w') && text.regionMatches(true, i, "www.", 0, 4)) {
            return i;
          }
        }
        case 'g', 'G' -> {
          if (mayBe(chars[i + 1], 'i', 'i') && text.regionMatches(true, i, "github.com/", 0, 11)) {
            return i;
          }
        }
        default -> {}
      }
    }
    return -1;
  }

  /**
   * Whether a char may equal lower-case ASCII letter {@code a} or {@code b} ignoring case, as
   * {@code regionMatches} decides: any char beyond ASCII may ('\u0130' is an 'i' to it).
   */
  private static boolean mayBe(char c, char a, char b) {
    if (c >= 0x80) {
      return true;
    }
    char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    return lower == a || lower == b;
  }

  /** The distinct repaired URLs of a text, in order of first appearance. */
  public static List<String> urls(String text) {
    return urls(find(text));
  }

  /** The distinct URLs of these spans, in order of first appearance. */
  public static List<String> urls(List<LinkSpan> spans) {
    if (spans.isEmpty()) {
      return List.of();
    }
    LinkedHashSet<String> urls = new LinkedHashSet<>();
    for (LinkSpan span : spans) {
      urls.add(span.url());
    }
    return List.copyOf(urls);
  }

  /** A link runs to the next space, except where {@code \allowbreak} split it. */
  static int tokenEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (text.startsWith("\\allowbreak", Math.max(0, i - 11)) && i - 11 >= 0) {
          while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
          }
          continue;
        }
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * Where a link ends once trailing punctuation and closing brackets it never opened are cut.
   * Counts brackets once and walks back, so a long run of punctuation stays linear.
   */
  static int trimDisplay(String text, int start, int end) {
    int[] unopened = new int[CLOSING.length()];
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      int close = CLOSING.indexOf(c);
      int open = OPENING.indexOf(c);
      if (close >= 0) {
        unopened[close]++;
      } else if (open >= 0) {
        unopened[open]--;
      }
    }
    int shown = end;
    while (shown > start) {
      char c = text.charAt(shown - 1);
      int close = CLOSING.indexOf(c);
      if (TRAILING.indexOf(c) >= 0) {
        shown--;
      } else if (close >= 0 && unopened[close] > 0) {
        unopened[close]--;
        shown--;
      } else {
        break;
      }
    }
    return shown;
  }

  /** A link without the space a capture put after its scheme: "https: //x" becomes "https://x". */
  public static String closeScheme(String raw) {
    return SPACED_SCHEME.matcher(raw).replaceFirst("$1//");
  }

  static String repair(String raw) {
    String url = ALLOWBREAK.matcher(raw).replaceAll("");
    if (url.regionMatches(true, 0, "\\url{", 0, 5)) {
      url = url.substring(5);
    }
    url = closeScheme(url);
    int cut = firstOf(url, "{", "}", "](", "]", "[", "\\", "<", ">", "\"");
    if (cut >= 0) {
      url = url.substring(0, cut);
    }
    url = url.substring(0, trimDisplay(url, 0, url.length()));
    if (!url.regionMatches(true, 0, "http", 0, 4)) {
      url = "https://" + url;
    }
    url = SCHEME_CASE.matcher(url).replaceFirst("http");
    int hostStart = url.indexOf("//") + 2;
    int hostEnd = url.indexOf('/', hostStart);
    String host = hostEnd < 0 ? url.substring(hostStart) : url.substring(hostStart, hostEnd);
    if (!HOST.matcher(host).matches() || !host.contains(".") || host.endsWith(".")) {
      return null;
    }
    return MirrorHosts.original(url).orElse(url);
  }

  private static int firstOf(String text, String... needles) {
    int best = -1;
    for (String needle : needles) {
      int at = text.indexOf(needle, 8);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }
}
