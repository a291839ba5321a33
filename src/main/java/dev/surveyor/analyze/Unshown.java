package dev.surveyor.analyze;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence of the abstract reads in a list summary after the text shown before it (the
 * title, the summary's earlier sentences), or leans on the abstract's text left out: blind judges
 * marked summaries down for "Additionally, the model ...", "each component of RewardMap", "the
 * dataset", "Our method ..." never introduced and a name ("Ask-LLM") the summary never shows. A
 * connective that only ties the sentence to the one before is dropped, the one repair grammar makes
 * certain ("Furthermore, UniR demonstrates ..." reads "UniR demonstrates ..."); anything else that
 * leans on the text left out makes the sentence pass over.
 */
final class Unshown {
  /** A connective that adds to or details the sentence before, and its comma. */
  private static final Pattern CONNECTIVE =
      Pattern.compile(
          "(?:Additionally|Specifically|Moreover|Furthermore|In particular|In addition|Notably"
              + "|Importantly|Also|Besides|Further|Concretely|More specifically|Crucially"
              + "|Interestingly|Remarkably|Surprisingly|Overall|Finally|Lastly"
              + "|(?:Most|More) importantly),\\s+");

  /**
   * A connective that ties the sentence to what the text left out said, which dropping it would
   * change: a turn, a consequence, a step of a sequence ("However, ...", "Thus, ...", "First,
   * ...").
   */
  private static final Pattern TIES =
      Pattern.compile(
          "(?:However|Yet|Instead|In contrast|Conversely|Nevertheless|Nonetheless|Thus|Therefore"
              + "|Hence|Consequently|Accordingly|As a result|As such|To this end|To that end"
              + "|In this way|By doing so|In doing so|Similarly|Likewise|Then|Next|Subsequently"
              + "|First(?:ly)?|Second(?:ly)?|Third(?:ly)?|On the other hand|Meanwhile|Still"
              + "|Otherwise|In turn|Beyond (?:this|that)|After (?:that|this)|Afterwards)\\b");

  /**
   * A definite noun phrase for a thing the paper or its setup has: "the model", "the annotated
   * datasets", "each of the components", "both stages". Its modifiers are lower-case words: "the
   * GSM8K dataset" names its thing.
   */
  private static final Pattern DEFINITE =
      Pattern.compile(
          "(?<![\\w-])(?:([Tt]he|[Oo]ur)|[Tt]his|[Tt]hese|[Tt]hose|[Ss]uch|[Ee]ach(?: of the)?|[Bb]oth(?: of the)?|[Aa]ll(?: of)? the)\\s+"
              + "((?:(?!of\\b|and\\b|or\\b)[a-z][a-z-]*\\s+){0,2}?)"
              + "(models?|datasets?|data sets?|corpus|corpora|benchmarks?|frameworks?|methods?"
              + "|approach(?:es)?|techniques?|algorithms?|systems?|pipelines?|modules?|components?"
              + "|architectures?|polic(?:y|ies)|agents?|tasks?|environments?|regimes?"
              + "|strateg(?:y|ies)|schemes?|metrics?|students?|teachers?|verifiers?|critics?"
              + "|generators?|retrievers?|samplers?|procedures?|variants?|stages?|phases?|factors?"
              + "|reasons?)(?![\\w-])(?!,? (?:called |named |dubbed )?[A-Z])(\\s+of\\b)?");

  /** {@link #DEFINITE} tried only at its determiners. */
  static final CuedPattern DEFINITE_CUED =
      new CuedPattern(
          DEFINITE,
          List.of(
              "the", "The", "our", "Our", "this", "This", "those", "Those", "such", "Such", "each",
              "Each", "both", "Both", "all", "All"),
          false);

  /**
   * Every one of the sets a paper was evaluated on, which a reader need not have seen named: "on
   * each dataset", "across all the benchmarks"; not "each component", a part of what was left out.
   */
  private static final Pattern EVALUATED_ON =
      Pattern.compile(
          "(?:[Ee]ach|[Aa]ll(?: of)? the)\\s+(?:[a-z-]+\\s+)?(?:datasets?|benchmarks?|tasks?)");

  /** Modifiers that make a definite thing generic, one any reader knows: "the base model". */
  private static final List<String> GENERIC =
      List.of(
          "base",
          "original",
          "underlying",
          "pre-trained",
          "pretrained",
          "backbone",
          "same",
          "competing",
          "existing",
          "prior",
          "previous",
          "other",
          "baseline",
          "standard",
          "conventional",
          "state-of-the-art",
          "vanilla");

  /**
   * The paper's own thing, known to a reader of a summary where it puts one forward: "the proposed
   * method", "the fine-tuned model".
   */
  private static final Pattern PROPOSED =
      Pattern.compile("\\b(?:proposed|resulting|new|fine-tuned|finetuned|trained|final)\\b");

  /**
   * The kind of thing a paper puts forward: "the method" after "Introduces X" is X, as "our method"
   * reads "the method" in the third person.
   */
  private static final Pattern METHOD_KIND =
      Pattern.compile("(?:method|approach|framework|technique|algorithm|pipeline|strategy)s?");

  /**
   * Words that name one kind of thing: "the model" after "large language models (LLMs)", "the
   * approach" after "a framework".
   */
  private static final List<List<String>> KINDS =
      List.of(
          List.of("model", "llm", "lm", "network", "transformer", "reasoner"),
          List.of("dataset", "data set", "corpus", "corpora", "benchmark"),
          List.of(
              "method",
              "approach",
              "framework",
              "technique",
              "algorithm",
              "pipeline",
              "strateg",
              "scheme",
              "recipe",
              "paradigm",
              "system"));

  /** A summary where the paper puts a thing forward: "We introduce X", "Proposes X". */
  private static final Pattern PUTS_FORWARD =
      Pattern.compile(
          "(?:\\b(?:[Ww]e|[Tt]his (?:paper|work|study)) (?:[a-z]+ly )?|(?:^|[.;] ))(?:[Pp]ropos"
              + "|[Ii]ntroduc|[Pp]resent|[Dd]evelop|[Dd]esign|[Bb]uil[dt]|[Cc]onstruct|[Cc]reat"
              + "|[Dd]evis)[a-z]*\\b"
              // the third person after the title: "... Maximization Introduces Q-conditioned ..."
              + "|(?<![\\w-])(?:Proposes|Introduces|Presents|Develops|Designs|Builds|Constructs"
              + "|Creates|Devises)\\b");

  /**
   * "Our method", "Our approach" as a sentence's subject, not named there: which one, only a
   * summary that puts one forward can tell.
   */
  private static final Pattern OUR_THING =
      Pattern.compile(
          "^Our (?:proposed )?(?:approach|method|methods|framework|model|technique|system"
              + "|algorithm|solution|pipeline|strategy)\\b(?!,? (?:called |named |dubbed )?[A-Z])");

  /**
   * A coined name: a capital right after a lower-case letter ("ReasonMap", "LLaMA"), or words and
   * an acronym ("Ask-LLM", "Shop-R1"), or a word in capitals of five letters or more ("CLEAR");
   * shorter acronyms ("SFT", "GRPO") are spelled out elsewhere, and title-case words
   * ("Fine-Tuning") are words.
   */
  private static final Pattern COINED =
      Pattern.compile(
          "(?<![\\w-])(?:(?=[\\w.-]*?(?:[a-z][A-Z]|[a-z][\\w.]*-[A-Z][A-Z0-9]))[A-Za-z][\\w.-]*"
              + "(?<![.-])|[A-Z]{5,}(?![\\w-]))");

  /** What calls a thing by the name after it: "a framework called ", "we dub it ". */
  private static final Pattern NAMING =
      Pattern.compile("\\b(?:called|named|dubbed|termed|coined|dub it|call it|name it) $");

  /** What sets a name beside what it is: "PRESQUE, a framework", "Ask-LLM (a scorer)", ":". */
  private static final Pattern APPOSITION_AFTER =
      Pattern.compile(",? (?:a|an|the|which|that)\\b| \\(|:");

  /** Shorter coined words are terms a reader of the survey knows ("CoT", "LoRA"). */
  private static final int SHORTEST_NAME = 5;

  /**
   * A name after these says against what the paper was compared ("than GPT-4o"), not what it did.
   */
  private static final Pattern AGAINST =
      Pattern.compile("\\b(?:than|against|over|surpass(?:es|ing)?|outperform(?:s|ing)?) $");

  /**
   * A name between these says where the paper was evaluated ("on MwpBench,", "across GSM8K and
   * MATH"); "models trained on Ask-LLM data" leans on Ask-LLM.
   */
  private static final Pattern ON = Pattern.compile("\\b(?:[Oo]n|[Aa]cross) $");

  private static final Pattern BENCHMARK_AFTER =
      Pattern.compile("(?:[,.;:)]|\\s+and\\b|\\s+benchmarks?\\b|\\s+datasets?\\b|$)");

  private Unshown() {}

  /**
   * The sentence as it reads after {@code shown}: without a connective that only tied it to the
   * sentence before; empty when it still leans on text not shown. {@code before} are the abstract's
   * sentences before it, shown or not: a coined name they introduce that {@code shown} does not
   * show leans on them.
   */
  static Optional<String> after(String sentence, String shown, List<String> before) {
    String s = withoutAlso(withoutConnective(sentence));
    if (TIES.matcher(s).lookingAt()
        || StandAlone.pointsBack(s)
        || leans(s, shown)
        || subjectUnshown(s, shown)) {
      return Optional.empty();
    }
    String known = shown.toLowerCase(Locale.ROOT);
    int first = coinedFrom(s);
    Matcher name = COINED.matcher(s);
    for (boolean found = first >= 0 && name.find(first); found; found = name.find()) {
      String word = name.group();
      String head = s.substring(0, name.start());
      if (word.length() < SHORTEST_NAME
          || AGAINST.matcher(head).find()
          || ON.matcher(head).find()
              && BENCHMARK_AFTER.matcher(s).region(name.end(), s.length()).lookingAt()) {
        continue; // "CoT", "LoRA": a term; "than GPT-4o", "on MwpBench,": compared, evaluated
      }
      if (!shows(known, word) && before.stream().anyMatch(b -> introduces(b, word))) {
        return Optional.empty();
      }
    }
    return Optional.of(s);
  }

  /**
   * Where {@link #COINED} may first match: the start of the run of word characters, stops and
   * hyphens that holds the first of what every coined name has (a lower-case letter then a capital;
   * a hyphen, a capital and a capital or digit; five capitals); -1 where the sentence has none. The
   * pattern's look-ahead reads each word to its end at every word start, the larger part of a
   * summary's cost while most sentences hold no coined name.
   */
  private static int coinedFrom(String s) {
    int capitals = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      capitals = isCapital(c) ? capitals + 1 : 0;
      boolean cue =
          i > 0 && isLower(s.charAt(i - 1)) && isCapital(c)
              || c == '-'
                  && i + 2 < s.length()
                  && isCapital(s.charAt(i + 1))
                  && (isCapital(s.charAt(i + 2)) || isDigit(s.charAt(i + 2)))
              || capitals == 5;
      if (cue) {
        int start = i;
        while (start > 0 && isNamePart(s.charAt(start - 1))) {
          start--;
        }
        return start;
      }
    }
    return -1;
  }

  /** A character of {@code [\\w.-]}, what the pattern reads a name's run of. */
  private static boolean isNamePart(char c) {
    return isCapital(c) || isLower(c) || isDigit(c) || c == '_' || c == '.' || c == '-';
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether the sentence introduces the name: puts it forward ("we propose Ask-LLM"), calls
   * something by it ("a framework called PRESQUE") or sets it beside what it is ("Our first
   * technique, Ask-LLM, leverages ...", "using PRESQUE, a framework that ..."); not one it only
   * mentions ("compare it with state-of-the-art OpenAI models"), which a reader need not have seen.
   */
  private static boolean introduces(String sentence, String name) {
    for (int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
      String head = sentence.substring(0, at);
      String tail = sentence.substring(at + name.length());
      if (PUTS_FORWARD.matcher(sentence).find()
          || NAMING.matcher(head).find()
          || APPOSITION_AFTER.matcher(tail).lookingAt()
          || head.endsWith(", ") && tail.startsWith(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text shows the name, or the name it is made from: "MathScale" for "MathScale-7B",
   * "Retro-Search" for "Retro-Search-ed".
   */
  private static boolean shows(String known, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (known.contains(n)) {
      return true;
    }
    // the name it is made from is a word of its own, not "ask" of "tasks" for "Ask-LLM"
    for (int hyphen = n.lastIndexOf('-'); hyphen >= SHORTEST_NAME; hyphen = n.lastIndexOf('-')) {
      n = n.substring(0, hyphen);
      if (isWord(known, n)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text names a thing of the noun's kind: "model" for "the model", "LLM" too. */
  private static boolean namesKind(String known, String noun) {
    String stem = stem(noun);
    if (known.contains(stem)) {
      return true;
    }
    for (List<String> kind : KINDS) {
      if (kind.stream().anyMatch(stem::startsWith)) {
        return kind.stream().anyMatch(word -> startsWord(known, word));
      }
    }
    return false;
  }

  /**
   * Whether the sentence, read after {@code shown}, names a definite thing shown nowhere ("the
   * model" after a summary that names none, "each component of RewardMap") or opens on "Our method"
   * where the summary shows no method. What the sentence names before the phrase is shown too.
   */
  static boolean leans(String sentence, String shown) {
    return leaning(sentence, shown) > 0;
  }

  /**
   * How many definite things the sentence names that the text shown does not, "Our method" never
   * introduced counted as one.
   */
  static int leaning(String sentence, String shown) {
    String known = shown.toLowerCase(Locale.ROOT);
    int leaning = ourUnnamed(sentence, shown) ? 1 : 0;
    String lower = sentence.toLowerCase(Locale.ROOT);
    Matcher definite = DEFINITE_CUED.matcher(sentence);
    for (boolean found = DEFINITE_CUED.find(definite, sentence, 0);
        found;
        found = DEFINITE_CUED.find(definite, sentence, definite.end())) {
      String modifiers = definite.group(2).strip();
      String noun = definite.group(3);
      boolean the = definite.group(1) != null;
      if (namesKind(known, noun)
          || namesKind(lower.substring(0, definite.start()), noun)
          || EVALUATED_ON.matcher(definite.group()).matches()
          || the && definite.group(4) != null // "the task of ...": said in the phrase itself
          || the && GENERIC.stream().anyMatch(g -> modifiers.startsWith(g))
          || the
              && (PROPOSED.matcher(modifiers).find()
                  || definite.group(1).equalsIgnoreCase("our")
                  || modifiers.isEmpty() && METHOD_KIND.matcher(noun).matches())
              && PUTS_FORWARD.matcher(shown).find()) {
        continue;
      }
      leaning++;
    }
    return leaning;
  }

  /**
   * Whether the sentence opens on "Our method", "Our approach" where the text shown puts nothing
   * forward: which method, the reader cannot tell.
   */
  static boolean ourUnnamed(String sentence, String shown) {
    return OUR_THING.matcher(sentence).lookingAt() && !PUTS_FORWARD.matcher(shown).find();
  }

  /**
   * A sentence's subject, "The" or "Our" and the words after it up to a stop: "Our taxonomy
   * identifies ...", "The idea is driven by ...". Its words are read one by one ({@link
   * #subjectUnshown}).
   */
  private static final Pattern SUBJECT =
      Pattern.compile("(?:The|Our) ((?:[^\\s,;:()]+)(?: [^\\s,;:()]+){0,2})");

  /**
   * A subject that names its thing: "The key idea of PreWoMe", "The key idea behind JumpCoder",
   * "The model, MultiTabQA, ...", "The model, called SCIroShot, ...".
   */
  private static final Pattern SELF_NAMED =
      Pattern.compile(
          "(?:The|Our) (?:[a-z-]+ ){0,2}[a-z-]+(?:, (?:called |named |dubbed |termed )?"
              + "|,? (?:called|named|dubbed|termed) | \\(| (?:of|behind) (?:the )?)\\p{Lu}");

  /** Words that end a subject: a preposition, a relative, a verb that links or helps. */
  private static final Set<String> SUBJECT_ENDS =
      Set.of(
          "of", "on", "in", "with", "for", "from", "across", "between", "at", "by", "to", "over",
          "under", "among", "through", "via", "using", "that", "which", "who", "is", "are", "was",
          "were", "has", "have", "had", "can", "could", "may", "might", "will", "would", "should",
          "does", "do", "did", "also", "not", "and", "or");

  /**
   * Modifiers any paper's thing may have, which tell no reader what it is: "The extensive
   * experiments", "The key finding", "The best variant".
   */
  private static final Set<String> PLAIN_MODIFIERS =
      Set.of(
          "experimental",
          "empirical",
          "extensive",
          "comprehensive",
          "thorough",
          "main",
          "key",
          "pivotal",
          "central",
          "major",
          "primary",
          "overall",
          "best",
          "final",
          "resulting",
          "proposed",
          "new",
          "novel",
          "initial",
          "preliminary",
          "detailed",
          "various");

  /**
   * A modifier by its ending, an adjective's or a participle's ("theoretical", "exhaustive",
   * "controlled"): it says how, not which; "taxonomy" and "idea" are no adjectives.
   */
  private static final Pattern ADJECTIVE =
      Pattern.compile("[a-z]{2,}(?:al|ive|ous|ful|ic|ent|ant|ary|ble|ed)");

  /** A thing called by its name: "a generalization of instruction tuning, called X". */
  private static final Pattern CALLS =
      Pattern.compile("\\b(?:called|named|dubbed|termed|coined) (?=\\S)");

  /**
   * What every paper has, which a reader knows without its being shown: "The results show ...",
   * "The study entails ...", "The user study demonstrates ...", "The key contribution is ...".
   */
  private static final Set<String> EVERY_PAPER_HAS =
      Set.of(
          "results",
          "result",
          "findings",
          "finding",
          "experiments",
          "experiment",
          "evaluation",
          "evaluations",
          "analysis",
          "analyses",
          "study",
          "studies",
          "investigation",
          "benchmarking",
          "research",
          "aim",
          "goal",
          "objective",
          "purpose",
          "contribution",
          "contributions",
          "evidence",
          "outcomes",
          "ablations",
          "observations",
          "paper",
          "work");

  /**
   * Whether the sentence's subject is a thing the text shown never introduced: "Our taxonomy
   * identifies ..." after "Reviews the field of prompt-based reasoning with LLMs." (shown "The
   * taxonomy ...", which taxonomy a reader cannot tell), "Our idea is driven by ...". A subject is
   * shown when one of its words is (a stem of it, or a word of its kind: "the approach" after "a
   * framework"), when it names something ("The DeepSeek-R1-Distill-Qwen-32B model", "The best
   * variant SFR-DR-20B"), or when it is what every paper has ("The results", "Our extensive
   * experiments").
   */
  static boolean subjectUnshown(String sentence, String shown) {
    if (!sentence.startsWith("The ") && !sentence.startsWith("Our ")) {
      return false; // a plain test first: most sentences open otherwise
    }
    Matcher m = SUBJECT.matcher(sentence);
    if (!m.lookingAt()
        || SELF_NAMED.matcher(sentence).lookingAt()
        || sentence.startsWith("Our ") && SummaryVoice.thirdPerson(sentence).isPresent()) {
      return false; // "Our red teaming studies find that X" is shown "Finds that X"
    }
    String known = shown.toLowerCase(Locale.ROOT);
    // "Studies a generalization of instruction tuning, called contextual fine-tuning" names its
    // method as "Proposes X" does
    boolean putsForward = PUTS_FORWARD.matcher(shown).find() || CALLS.matcher(shown).find();
    boolean unknown = false;
    for (String word : m.group(1).split(" ")) {
      if (SUBJECT_ENDS.contains(word)) {
        break;
      }
      if (!word.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '-')) {
        return false; // a name, a figure, a quote: the phrase says which thing it is
      }
      if (PLAIN_MODIFIERS.contains(word) || ADJECTIVE.matcher(word).matches()) {
        continue;
      }
      if (EVERY_PAPER_HAS.contains(word)
          || word.length() >= SHORTEST_KNOWN && startsWord(known, stem(word))
          || showsKind(known, word)
          || putsForward && METHOD_KIND.matcher(word).matches()) {
        return false;
      }
      unknown = true;
    }
    return unknown;
  }

  /** A shorter word ("set", "way") is shown only by its kind: its start is in too many words. */
  private static final int SHORTEST_KNOWN = 4;

  /** Whether the word is of one of {@link #KINDS} and the text shows a word of that kind. */
  private static boolean showsKind(String known, String word) {
    String stem = stem(word);
    for (List<String> kind : KINDS) {
      if (kind.stream().anyMatch(stem::startsWith)) {
        return kind.stream().anyMatch(w -> startsWord(known, w));
      }
    }
    return false;
  }

  /**
   * A name's "also" before its verb: "TRACED also significantly outperforms ...", "In few-shot
   * object detection, Visual-RFT also exceeds ...", where what the name also does is left out.
   */
  private static final Pattern NAME_ALSO =
      Pattern.compile("((?:[A-Z][^,;:]{0,60}, )?[A-Z][\\w.-]*[A-Z][\\w.-]*) also (?=[a-z])");

  /** The sentence without its name's "also", as {@link #withoutConnective} drops "Also, ". */
  static String withoutAlso(String sentence) {
    if (sentence.indexOf(" also ") < 0) {
      return sentence; // a plain search first: most sentences have none
    }
    Matcher m = NAME_ALSO.matcher(sentence);
    return m.lookingAt() ? m.group(1) + " " + sentence.substring(m.end()) : sentence;
  }

  /**
   * The sentence without a leading connective that only tied it to the one before, its next word
   * capitalised where that is certain (a plain lower-case word); as written otherwise.
   */
  static String withoutConnective(String sentence) {
    Matcher connective = CONNECTIVE.matcher(sentence);
    if (!connective.lookingAt()) {
      return sentence;
    }
    String rest = sentence.substring(connective.end());
    if (rest.isEmpty() || !Character.isLetter(rest.charAt(0))) {
      return sentence;
    }
    int word = 0;
    while (word < rest.length() && Character.isLetter(rest.charAt(word))) {
      word++;
    }
    String first = rest.substring(0, word);
    if (first.equals(first.toLowerCase(Locale.ROOT))) {
      return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }
    // a name keeps its case ("UniR demonstrates"); "vLLM" would read as a name misspelt
    return Character.isUpperCase(rest.charAt(0)) ? rest : sentence;
  }

  /** Whether the text has {@code word} as a word of its own (a hyphen before it joins it). */
  private static boolean isWord(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean starts = at == 0 || !isWordChar(text.charAt(at - 1)) && text.charAt(at - 1) != '-';
      if (starts && (end == text.length() || !isWordChar(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  /** Whether a word of the text starts with {@code start}: "llm" in "the llms", not in "allm". */
  private static boolean startsWord(String text, String start) {
    for (int at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) {
      if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
        return true;
      }
    }
    return false;
  }

  /** What a noun's singular and plural share: "model", "polic", "strateg", "data set". */
  private static String stem(String noun) {
    String n = noun.toLowerCase(Locale.ROOT);
    if (n.endsWith("ies")) {
      return n.substring(0, n.length() - 3);
    }
    if (n.endsWith("y")) {
      return n.substring(0, n.length() - 1);
    }
    if (n.endsWith("ches") || n.endsWith("ses")) {
      return n.substring(0, n.length() - 2);
    }
    if (n.startsWith("corp")) {
      return "corp"; // corpus, corpora
    }
    return n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
  }
}
