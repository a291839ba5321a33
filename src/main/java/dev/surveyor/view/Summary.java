package dev.surveyor.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list item's summary of an abstract: one of its sentences, read on its own. Many abstracts open
 * on the field's state ("Large language models have shown remarkable ..."), which would summarise a
 * hundred papers alike; the first sentence whose main clause is the authors' ("we", "our method",
 * "this paper"; not "we have witnessed", "how can we") says what this one does. A sentence that
 * leans on the one before ("To address this, we propose ...") loses only a lead that carries no
 * content of its own ("To address this, ", "Thus, ", "In this paper, "); one that still points back
 * in a trailing clause ("..., to bridge this gap.") loses that clause when what is left is a
 * sentence of its own; one that points back otherwise ("We address this by ...") is not chosen. A
 * summary is never cut mid-clause: whole clauses of the abstract's sentence, however long.
 */
final class Summary {
  private static final int OPENING_SENTENCES = 12;
  private static final int SHORTEST = 40;
  // A sentence whose trailing clause was dropped keeps at least this much: "We introduce a
  // framework." says nothing.
  private static final int SHORTEST_TRIMMED = 45;
  // A demonstrative this early in a sentence points at the sentence before ("We leverage this
  // benchmark", "Our analysis of these datasets"); later it usually points inside the sentence
  // ("..., and we call this implicit instruction tuning").
  private static final int EARLY_WORDS = 10;

  /** The authors as the subject of the main clause: at the start, or after a lead and a comma. */
  private static final Pattern AUTHORS_SPEAK =
      Pattern.compile(
          "(?:^|[,:;]\\s+|\\bhere\\s+)(?:we|our\\b"
              + "|this (?:paper|work|study|article|report|survey|thesis|letter))\\b"
              + "|\\bthis (?:paper|work|study|article|report|survey|thesis)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "We" that is everyone, not the authors: "We have witnessed ...", "we still lack ...". */
  private static final Pattern GENERIC_WE =
      Pattern.compile(
          "\\bwe (?:(?:have|had) )?(?:still )?(?:witness(?:ed)?|seen|saw|lack|often|usually|all"
              + "|humans|know)\\b",
          Pattern.CASE_INSENSITIVE);

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
          + "|Specifically|Concretely|In particular|In response|Furthermore|Moreover|Additionally"
          + "|In addition|Further|Besides|With this in mind|Against this backdrop|For this reason"
          + "|In light of this|Given this|First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Finally|Lastly"
          + "|Then|Next|Notably|Importantly|Crucially|Here(?:in)?";

  /** The words of an introductory phrase that make it point back: "To address these, ". */
  private static final String POINTING = "(?:this|these|those|such|that|them|it)";

  /**
   * A lead that says nothing a reader loses: a connective ("Thus, ", "However, "), the paper
   * pointing at itself ("In this paper, "), or a clause that only points back ("To address these
   * limitations, ", "Motivated by these findings, ", "Recognizing this, ").
   */
  private static final Pattern LEAD =
      Pattern.compile(
          "(?:(?:"
              + CONNECTIVE
              + "|In this (?:paper|work|study|article|report|letter"
              + "|position paper|survey|thesis)"
              + "|(?:Motivated|Inspired|Guided|Driven|Informed) by "
              + "(?:this|these|that|those|such|their)(?: [\\w-]+){0,3}"
              + "|(?:Building|Based|Drawing) (?:on|upon) "
              + "(?:this|these|that|those|such|their)(?: [\\w-]+){0,3}"
              + "|To (?:address|tackle|overcome|solve|bridge|fill|close|mitigate|alleviate|remedy"
              + "|resolve|fix|handle|meet|answer|counter|circumvent|investigate|explore|study"
              + "|examine|understand|achieve|narrow|ease|avoid|eliminate|reduce) "
              + "(?:this|that|(?:these|those|such|both|the|this|that)(?: [\\w-]+){0,2} "
              + BACK_NOUN
              + "(?: and (?:[\\w-]+ ){0,2}"
              + BACK_NOUN
              + ")?)"
              + "|(?:To|In order to|Addressing|Recognizing|Recognising|Given|Considering|Noting"
              + "|Observing|Following|Despite|Unlike|Beyond|Rather than|Instead of|In light of"
              + "|In view of)\\b[^,.;:]{0,80}?\\b"
              + POINTING
              + "\\b(?: [\\w-]+){0,2})"
              + ",\\s+"
              + "|(?:Here|In this (?:paper|work|study|article))\\s+(?=we\\b))");

  /** Words that still point back once the lead is gone: "we address this gap". */
  private static final Pattern BACK_REFERENCE =
      Pattern.compile(
          "\\b"
              + BACK_DETERMINER
              + "\\s+(?:[\\w-]+\\s+){0,2}?"
              + BACK_NOUN
              + "\\b|\\banother\\b|\\bthe (?:above|aforementioned)\\b|\\bdoing so\\b"
              + "|\\b(?:bridge|fill|close) (?:the|this) gap\\b(?!\\s+(?:between|in|of|for)\\b)"
              // "such" before a noun points back; "such as" and "such that" do not
              + "|\\bsuch\\s+(?!as\\b|that\\b)[\\w-]+"
              // "similar reasoning capabilities": similar to what the sentence before said
              + "|\\bsimilar(?!\\s+to\\b)\\b"
              + "|\\bwhy\\s*[.?]"
              + "|\\b(?:attribute|alleviate|address|tackle|solve|mitigate|overcome|remedy|fix"
              + "|explain|achieve|verify|exploit|leverage|answer|revisit)\\s+(?:it|them|this)\\b"
              + "(?!\\s+(?:paper|work|study)\\b)"
              + "|\\bthe (?:phenomen(?:on|a)|problems?|issues?|gap|challenges?|limitations?)"
              + "(?=\\s*[.,;])",
          Pattern.CASE_INSENSITIVE);

  /** A demonstrative among the first {@link #EARLY_WORDS} words, not the paper itself. */
  private static final Pattern EARLY_DEMONSTRATIVE =
      Pattern.compile(
          "^(?:\\S+\\s+){0,"
              + (EARLY_WORDS - 1)
              + "}?(this|these|those)\\b(?!\\s+(?:paper|work|study|article|report|survey|thesis"
              + "|letter|chapter|manuscript|position paper|technical report|tutorial)\\b)",
          Pattern.CASE_INSENSITIVE);

  /** The authors turning to what the sentence before said: "We aim to evaluate their ability". */
  private static final Pattern BACK_POSSESSIVE =
      Pattern.compile(
          "^(?:We|Our) (?:[\\w-]+ ){0,3}(?:their|its)\\b"
              + "|^(?:We|Our [\\w-]+) (?:also|additionally|further|then|next|finally|again"
              + "|therefore|thus|hence|consequently)\\b"
              + "|^(?:We|Our [\\w-]+) (?:[\\w-]+ ){0,2}that (?:it|this|they|these)\\b");

  /** Not what the paper does: where its code is ("Our code is available at https://..."). */
  private static final Pattern AVAILABILITY =
      Pattern.compile(
          "https?://|\\b(?:is|are|will be|has been|have been) (?:made )?(?:publicly |freely )?"
              + "(?:available|released|open-sourced)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A sentence that is all question: "How can we ...?" */
  private static final Pattern QUESTION =
      Pattern.compile(
          "^(?:How|What|Why|When|Which|Who|Whether|Can|Could|Do|Does|Is|Are|Should|Would|Will)\\b"
              + ".*\\?$");

  /** The authors reporting what they found, supposed or asked, not what they did. */
  private static final Pattern NOT_THE_METHOD =
      Pattern.compile(
          "(?:Here,? )?(?:we (?:first |also )?(?:find|found|discover|discovered|hypothesi[sz]e|observe|observed|ask"
              + "|asked|argue|posit|conjecture|notice|suspect|wonder|believe"
              + "|consider a (?:new )?question)"
              + "|our (?:analysis|experiments?|results?|findings?|study) (?:also )?(?:shows?"
              + "|reveals?|finds?|suggests?|indicates?|calls? for|underscores?|highlights?))\\b",
          Pattern.CASE_INSENSITIVE);

  /** Shorter than this, a sentence has to name something to say what the paper does. */
  private static final int SPECIFIC = 70;

  /** A name, a number or a quoted term after the first word: "We propose MathSE, ...". */
  private static final Pattern NAMES_SOMETHING =
      Pattern.compile("(?<=.)\\b[A-Z]|\\d|[\"\u201C]|\\b[a-z]+[A-Z]");

  /** "a analysis": a word the capture dropped between them. */
  private static final Pattern ARTICLE_BEFORE_VOWEL =
      Pattern.compile("\\b[Aa] (?!one\\b|uni|use|usu|eu|Eu)[aeioAEIO][a-z]");

  /** "such" before a noun. */
  private static final Pattern SUCH_NOUN = Pattern.compile("\\bsuch (?!as\\b|that\\b)(?=[\\w-])");

  /** A subordinate clause a trailing cut would leave open: "We show that while ...". */
  private static final Pattern OPEN_CLAUSE =
      Pattern.compile("\\b(?:while|although|though|whereas|despite)\\b", Pattern.CASE_INSENSITIVE);

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

  private static final String CLOSERS = "\"'\u201D\u2019)";
  private static final Pattern LOWER_WORD = Pattern.compile("[a-z]+\\b");
  private static final List<String> ABBREVIATIONS =
      List.of("al.", "e.g.", "i.e.", "vs.", "Fig.", "Eq.", "cf.", "approx.");

  private Summary() {}

  /**
   * The first opening sentence where the authors speak that stands on its own, or does once a
   * trailing clause that points back is dropped; else the first such question ("How can we ...?");
   * else the first sentence that stands alone, else the first sentence as written.
   */
  static String of(String abstractText) {
    return Acronyms.expanded(chosen(abstractText), abstractText);
  }

  /** The summary in the abstract's own words, before its acronyms are spelled out. */
  static String chosen(String abstractText) {
    List<String> sentences = sentences(abstractText, OPENING_SENTENCES);
    if (sentences.isEmpty()) {
      return abstractText.strip();
    }
    List<Optional<String>> alone = sentences.stream().map(Summary::standalone).toList();
    String best = null;
    int least = Integer.MAX_VALUE;
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      Optional<String> chosen = alone.get(i).or(() -> trimmed(sentence));
      if (chosen.isPresent() && speaks(chosen.get()) && !QUESTION.matcher(chosen.get()).matches()) {
        if (i + 1 < sentences.size()
            && alone.get(i + 1).isPresent()
            && !NOT_THE_METHOD.matcher(alone.get(i + 1).get()).lookingAt()
            && vague(chosen.get())) {
          // "We introduce a simple disperse-then-merge framework." says what only with the next
          chosen = Optional.of(chosen.get() + " " + alone.get(i + 1).get());
        }
        int weakness = weakness(chosen.get());
        if (weakness < least) {
          best = chosen.get();
          least = weakness;
        }
      }
    }
    if (best != null) {
      return best;
    }
    for (Optional<String> sentence : alone) {
      if (sentence.isPresent() && speaks(sentence.get())) {
        return sentence.get();
      }
    }
    // "We propose a method for equipping LLMs with such thinking abilities": without "such" it
    // still says what the paper does, which the background before it does not
    for (String sentence : sentences) {
      String plain = SUCH_NOUN.matcher(withoutLead(sentence)).replaceFirst("");
      if (speaks(plain) && !pointsBack(plain) && !QUESTION.matcher(plain).matches()) {
        return plain;
      }
    }
    return alone.stream().flatMap(Optional::stream).findFirst().orElse(sentences.get(0));
  }

  /**
   * How far a sentence where the authors speak falls short of saying what the paper does: it
   * reports a finding or a hypothesis, not the method ("We find that ...", "We hypothesize ...");
   * it is a short fragment that names nothing ("We conduct a systematic empirical evaluation."); it
   * leans on an acronym the abstract never spells out; the capture damaged it ("a analysis"). The
   * least weak of the opening sentences is the summary, the earliest of equals.
   */
  static int weakness(String sentence) {
    int weakness = 0;
    if (NOT_THE_METHOD.matcher(sentence).lookingAt()) {
      weakness += 2;
    }
    if (vague(sentence)) {
      weakness += 2;
    }
    if (ARTICLE_BEFORE_VOWEL.matcher(sentence).find()) {
      weakness += 1;
    }
    return weakness;
  }

  /** A short sentence that names nothing: "We conduct a systematic empirical evaluation." */
  private static boolean vague(String sentence) {
    return sentence.length() < SPECIFIC && !NAMES_SOMETHING.matcher(sentence).find();
  }

  /** Whether the authors are the main clause's subject, not everyone ("we have witnessed"). */
  static boolean speaks(String sentence) {
    return AUTHORS_SPEAK.matcher(sentence).find() && !GENERIC_WE.matcher(sentence).find();
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
    Matcher back = BACK_REFERENCE.matcher(s);
    Matcher early = EARLY_DEMONSTRATIVE.matcher(s);
    int at = back.find() ? back.start() : s.length();
    if (early.find()) {
      at = Math.min(at, early.start(1));
    }
    int cut = -1;
    Matcher clause = CLAUSE_BREAK.matcher(s);
    while (clause.find() && clause.start() < at) {
      cut = clause.start();
    }
    if (cut < SHORTEST_TRIMMED) {
      return Optional.empty();
    }
    String kept = s.substring(0, cut).strip();
    kept = kept.replaceAll("[,;:]$", "") + ".";
    return pointsBack(kept) || unbalanced(kept) || OPEN_CLAUSE.matcher(kept).find()
        ? Optional.empty()
        : Optional.of(kept);
  }

  private static String withoutLead(String sentence) {
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

  private static boolean pointsBack(String s) {
    return BACK_SUBJECT.matcher(s).lookingAt()
        || AVAILABILITY.matcher(s).find()
        || BACK_REFERENCE.matcher(s).find()
        || EARLY_DEMONSTRATIVE.matcher(s).find()
        || BACK_POSSESSIVE.matcher(s).find();
  }

  /** A bracket or quote left open by dropping a clause. */
  private static boolean unbalanced(String s) {
    long open = s.chars().filter(c -> c == '(').count();
    long close = s.chars().filter(c -> c == ')').count();
    long quotes = s.chars().filter(c -> c == '"').count();
    return open != close || quotes % 2 != 0;
  }

  /**
   * The first {@code most} sentences: each ends at '.', '!' or '?' after at least 40 characters,
   * followed by spaces and a capital or '(', or at the end of the text or a line; an abbreviation
   * ("et al.", "e.g.") ends none.
   */
  static List<String> sentences(String text, int most) {
    List<String> out = new ArrayList<>();
    int start = skipSpaces(text, 0);
    int points = 0;
    int i = start;
    while (i < text.length() && out.size() < most) {
      char c = text.charAt(i);
      int next = i + Character.charCount(text.codePointAt(i));
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        addSentence(out, text.substring(start, i));
        start = skipSpaces(text, next);
        i = start;
        points = 0;
        continue;
      }
      points++;
      int end = points > SHORTEST && (c == '.' || c == '!' || c == '?') ? sentenceEnd(text, i) : -1;
      if (end > 0) {
        addSentence(out, text.substring(start, end));
        start = skipSpaces(text, end);
        i = start;
        points = 0;
        continue;
      }
      i = next;
    }
    if (out.size() < most && start < text.length()) {
      addSentence(out, text.substring(start));
    }
    return out;
  }

  private static void addSentence(List<String> out, String sentence) {
    String s = sentence.strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
  }

  /** Where a sentence whose stop is at {@code stop} ends, closing quotes included; -1 if not. */
  private static int sentenceEnd(String text, int stop) {
    for (String abbreviation : ABBREVIATIONS) {
      int from = stop + 1 - abbreviation.length();
      if (from >= 0
          && text.startsWith(abbreviation, from)
          && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
        return -1;
      }
    }
    int closed = stop + 1;
    while (closed < text.length() && CLOSERS.indexOf(text.charAt(closed)) >= 0) {
      closed++;
    }
    int next = skipSpaces(text, closed);
    if (next == text.length()) {
      return closed;
    }
    char after = text.charAt(next);
    if (next == closed) {
      // a capture that lost the space after a stop: "in natural languages.To begin, we"
      boolean glued = closed == stop + 1 && text.charAt(stop) == '.' && gluedSentence(text, stop);
      return glued ? closed : -1;
    }
    return (after >= 'A' && after <= 'Z') || after == '(' ? closed : -1;
  }

  /** Two lower-case letters, a stop, then a capital and a lower-case letter. */
  private static boolean gluedSentence(String text, int stop) {
    return stop >= 2
        && stop + 3 <= text.length()
        && Character.isLowerCase(text.charAt(stop - 1))
        && Character.isLowerCase(text.charAt(stop - 2))
        && Character.isUpperCase(text.charAt(stop + 1))
        && Character.isLowerCase(text.charAt(stop + 2));
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Java's {@code \\s}: ASCII white space only. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
