package dev.surveyor.analyze;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of an abstract read without the ones before it. A sentence that leans on the one
 * before ("To address this, we propose ...") loses only a lead that carries no content of its own
 * ("To address this, ", "Thus, ", "In this paper, "); one that still points back in a trailing
 * clause ("..., to bridge this gap.") loses that clause when what is left is a sentence of its own;
 * one that points back otherwise ("We address this by ...") does not stand alone.
 */
final class StandAlone {
  // A sentence whose trailing clause was dropped keeps at least this much: "We introduce a
  // framework." says nothing.
  private static final int SHORTEST_TRIMMED = 45;
  // A demonstrative this early in a sentence points at the sentence before ("We leverage this
  // benchmark", "Our analysis of these datasets"); later it usually points inside the sentence
  // ("..., and we call this implicit instruction tuning").
  private static final int EARLY_WORDS = 10;

  /** What a sentence points back at: "this gap", "these limitations", "such methods". */
  private static final String BACK_NOUN =
      "(?:gaps?|issues?|challenges?|limitations?|problems?|questions?|shortcomings?|bottlenecks?"
          + "|concerns?|observations?|findings?|phenomen(?:on|a)|insights?|trade-?offs?"
          + "|discrepanc(?:y|ies)|deficienc(?:y|ies)|drawbacks?|difficult(?:y|ies)|dilemmas?"
          + "|obstacles?|barriers?|needs?|hypothes[ie]s|weakness(?:es)?|constraints?|risks?"
          + "|efforts?|results?|end|goals?|aims?|phenomenon|settings?|scenarios?|paradigms?"
          + "|disparit(?:y|ies)|inefficienc(?:y|ies)|pitfalls?|failures?|lines?|directions?"
          + "|methods?|approaches?|techniques?|strategies|strategy|models?|systems?|works"
          + "|assumptions?|beliefs?|claims?|views?|notions?|practices?|intuitions?|conjectures?"
          + "|paradox(?:es)?|plateaus?|ambiguit(?:y|ies)|abilit(?:y|ies)|capabilit(?:y|ies)|ideas?"
          + "|data|contexts?|fronts?|dynamics|behaviou?rs?|theor(?:y|ies))";

  private static final String BACK_DETERMINER =
      "(?:this|these|those|such|both|the (?:above|aforementioned|former|latter|same|mentioned))";

  /** A connective that only ties a sentence to the one before. */
  private static final String CONNECTIVE =
      "However|Yet|Instead|In contrast|Conversely|Nevertheless|Nonetheless|Thus|Therefore|Hence"
          + "|Consequently|Accordingly|As a result|As such|To this end|To that end|In this way"
          + "|To do so|To do this|In doing so|By doing so|Towards? (?:this|that)(?: end| goal)?"
          + "|Specifically|Concretely|To be (?:more )?(?:concrete|specific|precise)|In particular|In response|Furthermore|Moreover|Additionally"
          + "|In addition|Further|Besides|With this in mind|Against this backdrop|For this reason"
          + "|Thanks to (?:this|these|that|it|them)|In light of this|Given this|First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Finally|Lastly"
          + "|Then|Next|Subsequently|Notably|Importantly|Crucially|Here(?:in)?|On the other hand"
          + "|Overall";

  /** The words of an introductory phrase that make it point back: "To address these, ". */
  private static final String POINTING =
      "(?:this|these|those|such|that|them|it|its|their|both|the (?:former|latter))";

  /** A clause's stop left at the end of a cut; compiled once, not per cut. */
  private static final Pattern STOP_END = Pattern.compile("[,;:]$");

  /** A comma inside a closing quote at the end of a cut: "termed \"reflection-tuning,\"". */
  private static final Pattern COMMA_IN_QUOTE_END = Pattern.compile(",([\"\u201D])$");

  /**
   * A lead that says nothing a reader loses: a connective ("Thus, ", "However, "), the paper
   * pointing at itself ("In this paper, "), or a clause that only points back ("To address these
   * limitations, ", "Motivated by these findings, ", "Recognizing this, ").
   */
  private static final Pattern LEAD =
      Pattern.compile(
          "(?:(?:"
              + CONNECTIVE
              // "In this comprehensive survey, ": an adjective or two before the paper's kind
              + "|In this (?:[a-z]+ ){0,2}?(?:paper|work|study|article|report|letter"
              + "|position paper|survey|review|thesis)"
              + "|(?:Motivated|Inspired|Guided|Driven|Informed) by "
              + "(?:this|these|that|those|such|their)(?: [\\w-]+){0,3}"
              + "|(?:Building|Based|Drawing) (?:on|upon) "
              + "(?:this|these|that|those|such|their)(?: [\\w-]+){0,3}"
              // "As an effort to fill the gap, ", "To address these limitations, "
              + "|(?:(?:As|In) an (?:effort|attempt) to|To) (?:address|tackle|overcome|solve|bridge"
              + "|fill|close|mitigate|alleviate|remedy|rectify"
              + "|resolve|fix|handle|meet|answer|counter|circumvent|investigate|explore|study"
              + "|examine|understand|achieve|narrow|ease|avoid|eliminate|reduce) "
              + "(?:this|that|(?:these|those|such|both|the|this|that)(?: [\\w-]+){0,2} "
              + BACK_NOUN
              + "(?: and (?:[\\w-]+ ){0,2}"
              + BACK_NOUN
              + ")?)"
              // "To test our methodology, ": the method the summary put forward, tried
              + "|To (?:test|evaluate|validate|verify|assess) our (?:[\\w-]+ )?"
              + "(?:method|methodology|approach|framework|model|system)"
              + "|(?:To|In order to|Addressing|Recognizing|Recognising|Given|Considering|Noting"
              + "|Observing|Following|Despite|Unlike|Beyond|Rather than|Instead of|In light of"
              + "|In view of)\\b[^,.;:]{0,80}?\\b"
              + POINTING
              + "\\b(?: [\\w-]+){0,2})"
              + ",\\s+"
              + "|(?:Here|In this (?:paper|work|study|article))\\s+(?=we\\b))");

  /**
   * Words that still point back once the lead is gone: "we address this gap". Every alternative
   * starts a word with a letter, tested once before them all: tried at every character of every
   * sentence, each alternative testing for itself was most of a large survey's build.
   */
  private static final Pattern BACK_REFERENCE =
      Pattern.compile(
          "\\b(?=[a-z])(?:"
              + BACK_DETERMINER
              // not the paper itself: "this survey aims to ..." is no aim named before
              + "\\s+(?!(?:paper|work|study|article|report|survey|thesis)\\b)(?:[\\w-]+\\s+){0,2}?"
              + BACK_NOUN
              // a whole noun, not the start of a compound: "both model-free and ..."
              + "\\b(?!-)|another\\b|the (?:above|aforementioned)\\b|doing so\\b"
              + "|(?:bridge|fill|close) (?:the|this) gap\\b(?!\\s+(?:between|in|of|for)\\b)"
              // "such" before a noun points back; "such as" and "such that" do not
              + "|such\\s+(?!as\\b|that\\b)[\\w-]+"
              // "similar reasoning capabilities": similar to what the sentence before said
              + "|similar(?!\\s+to\\b)\\b"
              + "|why\\s*[.?]"
              // "This work answers the question affirmatively: ...": the one asked before
              + "|(?:answers?|address(?:es)?|tackles?) the question"
              + "(?=\\s+(?:affirmatively|negatively|positively|in the affirmative)\\b|\\s*:)"
              + "|(?:attribute|alleviate|address|tackle|solve|mitigate|overcome|remedy|fix"
              + "|explain|achieve|verify|exploit|leverage|answer|revisit)\\s+(?:it|them|this)\\b"
              + "(?!\\s+(?:paper|work|study)\\b)"
              + "|the (?:phenomen(?:on|a)|problems?|issues?|gap|challenges?|limitations?"
              + "|conflicts?)(?=\\s*[.,;])"
              // "which addresses the problem by ...": the problem the sentence before stated
              + "|(?:address(?:es)?|tackles?|solves?|mitigates?|overcomes?|alleviates?) the"
              + " (?:problems?|issues?|challenges?|limitations?|gap|conflicts?)(?=\\s+by\\b))",
          Pattern.CASE_INSENSITIVE);

  /** A demonstrative among the first {@link #EARLY_WORDS} words, not the paper itself. */
  private static final Pattern EARLY_DEMONSTRATIVE =
      Pattern.compile(
          "^(?:\\S+\\s+){0,"
              + (EARLY_WORDS - 1)
              + "}?(this|these|those)\\b(?!\\s+(?:paper|work|study|article|report|survey|thesis"
              + "|letter|chapter|manuscript|position paper|technical report|tutorial)\\b)",
          Pattern.CASE_INSENSITIVE);

  /** Where {@link #EARLY_DEMONSTRATIVE} may match: only a sentence with its words can. */
  private static final CuedPattern EARLY_DEMONSTRATIVE_CUED =
      new CuedPattern(EARLY_DEMONSTRATIVE, List.of("this", "these", "those"), false);

  /** The authors turning to what the sentence before said: "We aim to evaluate their ability". */
  private static final Pattern BACK_POSSESSIVE =
      Pattern.compile(
          "^(?:We|Our) (?:[\\w-]+ ){0,3}(?:their|its)\\b"
              + "|^(?:We|Our [\\w-]+) (?:also|additionally|further|then|next|finally|again"
              + "|therefore|thus|hence|consequently)\\b"
              + "|^(?:We|Our [\\w-]+) (?:[\\w-]+ ){0,2}that (?:it|this|they|these)\\b");

  /**
   * Not what the paper does: where its code is ("Our code is available at https://..."). Both
   * alternatives start with one of the letters looked ahead for, a cheaper test at every character.
   */
  private static final Pattern AVAILABILITY =
      Pattern.compile(
          "(?=[hiaw])(?:https?://|\\b(?:is|are|will be|has been|have been) (?:made )?(?:publicly |freely )?"
              + "(?:available|released|open-sourced)\\b)",
          Pattern.CASE_INSENSITIVE);

  /** The words every alternative of {@link #BACK_REFERENCE} starts with, in lower case. */
  private static final Set<String> BACK_WORDS =
      Set.of(
          "this",
          "these",
          "those",
          "such",
          "both",
          "the",
          "another",
          "doing",
          "bridge",
          "fill",
          "close",
          "similar",
          "why",
          "answer",
          "answers",
          "address",
          "addresses",
          "tackle",
          "tackles",
          "attribute",
          "alleviate",
          "solve",
          "solves",
          "mitigate",
          "mitigates",
          "overcome",
          "overcomes",
          "alleviates",
          "remedy",
          "fix",
          "explain",
          "achieve",
          "verify",
          "exploit",
          "leverage",
          "revisit");

  // Looked at before a word is lowered and looked up, which most words of a sentence are not: a
  // word lowered keeps its length and first letter where it can be one of BACK_WORDS.
  private static final int SHORTEST_BACK_WORD =
      BACK_WORDS.stream().mapToInt(String::length).min().orElseThrow();
  private static final int LONGEST_BACK_WORD =
      BACK_WORDS.stream().mapToInt(String::length).max().orElseThrow();
  private static final String BACK_WORD_STARTS =
      BACK_WORDS.stream()
          .map(w -> w.substring(0, 1))
          .distinct()
          .sorted()
          .collect(java.util.stream.Collectors.joining());

  /** What {@link #AVAILABILITY} cannot match without, in each case it may be written. */
  private static final List<String> AVAILABILITY_WORDS =
      List.of(
          "http",
          "Http",
          "HTTP",
          "vailable",
          "VAILABLE",
          "eleased",
          "ELEASED",
          "pen-sourced",
          "PEN-SOURCED",
          "pen-Sourced");

  /** A subordinate clause a trailing cut would leave open: "We show that while ...". */
  private static final Pattern OPEN_CLAUSE =
      Pattern.compile(
          "(?=[wtad])\\b(?:while|although|though|whereas|despite)\\b", Pattern.CASE_INSENSITIVE);

  /** A sentence whose subject is the sentence before: "This raises ...", "It ...". */
  private static final Pattern BACK_SUBJECT =
      Pattern.compile(
          "(?:This|These|That|Those|Such|It|They|Their|Its|Them|Both|Another|The latter"
              + "|For (?:instance|example)|In this context|To this front|Upon"
              + "|The former|The above)\\b(?!\\s+(?:paper|work|study|article|report|technical report"
              + "|thesis|survey|tutorial|position paper|chapter|manuscript|letter|research|project"
              + "|dissertation|review|note|essay|book|benchmark|dataset)\\b)");

  /** Where a trailing clause may be dropped: before ", ", " to ", " by ", " while " .... */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          ",\\s+|\\s+(?=(?:to|by|while|thereby|which|and thus|so as to|in order to|through)\\s)");

  /** A participle that its "to" completes, ending what a cut before "to" would keep. */
  private static final Pattern PARTICIPLE_BEFORE =
      Pattern.compile("\\b(?:[a-z]+ed|able|built|made)$");

  /** A word left alone after a comma once the participle after it went: "..., both". */
  private static final Pattern LONE_WORD_AFTER_COMMA = Pattern.compile(",\\s+[a-z]+$");

  private static final Pattern LOWER_WORD = Pattern.compile("[a-z]+\\b");
  private static final Pattern UPPER_WORD = Pattern.compile("[A-Z][a-z]+\\b");

  /** A name, a number or a quoted term after the first word: "We propose MathSE, ...". */
  private static final Pattern NAMES_SOMETHING =
      Pattern.compile("(?<=.)\\b[A-Z]|\\d|[\"\u201C]|\\b[a-z]+[A-Z]");

  /**
   * A first clause that only points back, then the authors' own: "We follow this line of work but
   * focus on ...", "We address this gap and propose ...", "We propose a unified view of these
   * methods and introduce Prefix-RFT, ...".
   */
  private static final Pattern BACK_CLAUSE =
      Pattern.compile(
          "(We|Our [\\w-]+|This (?:paper|work|study)) (?:[\\w-]+ ){1,5}?"
              + "(?:this|these|those|such|the (?:above|aforementioned)) (?:[\\w-]+ ){0,3}?"
              + "(?:but|and) (?:also |then |instead |rather )?([a-z].*)");

  /**
   * The authors answering what came before by a means that says what they do: "We answer these
   * questions by analyzing X", "This work addresses this gap by studying how ...", "We answer this
   * question, showing that ...", "We start this work by observing ...".
   */
  private static final Pattern BY_MEANS =
      Pattern.compile(
          "(We|This (?:paper|work|study)|Our (?:paper|work|study)) (?:[a-z]+ly )?"
              + "(?:(?:address|answer|tackle|fill|bridge|close|approach|investigate)(?:e?s|ed)? "
              + "(?:(?:this|these|those|the|that|such) (?:[\\w-]+ ){0,2}?"
              + BACK_NOUN
              + "|this|these|them|it)"
              + "|(?:start|begin)s?(?: this (?:work|paper|study))?)"
              + "(?: empirically| theoretically| formally)?"
              + "(?:,? by |, (?=(?:showing|demonstrating|proving|finding|revealing) that ))"
              + "([a-z]+)ing\\b");

  /**
   * A proposal whose purpose only points back, then what is proposed: "We propose to address these
   * issues with a refined version of dynamic data pruning, ...".
   */
  private static final Pattern BACK_PURPOSE =
      Pattern.compile(
          "(We|This (?:paper|work|study)) (proposes?) to (?:address|tackle|solve|overcome|mitigate"
              + "|alleviate|remedy|fix) (?:this|these|those|such|the above) (?:[\\w-]+ ){0,2}?"
              + "(?:issues?|problems?|limitations?|challenges?|gaps?|shortcomings?|drawbacks?)"
              + " (?:with|using|via|through) (?=(?:an?|the) )");

  private StandAlone() {}

  /**
   * The proposal without its purpose that only points back: "We propose to address these issues
   * with a refined version of X" reads "We propose a refined version of X", when that stands alone.
   */
  static Optional<String> withoutBackPurpose(String sentence) {
    if (sentence.indexOf("ropose") < 0) {
      return Optional.empty(); // a plain search first: most sentences propose nothing
    }
    Matcher m = BACK_PURPOSE.matcher(withoutLead(sentence));
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String s = withoutLead(sentence);
    return standalone(m.group(1) + " " + m.group(2) + " " + s.substring(m.end()));
  }

  /**
   * The sentence read as the means it gives, when that is a verb the voice knows and the rest
   * stands alone: "We answer these questions by analyzing the effect of rationales" reads "We
   * analyze the effect of rationales"; "This work addresses this gap by studying how ..." reads
   * "This work studies how ...". Only the form of the abstract's verb changes.
   */
  static Optional<String> byMeans(String sentence) {
    if (!sentence.contains(" by ") && !sentence.contains("ing that ")) {
      return Optional.empty(); // a plain search first: most sentences give no means
    }
    String s = withoutLead(sentence);
    Matcher m = BY_MEANS.matcher(s);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String base = baseOfIng(m.group(2));
    if (base == null) {
      return Optional.empty();
    }
    String verb = m.group(1).equals("We") ? base : SummaryVoice.thirdPersonOf(base);
    String read = m.group(1) + " " + verb + s.substring(m.end());
    // "We begin by introducing X, ..., each designed with both ..." loses a clause that points back
    return pointsBack(read) ? trimmed(read) : Optional.of(read);
  }

  /** "analyz" → "analyze", "study" → "study", "runn" → "run": a verb the voice knows, or null. */
  private static String baseOfIng(String stem) {
    for (String base :
        List.of(
            stem,
            stem + "e",
            stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                ? stem.substring(0, stem.length() - 1)
                : stem)) {
      if (SummaryVoice.isKnownVerb(base)) {
        return base;
      }
    }
    return null;
  }

  /**
   * The sentence read on its own: without a lead that only ties it to the one before, or empty when
   * it still points back.
   */
  static Optional<String> standalone(String sentence) {
    String s = withoutLead(sentence);
    return pointsBack(s) ? Optional.empty() : Optional.of(s);
  }

  /**
   * The sentence without its lead and without the trailing clause that points back ("..., to
   * address these limitations."), when what is left is long enough and stands alone.
   */
  static Optional<String> trimmed(String sentence) {
    String s = withoutLead(sentence);
    if (BACK_SUBJECT.matcher(s).lookingAt()) {
      return Optional.empty();
    }
    int back = backReference(s);
    Matcher early = EARLY_DEMONSTRATIVE.matcher(s);
    int at = back >= 0 ? back : s.length();
    if (early.lookingAt()) {
      at = Math.min(at, early.start(1));
    }
    int cut = -1;
    Matcher clause = CLAUSE_BREAK.matcher(s);
    boolean beforeParticiple = false;
    while (clause.find() && clause.start() < at) {
      cut = clause.start();
      // "a framework designed to bridge this gap" is one phrase: the cut goes before
      // "designed", not after it ("a framework designed."), as before "produced by"
      Matcher participle = PARTICIPLE_BEFORE.matcher(s).region(0, cut);
      beforeParticiple = s.charAt(cut) != ',' && participle.find();
      if (beforeParticiple) {
        cut = participle.start();
      }
    }
    if (cut < 0) {
      return Optional.empty();
    }
    String kept = s.substring(0, cut).strip();
    if (beforeParticiple) {
      // "..., both designed to manage the conflict" leaves no "..., both"
      kept = LONE_WORD_AFTER_COMMA.matcher(kept).replaceFirst("");
    }
    // "termed \"reflection-tuning,\" which ..." keeps its quote, not the comma inside it
    kept = COMMA_IN_QUOTE_END.matcher(STOP_END.matcher(kept).replaceAll("")).replaceAll("$1") + ".";
    // "We introduce LoRAMoE." names what the paper does; "We introduce a framework." does not
    if (cut < SHORTEST_TRIMMED && !namesSomething(kept)) {
      return Optional.empty();
    }
    return pointsBack(kept) || unbalanced(kept) || OPEN_CLAUSE.matcher(kept).find()
        ? Optional.empty()
        : Optional.of(kept);
  }

  /** Whether the sentence names something after its first word: a name, a number, a quote. */
  static boolean namesSomething(String sentence) {
    return NAMES_SOMETHING.matcher(sentence).find();
  }

  /**
   * The sentence without a first clause that only points back, when the authors go on to say what
   * they do: "We follow this line of work but focus on X" reads "We focus on X".
   */
  static Optional<String> withoutBackClause(String sentence) {
    Matcher m = BACK_CLAUSE.matcher(withoutLead(sentence));
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String s = m.group(1) + " " + m.group(2);
    return pointsBack(s) ? Optional.empty() : Optional.of(s);
  }

  /**
   * The part after a colon, when it is a sentence that stands alone ("We show how to use these
   * models to generate such evidence: inspired by ..., we use PLMs to ...").
   */
  static Optional<String> afterColon(String sentence) {
    int colon = sentence.indexOf(": ");
    if (colon < 0) {
      return Optional.empty();
    }
    String rest = sentence.substring(colon + 2).strip();
    if (!LOWER_WORD.matcher(rest).lookingAt() && !UPPER_WORD.matcher(rest).lookingAt()) {
      return Optional.empty();
    }
    return standalone(Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
  }

  /** The sentence without the leads that only tie it to the one before. */
  static String withoutLead(String sentence) {
    String s = sentence;
    for (int pass = 0; pass < 3; pass++) {
      Matcher lead = LEAD.matcher(s);
      if (!lead.lookingAt()) {
        break;
      }
      String rest = s.substring(lead.end());
      // capitalised only where that is certain: a plain lower-case word ("we", "our")
      if (!LOWER_WORD.matcher(rest).lookingAt()) {
        break;
      }
      s = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }
    return s;
  }

  /** Whether the sentence says where the paper's code or data is. */
  static boolean saysWhereItsCodeIs(String s) {
    return mayTellWhereCodeIs(s) && AVAILABILITY.matcher(s).find();
  }

  /**
   * Whether the sentence has a word {@link #AVAILABILITY} needs: a plain search, much cheaper than
   * the pattern tried at every character of every sentence read alone.
   */
  private static boolean mayTellWhereCodeIs(String s) {
    for (String word : AVAILABILITY_WORDS) {
      if (s.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence leans on one before it, or says where its code is. */
  static boolean pointsBack(String s) {
    return BACK_SUBJECT.matcher(s).lookingAt()
        || EARLY_DEMONSTRATIVE_CUED.start(s) >= 0 && EARLY_DEMONSTRATIVE.matcher(s).lookingAt()
        || BACK_POSSESSIVE.matcher(s).lookingAt()
        || saysWhereItsCodeIs(s)
        || backReference(s) >= 0;
  }

  /**
   * Where {@link #BACK_REFERENCE} first matches, or -1: tried only at the start of a word it can
   * start with, not at every word of every sentence read alone.
   */
  static int backReference(String s) {
    Matcher back = null;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i)) || i > 0 && isWordChar(s.charAt(i - 1))) {
        continue;
      }
      int end = i + 1;
      while (end < s.length() && Character.isLetter(s.charAt(end))) {
        end++;
      }
      if (end - i >= SHORTEST_BACK_WORD
          && end - i <= LONGEST_BACK_WORD
          && BACK_WORD_STARTS.indexOf(Character.toLowerCase(s.charAt(i))) >= 0
          && BACK_WORDS.contains(s.substring(i, end).toLowerCase(Locale.ROOT))) {
        back = back == null ? BACK_REFERENCE.matcher(s) : back;
        if (back.region(i, s.length()).lookingAt()) {
          return i;
        }
      }
      i = end - 1;
    }
    return -1;
  }

  private static boolean isWordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c); // as the pattern's \\b reads a word
  }

  /** A bracket or quote left open by dropping a clause. */
  static boolean unbalanced(String s) {
    long open = s.chars().filter(c -> c == '(').count();
    long close = s.chars().filter(c -> c == ')').count();
    long quotes = s.chars().filter(c -> c == '"').count();
    return open != close || quotes % 2 != 0;
  }
}
