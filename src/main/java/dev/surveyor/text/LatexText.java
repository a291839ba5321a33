package dev.surveyor.text;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the LaTeX that captured titles and abstracts carry (the url command, {@code \textit{…}},
 * {@code Sabi\'a}, {@code $3\times$}, {@code Models~(LLMs)}) into the text it stands for, so
 * readers, search and the analyzer see words rather than markup. Only commands whose meaning is
 * known are rewritten: an author's own macro ({@code \method}) stays as it was written, since
 * guessing would lose it. Markdown-escaped LaTeX ({@code \{…\}}, {@code \\(…\\)}) as collections
 * publish it is read the same way.
 */
public final class LatexText {
  private static final Pattern ESCAPED_BRACE = Pattern.compile("\\\\([{}])");
  // \( … \) and its Markdown-escaped form \\( … \\) are inline math, like $ … $
  private static final Pattern MATH_DELIMITER = Pattern.compile("\\\\{1,2}[()]");
  private static final Pattern ALLOWBREAK = Pattern.compile("\\\\allowbreak\\s*");
  // An arrow between two figures whose backslash and dollars the capture lost:
  // "5.9%rightarrow10.9%".
  private static final Pattern BARE_ARROW =
      Pattern.compile("(?<=[0-9%]\\s?)rightarrow(?=\\s?[0-9])");
  // "(leq1B)", "(leq100 examples)": a comparison whose backslash and dollars the capture lost
  private static final Pattern BARE_COMPARISON = Pattern.compile("(?<=[(\\s])([lg])eq(?=[0-9])");
  // "theta_{GRPO}": a Greek letter whose backslash was lost, known by the script that follows
  private static final Pattern BARE_GREEK =
      Pattern.compile(
          "(?<![A-Za-z\\\\])(alpha|beta|gamma|delta|epsilon|theta|lambda|mu|pi|sigma|tau|phi)"
              + "(?=[_^]\\{)");
  // a braced script outside math: "v_{reason}", "HumanEval^{+}", "pi^{*}"
  private static final Pattern BRACED_SCRIPT = Pattern.compile("([_^])\\{([^{}\\s$]{1,16})}");
  private static final Pattern URL = Pattern.compile("\\\\url\\{([^\\s{}]*)}?");
  // a url command ending "HDFlow.}." ends its sentence twice: once is enough
  private static final Pattern URL_BEFORE_STOP =
      Pattern.compile("\\\\url\\{([^\\s{}]*?)[.,;:]}(?=[.,;:])");
  private static final Pattern HREF = Pattern.compile("\\\\href\\{([^\\s{}]*)}\\{([^{}]*)}");
  private static final Pattern CITE = Pattern.compile("[\\s~]*\\\\cite[tp]?\\{[^{}]*}");
  private static final Pattern FOOTNOTE = Pattern.compile("\\\\footnote\\{([^{}]*)}");
  private static final Pattern STYLED =
      Pattern.compile(
          "\\\\(?:textit|textbf|texttt|textsc|textrm|textsf|textsl|emph|underline|mathrm|mathbf"
              + "|mathit|mathsf|mathtt|mathcal|text|mbox)\\{([^{}]*)}");
  private static final Pattern FONT_SWITCH =
      Pattern.compile("\\{\\\\(?:tt|sc|it|bf|em|rm|sf|sl)\\s+([^{}]*)}");
  private static final Pattern ACCENT =
      Pattern.compile("\\\\([\"'`^~])(?:\\{([A-Za-z])}|([A-Za-z]))");
  private static final Pattern UNICODE = Pattern.compile("\\\\unicode\\{x([0-9A-Fa-f]{2,5})}");
  private static final Pattern SYMBOL = Pattern.compile("\\\\([A-Za-z]+)(?![A-Za-z])");
  private static final Pattern ESCAPED_CHAR = Pattern.compile("\\\\([%&_#$])");
  // a tie joins two words ("Models~(LLMs)", "e.g.~the"); "~70%" after a space means "about"
  private static final Pattern TIE =
      Pattern.compile("(?<=[\\p{L}\\p{N}.,;:)\\]])~(?=[\\p{L}\\p{N}(\\[])");
  private static final Pattern CONTROL_SPACE = Pattern.compile("\\\\(?=\\s)");
  // Inline math is short and holds none of what marks other text with dollars: template
  // syntax ("${user.home}"), markup, or a price range ("$5-$10", a digit after the second dollar).
  private static final Pattern INLINE_MATH =
      Pattern.compile("\\$(?=\\S)([^$\\\\{}<>\"?#]{1,40}?)(?<=\\S)\\$(?!\\d)");
  private static final Pattern SCRIPT = Pattern.compile("([_^])(?:\\{([0-9+\\-=()n]+)}|([0-9n]))");
  private static final Pattern SPACES = Pattern.compile(" {2,}");

  private static final Map<String, String> SYMBOLS =
      Map.ofEntries(
          Map.entry("times", "×"),
          Map.entry("cdot", "·"),
          Map.entry("pm", "±"),
          Map.entry("rightarrow", "→"),
          Map.entry("to", "→"),
          Map.entry("leftarrow", "←"),
          Map.entry("leftrightarrow", "↔"),
          Map.entry("Rightarrow", "⇒"),
          Map.entry("sim", "~"),
          Map.entry("approx", "≈"),
          Map.entry("le", "≤"),
          Map.entry("leq", "≤"),
          Map.entry("ge", "≥"),
          Map.entry("geq", "≥"),
          Map.entry("neq", "≠"),
          Map.entry("infty", "∞"),
          Map.entry("ldots", "…"),
          Map.entry("dots", "…"),
          Map.entry("cdots", "⋯"),
          Map.entry("alpha", "α"),
          Map.entry("beta", "β"),
          Map.entry("gamma", "γ"),
          Map.entry("delta", "δ"),
          Map.entry("epsilon", "ε"),
          Map.entry("theta", "θ"),
          Map.entry("lambda", "λ"),
          Map.entry("mu", "μ"),
          Map.entry("pi", "π"),
          Map.entry("sigma", "σ"),
          Map.entry("tau", "τ"),
          Map.entry("phi", "φ"),
          Map.entry("Sigma", "Σ"),
          Map.entry("Delta", "Δ"),
          Map.entry("eg", "e.g."),
          Map.entry("ie", "i.e."),
          Map.entry("etal", "et al."),
          Map.entry("LaTeX", "LaTeX"),
          Map.entry("quad", " "),
          Map.entry("qquad", " "));
  private static final Map<Character, Character> ACCENTS =
      Map.of('"', '\u0308', '\'', '\u0301', '`', '\u0300', '^', '\u0302', '~', '\u0303');
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ";
  private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₙ";
  private static final String SCRIPT_CHARS = "0123456789+-=()n";

  private LatexText() {}

  /**
   * A TeX quotation: two backticks, the words (an apostrophe among them, as in "Let's"), two
   * apostrophes or, where the capture mixed styles, a straight double quote.
   */
  private static final Pattern TEX_QUOTES =
      Pattern.compile("``((?:(?!'')[^`\"\\n]){1,200}?)(?:''|\")");

  /** Two apostrophes on both sides, a TeX quotation whose backticks were typed as apostrophes. */
  private static final Pattern APOSTROPHE_QUOTES =
      Pattern.compile("(?<![\\w'`])''([\\p{L}\\p{N}][^'`\"\\n]{0,200}?)''(?![\\w'])");

  /**
   * A caret before one digit after a letter or bracket, outside math: a name's superscript ("E^2C",
   * "Med-R^3", "(IA)^3"). Printed as the superscript the authors' TeX would print.
   */
  private static final Pattern CARET_DIGIT =
      Pattern.compile("(?<=[\\p{L})])\\^([0-9])(?![0-9.,]?[0-9])");

  /** The text a reader should see; the text itself when it holds no LaTeX, as most does. */
  public static String readable(String captured) {
    // most text holds no tell-tale: one read of its characters, not a dozen searches
    return mayHoldMarkup(captured) ? rewritten(captured) : captured;
  }

  /**
   * As {@link #readable}, every step's own test run: what the test of the tell-tales is held to.
   */
  static String rewritten(String captured) {
    String text = lostMarkup(captured);
    if (text.indexOf('\\') < 0
        && text.indexOf('~') < 0
        && text.indexOf('$') < 0
        && !text.contains("_{")
        && !text.contains("^{")) {
      return text;
    }
    String s = commands(text);
    // nothing is lost to a rewrite: a title of nothing but a citation keeps what was written
    return s.isEmpty() ? text : s;
  }

  /**
   * Whether the text holds any tell-tale {@link #readable} looks for, read once: a backslash, tie,
   * dollar, caret or backtick, or "''", "_{", "--", "leq", "geq" or "rightarrow". True of every
   * text that {@link #lostMarkup} or {@link #commands} would change.
   */
  static boolean mayHoldMarkup(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      switch (chars[i]) {
        case '\\', '~', '$', '^', '`' -> {
          return true;
        }
        case '\'', '-' -> {
          if (i > 0 && chars[i - 1] == chars[i]) {
            return true; // "''" or "--"
          }
        }
        case '{' -> {
          if (i > 0 && chars[i - 1] == '_') {
            return true;
          }
        }
        case 'q' -> {
          if (i > 1 && chars[i - 1] == 'e' && (chars[i - 2] == 'l' || chars[i - 2] == 'g')) {
            return true;
          }
        }
        case 'w' -> {
          if (text.startsWith("rightarrow", i - 9)) {
            return true;
          }
        }
        default -> {}
      }
    }
    return false;
  }

  /**
   * What TeX would have printed where the capture lost the markup around it: bare arrows and
   * comparisons, TeX quotes and dashes, a name's caret superscript, Greek letters before a braced
   * script. Each pattern runs only when the text holds its tell-tale, as most text holds none.
   */
  private static String lostMarkup(String captured) {
    String text =
        captured.contains("rightarrow")
            ? BARE_ARROW.matcher(captured).replaceAll("\u2192")
            : captured;
    if (text.contains("``")) { // TeX's quotes, ``think'', as the quotation marks they print
      text = TEX_QUOTES.matcher(text).replaceAll("\u201C$1\u201D");
    }
    if (text.contains("''")) {
      text = APOSTROPHE_QUOTES.matcher(text).replaceAll("\u201C$1\u201D");
    }
    if (text.indexOf('^') >= 0 && text.indexOf('$') < 0) {
      text = CARET_DIGIT.matcher(text).replaceAll(m -> scripted("^", m.group(1)));
    }
    if (text.contains("leq") || text.contains("geq")) { // not "sequence", "frequency"
      text = BARE_COMPARISON.matcher(text).replaceAll(m -> m.group(1).equals("l") ? "≤" : "≥");
    }
    if (text.contains("_{") || text.contains("^{")) {
      text = BARE_GREEK.matcher(text).replaceAll(m -> SYMBOLS.get(m.group(1)));
    }
    if (text.contains("--")) {
      text = TexDashes.read(text);
    }
    return text;
  }

  /**
   * The LaTeX commands, math and escapes in the text, rewritten as the text they print. Each
   * pattern that needs a backslash, a tie, a dollar or a brace runs only on a text holding one
   * (none of these writes one that was not there): most texts sent here hold a dollar or a tie
   * alone.
   */
  private static String commands(String text) {
    String s = text.indexOf('\\') >= 0 ? backslashCommands(text) : text;
    if (s.indexOf('~') >= 0) {
      s = TIE.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('\\') >= 0) {
      s = CONTROL_SPACE.matcher(s).replaceAll("");
    }
    if (s.indexOf('$') >= 0) {
      s = INLINE_MATH.matcher(s).replaceAll(m -> Matcher.quoteReplacement(scripts(m.group(1))));
    }
    if (s.indexOf('{') >= 0) {
      s = BRACED_SCRIPT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(braced(m)));
    }
    if (s.indexOf('\\') >= 0) {
      s = ESCAPED_CHAR.matcher(s).replaceAll("$1");
    }
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** The commands that start with a backslash, rewritten: every pattern here needs one. */
  private static String backslashCommands(String text) {
    String s = ESCAPED_BRACE.matcher(text).replaceAll("$1");
    s = MATH_DELIMITER.matcher(s).replaceAll(Matcher.quoteReplacement("$"));
    s = ALLOWBREAK.matcher(s).replaceAll("");
    s = URL_BEFORE_STOP.matcher(s).replaceAll("$1");
    s = URL.matcher(s).replaceAll("$1");
    s = HREF.matcher(s).replaceAll("$2 ($1)");
    s = CITE.matcher(s).replaceAll("");
    s = FOOTNOTE.matcher(s).replaceAll(" ($1)");
    // twice, for one command inside another: \textbf{\textit{x}}
    for (int pass = 0; pass < 2; pass++) {
      s = STYLED.matcher(s).replaceAll("$1");
      s = FONT_SWITCH.matcher(s).replaceAll("$1");
    }
    s = ACCENT.matcher(s).replaceAll(LatexText::accented);
    s =
        UNICODE
            .matcher(s)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    return SYMBOL
        .matcher(s)
        .replaceAll(m -> Matcher.quoteReplacement(SYMBOLS.getOrDefault(m.group(1), m.group())));
  }

  /**
   * A braced script outside math: digits and signs as Unicode scripts (HumanEval⁺), a star as a
   * star (π*), anything else as the script mark and its text (v_reason).
   */
  private static String braced(MatchResult m) {
    String chars = m.group(2);
    if (chars.equals("*")) {
      return "*";
    }
    if (chars.chars().allMatch(c -> SCRIPT_CHARS.indexOf(c) >= 0)) {
      return scripted(m.group(1), chars);
    }
    return m.group(1) + chars;
  }

  /** Digits, signs and n as Unicode super- ({@code ^}) or subscripts ({@code _}). */
  private static String scripted(String mark, String chars) {
    String table = mark.equals("^") ? SUPERSCRIPTS : SUBSCRIPTS;
    StringBuilder out = new StringBuilder(chars.length());
    for (char c : chars.toCharArray()) {
      out.append(table.charAt(SCRIPT_CHARS.indexOf(c)));
    }
    return out.toString();
  }

  private static String accented(MatchResult m) {
    String letter = m.group(2) != null ? m.group(2) : m.group(3);
    String composed =
        Normalizer.normalize(letter + ACCENTS.get(m.group(1).charAt(0)), Normalizer.Form.NFC);
    return Matcher.quoteReplacement(composed);
  }

  /**
   * Inline math without its dollars, with digit super- and subscripts as Unicode: H$_2$O, RE$^3$QA.
   */
  private static String scripts(String math) {
    return SCRIPT
        .matcher(math)
        .replaceAll(m -> scripted(m.group(1), m.group(2) != null ? m.group(2) : m.group(3)));
  }
}
