package dev.surveyor.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a summary uses without saying what they stand for. A summary is read without its
 * abstract, so "a analysis of DFT" or "strong RE capabilities" says nothing to a reader who never
 * saw "Dynamic Fine-Tuning (DFT)" two sentences earlier. Where the abstract spells one out, the
 * summary can too; acronyms every reader of the field knows (LLM, RL, SFT) need no spelling out.
 */
final class Acronyms {
  /** An acronym standing alone: not part of a name such as "Prefix-RFT" or "VideoRFT". */
  private static final Pattern ACRONYM = Pattern.compile("(?<![\\w-])([A-Z]{2,6})s?(?![\\w-])");

  /** Known to every reader of a survey about training and reasoning in language models. */
  private static final Set<String> KNOWN =
      Set.of(
          "AI", "LLM", "LM", "MLLM", "VLM", "NLP", "RL", "SFT", "RLHF", "GPT", "QA", "API", "PEFT",
          "DPO", "PPO", "GRPO", "MCTS", "BERT", "OOD", "SOTA", "KL", "ML", "GPU", "VQA", "RAG",
          "CNN", "RNN", "GNN", "IID", "MATH", "AIME", "SQL", "NLU", "NLG", "LRM", "US", "UK", "CPU",
          "TPU");

  /** "We propose ARTE", "We introduce SAMI": the sentence gives the paper's own name. */
  private static final String NAMING_VERB =
      "(?:propose|introduce|present|develop|design|build|release|call|term|dub|name|named"
          + "|called|termed|dubbed|coined)s?";

  /** The most words a definition reads before "(ACR)". */
  private static final int DEFINITION_WORDS = 8;

  private final String abstractText;

  /** What each acronym looked up stands for in the abstract, found once per abstract. */
  private final Map<String, Optional<String>> definitions = new HashMap<>();

  /** "We propose ACR" for each acronym looked up: compiled once per abstract, not per sentence. */
  private final Map<String, Pattern> naming = new HashMap<>();

  private Acronyms(String abstractText) {
    this.abstractText = abstractText;
  }

  /**
   * The acronyms as this abstract spells them out: a summary's candidate texts are each spelled
   * out, and the abstract is read for an acronym once, not for every candidate.
   */
  static Acronyms in(String abstractText) {
    return new Acronyms(abstractText);
  }

  /**
   * The sentence with each acronym it does not explain spelled out at its first use, as the
   * abstract defines it: "strong RE capabilities" becomes "strong relation extraction (RE)
   * capabilities".
   */
  static String expanded(String sentence, String abstractText) {
    return in(abstractText).expanded(sentence);
  }

  /** As {@link #expanded(String, String)}, with this abstract. */
  String expanded(String sentence) {
    String s = sentence;
    for (String acronym : unspelled(sentence)) {
      String words = inRunningText(definition(acronym).orElseThrow());
      Matcher first =
          Pattern.compile("(?<![\\w(-])" + acronym + "(s?)(?![\\w-])(['\u2019]s\\b)?").matcher(s);
      if (first.find()) {
        String used = inNumber(words, !first.group(1).isEmpty());
        // "DFT's reweighting" reads "Dynamic Fine-Tuning's reweighting", not "... (DFT)'s ..."
        String spelled =
            first.group(2) != null
                ? used + first.group(2)
                : used + " (" + acronym + first.group(1) + ")";
        s = s.substring(0, first.start()) + spelled + s.substring(first.end());
      }
    }
    return s;
  }

  /**
   * The acronyms in {@code sentence} that the abstract spells out and the sentence does not:
   * neither with "(ACR)" nor by the words themselves, nor as the name it gives ("we present RLP").
   */
  static List<String> unspelled(String sentence, String abstractText) {
    return in(abstractText).unspelled(sentence);
  }

  private List<String> unspelled(String sentence) {
    List<String> out = new ArrayList<>();
    int first = twoCapitals(sentence);
    if (first < 0) {
      return out; // most sentences have no acronym at all
    }
    Matcher m = ACRONYM.matcher(sentence);
    // an acronym starts at two capitals: none before the first two
    for (boolean found = m.find(first); found; found = m.find()) {
      String acronym = m.group(1);
      if (KNOWN.contains(acronym) || out.contains(acronym)) {
        continue;
      }
      // what the abstract does not spell out is left as it is: looked up first, once per abstract
      Optional<String> words = definition(acronym);
      if (words.isPresent()
          && !definedIn(sentence, acronym)
          && !namedIn(sentence, acronym)
          && !sentence.toLowerCase(Locale.ROOT).contains(words.get().toLowerCase(Locale.ROOT))) {
        out.add(acronym);
      }
    }
    return out;
  }

  /** What the acronym stands for in the abstract, if it says. */
  private Optional<String> definition(String acronym) {
    return definitions.computeIfAbsent(acronym, a -> definition(abstractText, a));
  }

  /**
   * The words in the number the acronym is used in: "a new LLVM" is "a new large language and
   * vision model (LLVM)", though the abstract defined "large language and vision models (LLVM)";
   * "RMs" are "reward models (RMs)".
   */
  private static String inNumber(String words, boolean plural) {
    boolean isPlural = words.matches(".*[a-z][^s]s") && !words.endsWith("ss");
    // a capitalised last word is a name's ("Vision-Language-Action (VLAs)"): left as written
    String last = words.substring(Math.max(words.lastIndexOf(' '), words.lastIndexOf('-')) + 1);
    if (plural == isPlural || !last.chars().allMatch(Character::isLowerCase)) {
      return words;
    }
    if (isPlural) {
      return words.endsWith("ies")
          ? words.substring(0, words.length() - 3) + "y"
          : words.substring(0, words.length() - 1);
    }
    return words.matches(".*[^aeiou]y")
        ? words.substring(0, words.length() - 1) + "ies"
        : words.matches(".*(?:s|x|ch|sh)") ? words + "es" : words + "s";
  }

  /** "Curriculum learning", capitalised where it opened a sentence, reads "curriculum learning". */
  private static String inRunningText(String words) {
    boolean sentenceCase = words.matches("[A-Z][a-z]+(?:-[a-z]+)*(?:[ -][a-z][\\w'-]*)+");
    return sentenceCase ? Character.toLowerCase(words.charAt(0)) + words.substring(1) : words;
  }

  /**
   * Where the text first has two ASCII capitals in a row, as {@link #ACRONYM} starts; -1 if not.
   */
  private static int twoCapitals(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      if (isCapital(text.charAt(i)) && isCapital(text.charAt(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean definedIn(String sentence, String acronym) {
    // "REBASE (REward BAlanced SEarch)", "(CDS)", or the words before "(CDS)"
    return sentence.contains("(" + acronym)
        || sentence.contains(acronym + " (")
        || definition(sentence, acronym).isPresent();
  }

  private boolean namedIn(String sentence, String acronym) {
    return naming
        .computeIfAbsent(
            acronym,
            a ->
                Pattern.compile(
                    "\\b" + NAMING_VERB + "\\s+(?:[\\w-]+\\s+){0,2}" + a + "\\b",
                    Pattern.CASE_INSENSITIVE))
        .matcher(sentence)
        .find();
  }

  /**
   * The words before "(ACR)" in the text whose initials spell the acronym: the fewest that do, each
   * word or hyphenated part giving one initial ("reinforcement fine-tuning (RFT)").
   */
  static Optional<String> definition(String text, String acronym) {
    int bracket = text.indexOf('(');
    if (bracket < 0 || text.indexOf(acronym, bracket) < 0) {
      return Optional.empty(); // no "(" with the acronym after it: the pattern need not be made
    }
    // "(ACR)", "( ACRs;": read by hand where the acronym is letters and digits, as the pattern
    // made of it would read it, not made for every abstract
    Matcher m =
        plain(acronym) ? null : Pattern.compile("\\(\\s*" + acronym + "s?\\s*[),;]").matcher(text);
    int from = 0;
    int at = 0;
    while (true) {
      int open;
      int end;
      if (m != null) {
        if (!m.find()) {
          break;
        }
        open = m.start();
        end = m.end();
      } else {
        open = text.indexOf('(', at);
        end = -1;
        while (open >= 0 && (end = bracketedEnd(text, open, acronym)) < 0) {
          open = text.indexOf('(', open + 1);
        }
        if (open < 0) {
          break;
        }
        at = end;
      }
      int start = wordsBefore(text, open, from);
      if (start < 0) {
        continue; // no word right before: the next "(ACR" is sought from here on
      }
      String[] words = text.substring(start, open).strip().split("\\s+");
      for (int k = 1; k <= words.length; k++) {
        String[] phrase = java.util.Arrays.copyOfRange(words, words.length - k, words.length);
        if (spells(phrase, acronym)) {
          return Optional.of(String.join(" ", phrase));
        }
      }
      from = end;
    }
    return Optional.empty();
  }

  /** Whether the acronym is letters and digits only, which a pattern reads as themselves. */
  private static boolean plain(String acronym) {
    return !acronym.isEmpty() && acronym.chars().allMatch(Character::isLetterOrDigit);
  }

  /**
   * Where {@code \\(\\s*ACR s?\\s*[),;]} that opens at the bracket ends, for a plain acronym; -1
   * where it does not match there.
   */
  static int bracketedEnd(String text, int bracket, String acronym) {
    int at = bracket + 1;
    while (at < text.length() && isSpace(text.charAt(at))) {
      at++;
    }
    if (!text.startsWith(acronym, at)) {
      return -1;
    }
    at += acronym.length();
    // "s?" taken where it can be: left out, the "s" is neither white space nor a closing mark
    if (at < text.length() && text.charAt(at) == 's') {
      at++;
    }
    while (at < text.length() && isSpace(text.charAt(at))) {
      at++;
    }
    return at < text.length() && ",);".indexOf(text.charAt(at)) >= 0 ? at + 1 : -1;
  }

  /**
   * Where the words (a letter, then letters, digits, '_', ' or '-') before the bracket at {@code
   * bracket} start, each followed by white space, at most {@link #DEFINITION_WORDS} of them and
   * none before {@code from}; -1 if there is none. Read backwards from the bracket, it is where
   * {@code ((?:[A-Za-z][\\w'-]*\\s+){1,8})\\(} would start, without trying that at every character
   * of the abstract.
   */
  private static int wordsBefore(String text, int bracket, int from) {
    int start = -1;
    int at = bracket;
    for (int words = 0; words < DEFINITION_WORDS; words++) {
      int space = at;
      while (space > from && isSpace(text.charAt(space - 1))) {
        space--;
      }
      if (space == at) {
        break; // a word must be followed by white space
      }
      int word = space;
      while (word > from && isWordPart(text.charAt(word - 1))) {
        word--;
      }
      int letter = word;
      while (letter < space && !isAsciiLetter(text.charAt(letter))) {
        letter++;
      }
      if (letter == space) {
        break;
      }
      start = letter;
      if (letter != word) {
        break; // "3D model": the word starts at "D", and nothing before it can join
      }
      at = word;
    }
    return start;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isWordPart(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '\'' || c == '-';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Whether the phrase's first initial is the acronym's and all its letters follow in order. */
  private static boolean spells(String[] phrase, String acronym) {
    StringBuilder initials = new StringBuilder();
    for (String word : phrase) {
      for (String part : word.split("-")) {
        if (!part.isEmpty()) {
          initials.append(Character.toLowerCase(part.charAt(0)));
        }
      }
    }
    String letters = acronym.toLowerCase(Locale.ROOT);
    if (initials.isEmpty() || initials.charAt(0) != letters.charAt(0)) {
      return false;
    }
    int at = 0;
    for (int i = 0; i < initials.length() && at < letters.length(); i++) {
      if (initials.charAt(i) == letters.charAt(at)) {
        at++;
      }
    }
    return at == letters.length() && initials.length() <= letters.length() + 2;
  }
}
