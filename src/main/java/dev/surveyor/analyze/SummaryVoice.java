package dev.surveyor.analyze;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chosen summary in one voice, the curators': what the paper does, in the third person ("We
 * propose X, which ..." reads "Proposes X, which ..."; "This paper investigates ..." reads
 * "Investigates ..."; "Our results show that ..." reads "Shows that ..."), without a leading clause
 * that leans on the abstract left out ("In pursuit of the best of both worlds, we study ..." reads
 * "Studies ..."). Only grammar changes: the subject is dropped and its verb agreed; no word of the
 * abstract is replaced by another. Where that is not certain (a verb not known here, a subject that
 * is not the authors, "and learn" that may or may not share the subject) the sentence stays as
 * written.
 */
final class SummaryVoice {
  /**
   * Verbs the authors put before what they did, in the base form. A verb not here keeps the
   * sentence as written: its third person or its being a verb at all is not certain.
   */
  private static final Set<String> VERBS =
      Set.of(
          "ablate",
          "activate",
          "achieve",
          "adapt",
          "address",
          "adopt",
          "advocate",
          "aim",
          "align",
          "analyse",
          "analyze",
          "answer",
          "apply",
          "ask",
          "argue",
          "begin",
          "assess",
          "augment",
          "automate",
          "benchmark",
          "bridge",
          "build",
          "categorize",
          "characterize",
          "clarify",
          "collect",
          "combine",
          "compare",
          "compile",
          "conduct",
          "confirm",
          "consider",
          "construct",
          "contend",
          "contribute",
          "create",
          "curate",
          "decompose",
          "deepen",
          "define",
          "deliver",
          "delve",
          "demonstrate",
          "derive",
          "describe",
          "design",
          "detail",
          "develop",
          "devise",
          "discover",
          "discuss",
          "disperse",
          "distill",
          "document",
          "draw",
          "elicit",
          "employ",
          "enable",
          "enhance",
          "establish",
          "estimate",
          "evaluate",
          "examine",
          "expand",
          "experiment",
          "explain",
          "exploit",
          "explore",
          "expose",
          "extend",
          "extract",
          "find",
          "fine-tune",
          "finetune",
          "focus",
          "formalize",
          "formalise",
          "formulate",
          "frame",
          "generalize",
          "highlight",
          "identify",
          "illustrate",
          "implement",
          "improve",
          "incorporate",
          "indicate",
          "inject",
          "instantiate",
          "interpret",
          "introduce",
          "investigate",
          "learn",
          "leverage",
          "make",
          "measure",
          "model",
          "note",
          "observe",
          "obtain",
          "offer",
          "outline",
          "perform",
          "pioneer",
          "plot",
          "posit",
          "prepare",
          "present",
          "pretrain",
          "pre-train",
          "probe",
          "propose",
          "prove",
          "provide",
          "publish",
          "put",
          "quantify",
          "re-examine",
          "reexamine",
          "reframe",
          "reinterpret",
          "release",
          "rely",
          "report",
          "reproduce",
          "revisit",
          "reveal",
          "review",
          "scale",
          "seek",
          "show",
          "simulate",
          "start",
          "state",
          "strive",
          "study",
          "suggest",
          "summarize",
          "summarise",
          "survey",
          "synthesize",
          "systematize",
          "tackle",
          "take",
          "test",
          "theorize",
          "train",
          "uncover",
          "underscore",
          "undertake",
          "unify",
          "unlock",
          "use",
          "utilize",
          "validate",
          "vary",
          "verify",
          "view");

  /** Past tenses not made by adding "-ed" or "-d". */
  private static final Map<String, String> IRREGULAR_PAST =
      Map.of(
          "found", "find",
          "built", "build",
          "drew", "draw",
          "sought", "seek",
          "undertook", "undertake",
          "made", "make",
          "took", "take",
          "began", "begin",
          "ran", "run",
          "put", "put");

  /** Every form of a known verb after "we" or "this paper": base, third person, past. */
  private static final Map<String, String> BASE = forms();

  /** Verbs a reported result may open on: "Our results show that ...". */
  private static final Set<String> REPORTING =
      Set.of(
          "show",
          "reveal",
          "demonstrate",
          "suggest",
          "indicate",
          "confirm",
          "highlight",
          "uncover",
          "establish",
          "find",
          "underscore");

  /** A word between the subject and its verb: "We systematically study", "We first design". */
  private static final String ADVERB =
      "(?:(?!(?:apply|rely|reply|supply|comply|multiply|imply)\\b)[a-z]+ly|first|also|further"
          + "|then|now|next|finally|here|hence|thus|therefore|for the first time)";

  /**
   * An adverb that places the sentence among others, or a claim of priority ("We for the first time
   * propose"), which before the verb would read "For the first time proposes": dropped with the
   * subject.
   */
  private static final Pattern SEQUENCE =
      Pattern.compile(
          "(?:\\bfor the first time|\\b(?:first|then|next|finally|further|also|additionally"
              + "|subsequently|specifically|initially|now|here)) ");

  /**
   * The authors as the subject at a sentence's start, then up to two adverbs, then a word. "Our
   * results", "Our red teaming studies" and the like only report; "our method", "our approach" are
   * not the authors.
   */
  private static final Pattern SUBJECT =
      Pattern.compile(
          "(?:Here,? )?(?:(We)|(This (?:paper|work|study|survey|article|report|thesis|letter"
              + "|position paper|technical report|tutorial))|(Our (?:work|study|paper|research"
              + "|survey|investigation))|(Our (?:(?:[a-z]+ ){0,2}?"
              + "(?:results|experiments|analysis|analyses|findings|evaluations?|studies)"
              + "|experimental results)))"
              + " ((?:"
              + ADVERB
              + " ){0,2})"
              + "([a-z][a-z-]*)\\b");

  /** The paper as a first sentence's subject: "This survey synthesizes ...". */
  private static final Pattern PAPER =
      Pattern.compile(
          "(?:This (?:paper|work|study|survey|article|report|thesis|letter|position paper"
              + "|technical report|tutorial)|Our (?:work|study|paper|survey)) ");

  /** A third-person sentence's start: an adverb at most, then its verb. */
  private static final Pattern VOICED_START =
      Pattern.compile("(?:[A-Z][a-z]+ly )?([A-Za-z][a-z-]*)\\b");

  /** "It" and a verb in the third person: the paper, when the sentence before was its. */
  private static final Pattern IT = Pattern.compile("It ([a-z][a-z-]*)\\b");

  /** "We", "we" again later on: "..., and we show that ...", "...; we then ...". */
  private static final Pattern WE_AGAIN =
      Pattern.compile(
          "(, and|; and|,? and then| and|;|:) we ((?:" + ADVERB + " ){0,2})([a-z][a-z-]*)\\b");

  /** A known verb's base form after "and", "or", ", then": shared with the subject, or not. */
  private static final Pattern AND_VERB =
      Pattern.compile(
          "(?=[, ])(,? (?:and|or|and then)(?: " + ADVERB + ")? |, then )([a-z][a-z-]*)\\b");

  /**
   * What comes between a verb and a later base form that makes the latter not the subject's: "to"
   * before a verb, not the preposition ("apply the method to Alpaca data and achieve ...").
   */
  private static final Pattern BLOCKER =
      Pattern.compile(
          "\\b(?:to(?! (?:(?:the|a|an|its|their|this|these)\\b|[A-Z\\d]))|can|could|may|might|will|would"
              + "|should|must|that|which|who|whose|where|how|what|whether|we|helps?|lets?|makes?|not"
              + "|do|does|did)\\b");

  /**
   * Verbs of what the authors put forward: after "to ... and", as likely the subject's as the
   * infinitive's.
   */
  private static final Set<String> PUTS_FORWARD =
      Set.of("propose", "introduce", "present", "release", "develop", "design", "build", "create");

  /** A comma right after the verb, before the name put forward: "we propose, Code Generation". */
  private static final Pattern STRAY_COMMA = Pattern.compile(", (?=[A-Z][a-z]+ [A-Z])");

  /**
   * Verbs whose "to" begins their own object: "aim to show X and demonstrate that" is the aim's.
   */
  private static final Set<String> TAKES_INFINITIVE =
      Set.of("aim", "seek", "strive", "begin", "start", "rely", "make", "take");

  /** Verbs of the authors' own case, which a report may go on with: "..., and argue that". */
  private static final Set<String> ARGUING =
      Set.of("argue", "conclude", "contend", "posit", "hypothesize", "propose", "note");

  /** A clause set off by a comma, which ends at the next: ", which is to induce rules, ". */
  private static final Pattern RELATIVE = Pattern.compile(", (?:which|where|who|whose) ");

  /** What the object of a verb opens on: "and show that ...", "and release the data". */
  private static final Pattern OBJECT_START =
      Pattern.compile(
          " (?:the|a|an|that|how|whether|why|what|which|its|their|our|it|them|this|these|those"
              + "|both|each|all|several|multiple|various|many|diverse|different|new|two|three|four"
              + "|five|more|[A-Z]|\\d)");

  /**
   * A leading clause that sets the scene the abstract gave before, or contrasts with it: dropped
   * when the rest says what the paper does ("Since interventional data is costly to generate, we
   * study ...", "In pursuit of the best of both worlds, we study ...", "While many fine-tuning
   * algorithms exist, here we consider ...").
   */
  private static final Pattern SCENE =
      Pattern.compile(
          "(?:Since|Given|In pursuit of|In contrast to|Contrary to|Unlike|While|Whereas|Although"
              + "|Though|With the observation|Targeting|Despite)\\b");

  /**
   * A leading purpose or source clause: dropped only when it points at what the abstract said
   * before ("To ease the learning burden of the policy, ", "To further enhance ...", "Inspired by
   * the recent successes in ..."); "To reduce memory, we ..." stands alone and stays.
   */
  private static final Pattern PURPOSE =
      Pattern.compile(
          "(?:To|In order to|Inspired by|Motivated by|Drawing (?:from|on|upon)|Building (?:on"
              + "|upon))\\b");

  private static final Pattern POINTING =
      Pattern.compile(
          "\\b(?:the|this|these|those|such|both|its|their|it|them|further|better|more|other)\\b");

  /** Where the lead ends and the authors begin: ", we", ", here we", ", this paper". */
  private static final Pattern AUTHORS_AFTER_COMMA =
      Pattern.compile(
          ", (?=(?:here )?we |this (?:paper|work|study|survey|article|report|thesis) )");

  /**
   * A closing apposition that only praises the topic: "This survey synthesizes recent advancements
   * in logical reasoning within LLMs, a critical area of AI research."
   */
  private static final Pattern PRAISE =
      Pattern.compile(
          ", (?:a|an) (?:[a-z]+ )?(?:critical|crucial|key|important|fundamental|active|emerging"
              + "|growing|promising|vital|central|pivotal|significant|hot|thriving|burgeoning)"
              + " (?:[a-z-]+ )?(?:area|field|topic|domain|direction|frontier)"
              + "(?: (?:of|in|for|within) [^,;:()]*)?\\.$");

  /**
   * A contrast lead before the authors' report: "While X, we first demonstrate that Y" reads "We
   * first demonstrate that, while X, Y", whose "Y" may point at the lead ("these patterns").
   */
  private static final Pattern CONTRAST_REPORT =
      Pattern.compile(
          "(While|Although|Though|Whereas|Despite) ([^;:]+?), (?:here )?(we|[Oo]ur (?:results"
              + "|experiments|findings|analysis|analyses)) ((?:"
              + ADVERB
              + " ){0,2})([a-z]+) that (?=[a-z\"'\u201C])");

  /** A sentence the authors still speak in: "We use ...", "Our method, CoA, trains ...". */
  private static final Pattern WE_START = Pattern.compile("(?:We|Our)\\b");

  /**
   * The authors speaking in the first person anywhere in a text, "to our knowledge" too: the one
   * test of "we", "our", "us" for the voice, {@link InnerWe} and the checks of what lists show.
   */
  static final Pattern AUTHORS = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|[Uu]s)\\b");

  /** "Our" opening a first sentence, before a word or a name: "Our study", "Our ILLUME". */
  private static final Pattern OPENING_OUR = Pattern.compile("Our (?=[A-Za-z])");

  /**
   * "Our" opening the main clause after a lead that has no "we" in it: "During inference, our
   * proposed approach ...".
   */
  private static final Pattern OUR_AFTER_LEAD =
      Pattern.compile("([A-Z](?:(?!\\b[Ww]e\\b)[^,;:()]){0,80}?, )our (?=[a-z])");

  /** The kind of thing before its name, after "our": "proposed approach called ". */
  private static final Pattern KIND_BEFORE_NAME =
      Pattern.compile(
          "(?:proposed |new |novel )?(?:approach|method|framework|model|technique|system|algorithm"
              + "|pipeline|strategy),? (?:called|named|dubbed|termed) (?=[A-Z])");

  /** "Our method leverages ..." after a sentence in the third person reads "The method ...". */
  private static final Pattern OUR_THING = Pattern.compile("Our (?=[a-z]+[ ,])");

  /**
   * "our" inside a sentence in the third person: "Experiments show that our method ..." reads
   * "Experiments show that the method ...", "Among our findings: ..." reads "Among the findings:
   * ...", as "Our method ..." reads "The method ..."; not in "to our knowledge", "our own".
   */
  private static final Pattern OUR_INSIDE =
      Pattern.compile("(?<=[A-Za-z,;:] )our (?!(?:knowledge|best|own)\\b)(?=[a-z])");

  /** A summary ended before a sentence in the authors' voice says enough with this many words. */
  private static final int ENOUGH = 12;

  /** The rest after a dropped lead is this long at least: the contribution, not a fragment. */
  private static final int FEWEST_WORDS_LEFT = 6;

  private SummaryVoice() {}

  /**
   * The summary, each of its sentences in the third person where the authors are its subject. When
   * its first sentence keeps its voice (background, a question, a verb not known here), so does the
   * rest: one voice in a summary.
   */
  static String of(String summary) {
    // most summaries are one sentence: no stop before a space, no need to cut them
    if (summary.indexOf(". ") < 0 && summary.indexOf("? ") < 0 && summary.indexOf("! ") < 0) {
      return sentence(summary);
    }
    List<String> sentences = Sentences.of(summary, 4);
    if (sentences.size() <= 1) {
      return sentence(summary);
    }
    String first = sentence(sentences.get(0));
    if (first.equals(sentences.get(0))) {
      return summary;
    }
    boolean paperSpoke = PAPER.matcher(sentences.get(0)).lookingAt();
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int i = 0; i < sentences.size(); i++) {
      String s = sentences.get(i);
      int at = summary.indexOf(s, from);
      if (at < 0) {
        return summary; // a stop the sentence cutter put back: the summary stays as written
      }
      String voiced = i == 0 ? first : following(s, paperSpoke);
      if (i > 0 && authorsSpeakIn(voiced)) {
        // "Proposes X. We use ..." or "Proposes X. In the first stage, we ..." would mix two
        // voices: what came first says enough
        return out.toString();
      }
      out.append(summary, from, at).append(voiced);
      from = at + s.length();
    }
    return out.append(summary.substring(from)).toString();
  }

  /**
   * A sentence after the first, in the third person: without a connective that only tied it to the
   * one before ("Specifically, we pre-train ..." reads "Pre-trains ..."); "It outlines ..." where
   * the first sentence's subject was the paper reads "Outlines ..."; "our method" inside it reads
   * "the method". As written when neither is certain.
   */
  private static String following(String s, boolean paperSpoke) {
    String voiced = voicedFollowing(s, paperSpoke);
    return InnerWe.voiced(ourAsThe(voiced));
  }

  /** The sentence with its subject in the third person, where that is certain. */
  private static String voicedFollowing(String s, boolean paperSpoke) {
    Matcher it = IT.matcher(s);
    if (paperSpoke && it.lookingAt()) {
      String base = BASE.get(it.group(1));
      if (base != null && it.group(1).equals(thirdPersonOf(base))) {
        return thirdPerson("This paper " + s.substring(3)).orElse(s);
      }
    }
    Optional<String> voiced = thirdPerson(s);
    if (voiced.isPresent()) {
      return voiced.get();
    }
    Matcher our = OUR_THING.matcher(s);
    if (our.lookingAt() && !authorsSpeakIn(s.substring(our.end()))) {
      return "The " + s.substring(our.end());
    }
    String plain = StandAlone.withoutLead(s);
    // "To reduce reward noise, we construct ..." reads "Constructs ..., to reduce reward noise"
    return thirdPerson(plain)
        .or(() -> leadAfter(plain).flatMap(SummaryVoice::thirdPerson))
        .orElse(s);
  }

  /**
   * Whether the sentence goes on about the paper that was the subject of the one sentence before
   * it: "This report examines X." then "It outlines Y." (read "Outlines Y.", as {@link #of} voices
   * it). Only after a single sentence, so that "It" can be nothing else the summary names.
   */
  static boolean paperGoesOn(String summary, String following) {
    if (!PAPER.matcher(summary).lookingAt() || Sentences.of(summary, 2).size() != 1) {
      return false;
    }
    Matcher it = IT.matcher(following);
    if (!it.lookingAt()) {
      return false;
    }
    String base = BASE.get(it.group(1));
    return base != null && it.group(1).equals(thirdPersonOf(base));
  }

  /**
   * Whether the text, put in the third person where that is certain, still opens in the authors'
   * voice ("Our research is motivated by ...", "We introduce X, ..., and test ...").
   */
  static boolean staysFirstPerson(String text) {
    List<String> sentences = Sentences.of(text, 1);
    String first = sentences.isEmpty() ? text : sentences.get(0);
    return WE_START.matcher(first).lookingAt() && thirdPerson(first).isEmpty();
  }

  /**
   * Whether the summary with the sentence added reads in one voice: a summary the voice pass puts
   * in the third person ("Proposes X.") takes a sentence only where the authors do not speak in it
   * once voiced ("Shows that ...", "Experiments demonstrate ..."), not "Through experiments, we
   * demonstrate that our ...".
   */
  static boolean oneVoice(String summary, String added) {
    String voiced = of(summary);
    if (voiced.equals(summary)) {
      return true; // kept in the authors' voice: the added sentence may keep it too
    }
    String both = of(summary + " " + added);
    return both.startsWith(voiced)
        && both.length() > voiced.length()
        && !authorsSpeakIn(both.substring(voiced.length()));
  }

  /**
   * Whether the sentence after the summary would open in the authors' voice where the summary reads
   * in the third person: "Ablates image inputs during long-chain reasoning. We truncate ...".
   */
  static boolean goesOnAsAuthors(String summary, String following) {
    String voiced = of(summary);
    if (voiced.equals(summary)) {
      return false;
    }
    String both = of(summary + " " + following);
    if (!both.startsWith(voiced)) {
      return true;
    }
    String rest = both.substring(voiced.length()).strip();
    // "Proposes X. In the first stage, we ..." mixes two voices too; a sentence the voice pass
    // leaves out for it is none to go on with
    return rest.isEmpty() || authorsSpeakIn(rest);
  }

  /**
   * The object of a voiced first sentence's verb, "our study" in "We present our study using X",
   * reads "a study": "the study" would point at one the list never showed.
   */
  private static final Pattern OWN_OBJECT =
      Pattern.compile(
          "((?:[A-Z][a-z]+ly )?[A-Z][a-z]+s (?:on )?)our (?=(?:study|system|submission|approach"
              + "|investigation|analysis|framework|method|model|participation|experience|team's"
              + "|contribution|solution|entry|exploration|attempt)\\b)");

  /** The text with "our" after its opening verb read "a" or "an": "Presents a study using X". */
  static String ownObjectAsArticle(String voiced) {
    Matcher m = OWN_OBJECT.matcher(voiced);
    if (!m.lookingAt()) {
      return voiced;
    }
    String rest = voiced.substring(m.end());
    String article = "aeiou".indexOf(rest.charAt(0)) >= 0 ? "an " : "a ";
    return m.group(1) + article + rest;
  }

  /** The text with "our" inside it read "the", as a sentence in the third person shows it. */
  static String ourAsThe(String text) {
    // a plain search first: most sentences have no "our" inside
    return text.contains("our ") ? OUR_INSIDE.matcher(text).replaceAll("the ") : text;
  }

  /**
   * Whether the authors speak in the first person in the text ("we", "our", "us"): whether {@link
   * #AUTHORS} finds a match, read by hand ("us" and "we" are inside most texts, in "using" or
   * "however", so a plain search let the pattern run on nearly all). Next to a character beyond
   * ASCII the pattern itself decides, as its word boundary reads such characters its own way.
   */
  static boolean authorsSpeakIn(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      int end = authorWordEnd(text, i);
      if (end < 0) {
        continue;
      }
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      char after = end < n ? text.charAt(end) : ' ';
      if (before >= 0x80 || after >= 0x80) {
        return AUTHORS.matcher(text).find();
      }
      if (!asciiWordChar(before) && !asciiWordChar(after)) {
        return true;
      }
    }
    return false;
  }

  /** Where "we", "our" or "us" (the first letter either case) written at {@code i} ends, or -1. */
  private static int authorWordEnd(String text, int i) {
    return switch (text.charAt(i)) {
      case 'w', 'W' -> text.startsWith("e", i + 1) ? i + 2 : -1;
      case 'o', 'O' -> text.startsWith("ur", i + 1) ? i + 3 : -1;
      case 'u', 'U' -> text.startsWith("s", i + 1) ? i + 2 : -1;
      default -> -1;
    };
  }

  private static boolean asciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * One sentence in the third person, or as written; "Our" opening it, where the authors are not
   * the subject, reads "The" ("Our study involves ..." reads "The study involves ...", "Our results
   * on GLUE show ..." reads "The results on GLUE show ..."), or goes before a name ("Our ILLUME
   * executes ..." reads "ILLUME executes ..."), as "Our method ..." after the third person does.
   */
  static String sentence(String s) {
    return thirdPerson(s)
        .or(() -> leadAfter(s).flatMap(SummaryVoice::thirdPerson))
        .map(SummaryVoice::ownObjectAsArticle)
        .map(SummaryVoice::ourAsThe)
        .map(InnerWe::voiced)
        .orElseGet(() -> withoutOur(s));
  }

  /**
   * Whether the sentence opens on a known verb in the third person, an adverb before it at most:
   * the voice's "Proposes ...", "Systematically studies ...".
   */
  static boolean opensOnVerb(String s) {
    Matcher m = VOICED_START.matcher(s);
    if (!m.lookingAt()) {
      return false;
    }
    String verb = m.group(1).toLowerCase(Locale.ROOT);
    String base = BASE.get(verb);
    return base != null && verb.equals(thirdPersonOf(base));
  }

  /** Whether the word is the base form of a verb this voice knows. */
  static boolean isKnownVerb(String word) {
    return VERBS.contains(word);
  }

  /** The sentence with "Our" opening it read as "The", or dropped before a name. */
  private static String withoutOur(String s) {
    Matcher our = OPENING_OUR.matcher(s);
    if (!our.lookingAt()) {
      Matcher afterLead = OUR_AFTER_LEAD.matcher(s);
      // "During inference, our proposed approach called V-Reason adapts ..." reads "During
      // inference, the proposed approach ...", as "Our method ..." reads "The method ..."
      if (!afterLead.lookingAt()) {
        return s;
      }
      String rest = s.substring(afterLead.end());
      String named = withoutKindBeforeName(rest);
      return InnerWe.voiced(afterLead.group(1) + (named.equals(rest) ? "the " : "") + named);
    }
    String rest = withoutKindBeforeName(s.substring(our.end()));
    return InnerWe.voiced(Character.isUpperCase(rest.charAt(0)) ? rest : "The " + rest);
  }

  /**
   * What follows "our" without the kind of thing before its name: "proposed approach called
   * V-Reason (Video-Reason) adapts ..." reads "V-Reason (Video-Reason) adapts ...", not "the
   * proposed approach called V-Reason", which was never proposed in what the list shows.
   */
  private static String withoutKindBeforeName(String rest) {
    Matcher m = KIND_BEFORE_NAME.matcher(rest);
    return m.lookingAt() ? rest.substring(m.end()) : rest;
  }

  /**
   * The chosen sentence without a leading clause that leans on the abstract left out and without a
   * closing apposition that only praises the topic: what the length fit then works on.
   */
  static String plain(String sentence) {
    String plain =
        withoutContext(sentence)
            .or(() -> contrastInReport(sentence))
            .orElseGet(() -> withLeadAfter(sentence));
    return PRAISE.matcher(plain).replaceFirst(".");
  }

  /**
   * The text with its first sentence's lead moved after the authors' main clause where the third
   * person can then take it ({@link MovableLead}): "Through rigorous experiments, we reveal ..."
   * reads "We reveal ..., through rigorous experiments", before the length fit, which may then cut
   * the lead; as written otherwise.
   */
  static String withLeadAfter(String text) {
    if (text.indexOf(", we ") < 0 && text.indexOf(", here we ") < 0) {
      return text; // a plain search first: most chosen sentences have no lead before the authors
    }
    List<String> sentences = Sentences.of(text, 1);
    if (sentences.isEmpty() || !text.startsWith(sentences.get(0))) {
      return text;
    }
    String first = sentences.get(0);
    return leadAfter(first).map(moved -> moved + text.substring(first.length())).orElse(text);
  }

  /** The sentence with its lead after the main clause, when the third person can take it. */
  private static Optional<String> leadAfter(String sentence) {
    return MovableLead.after(reportAsLead(sentence))
        .filter(moved -> thirdPerson(moved).isPresent());
  }

  /**
   * The authors' experiments or analysis with their setting, as the subject of a report: "Our
   * extensive experiments across five base models reveal that X" reads "Through extensive
   * experiments across five base models, we reveal that X", a lead that can then move; not "The
   * extensive experiments ... reveal", whose "The" points at experiments the list never showed.
   */
  private static final Pattern REPORT_WITH_SETTING =
      Pattern.compile(
          "Our ((?:[a-z]+ )?(?:experiments|analysis|analyses|evaluations?|study|investigation)"
              + " (?:across|on|of|with|over|in|using|from|covering)\\b[^,;:()]{1,100}?)"
              + " (reveal|show|demonstrate|indicate|confirm|highlight|uncover)s? (?=that |[a-z])");

  /** The sentence with its report's setting as a lead, or as written. */
  static String reportAsLead(String sentence) {
    if (!sentence.startsWith("Our ")) {
      return sentence; // a plain test first: most sentences open otherwise
    }
    Matcher m = REPORT_WITH_SETTING.matcher(sentence);
    if (!m.lookingAt()) {
      return sentence;
    }
    // no article for "analysis": the voice never adds a word, which the length fit counts on
    return "Through " + m.group(1) + ", we " + m.group(2) + " " + sentence.substring(m.end());
  }

  /**
   * The sentence with a contrast lead moved into the authors' report, where the third person can
   * then take it: "While ... are often attributed to RL, we first demonstrate that these patterns
   * exist ..." reads "We first demonstrate that, while ... are often attributed to RL, these
   * patterns exist ...". Every word kept; only the order and the lead's first letter change.
   */
  static Optional<String> contrastInReport(String s) {
    if (s.isEmpty() || "WATD".indexOf(s.charAt(0)) < 0) {
      return Optional.empty(); // a plain test first: most sentences open otherwise
    }
    Matcher m = CONTRAST_REPORT.matcher(s);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String base = BASE.get(m.group(5));
    if (base == null || !REPORTING.contains(base) && !ARGUING.contains(base)) {
      return Optional.empty();
    }
    String subject = m.group(3);
    String lead = m.group(1);
    String moved =
        Character.toUpperCase(subject.charAt(0))
            + subject.substring(1)
            + " "
            + m.group(4)
            + m.group(5)
            + " that, "
            + Character.toLowerCase(lead.charAt(0))
            + lead.substring(1)
            + " "
            + m.group(2)
            + ", "
            + s.substring(m.end());
    return thirdPerson(moved).isPresent() ? Optional.of(moved) : Optional.empty();
  }

  /**
   * The sentence without a leading clause of scene or purpose that leans on the abstract left out,
   * when what is left is the authors' contribution, stands alone and is the third person's to take.
   */
  static Optional<String> withoutContext(String s) {
    boolean scene = SCENE.matcher(s).lookingAt();
    if (!scene && !PURPOSE.matcher(s).lookingAt()) {
      return Optional.empty();
    }
    Matcher comma = AUTHORS_AFTER_COMMA.matcher(s);
    if (!comma.find()) {
      return Optional.empty();
    }
    String lead = s.substring(0, comma.start());
    if (lead.indexOf('(') >= 0 != lead.indexOf(')') >= 0) {
      return Optional.empty();
    }
    String rest = s.substring(comma.end());
    rest = rest.startsWith("here ") ? rest.substring(5) : rest;
    rest = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    boolean leans = scene || POINTING.matcher(lead).find() && StandAlone.namesSomething(rest);
    if (!leans
        || SummaryLength.words(rest) < FEWEST_WORDS_LEFT
        || StandAlone.pointsBack(rest)
        || thirdPerson(rest).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(rest);
  }

  /**
   * The sentence with the authors as its subject dropped and their verb agreed ("We propose" →
   * "Proposes"), or empty when that is not certain.
   */
  static Optional<String> thirdPerson(String s) {
    Matcher m = SUBJECT.matcher(s);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String word = m.group(6);
    String base = BASE.get(word);
    if (base == null
        || m.group(1) != null && word.equals(thirdPersonOf(base)) // "We proposes": not certain
        || m.group(4) != null && !REPORTING.contains(base)) {
      return Optional.empty();
    }
    // "We first construct X" reads "Constructs X": "First constructs" would read as the first of
    // steps the summary does not show
    String adverbs = SEQUENCE.matcher(m.group(5)).replaceAll("");
    String after = s.substring(m.end());
    if (PUTS_FORWARD.contains(base) && STRAY_COMMA.matcher(after).lookingAt()) {
      after = after.substring(1); // "We propose, Code Generation and ..." reads "Proposes Code ..."
    }
    String rest = agreedLater(after, base);
    if (rest == null) {
      return Optional.empty();
    }
    String head = adverbs + thirdPersonOf(base);
    return Optional.of(Character.toUpperCase(head.charAt(0)) + head.substring(1) + rest);
  }

  /**
   * The rest of a sentence whose subject was dropped, its later verbs of the same subject agreed
   * ("..., and we show" → "..., and shows"; "... and show that" → "... and shows that"); null when
   * a later verb may or may not be the subject's. {@code base} is the subject's first verb.
   */
  private static String agreedLater(String rest, String base) {
    // plain searches first: most sentences have no later "we" and no "and" before a known verb
    String agreed = rest.contains(" we ") ? weAgreed(rest) : rest;
    if (!agreed.contains(" and ") && !agreed.contains(" or ") && !agreed.contains(", then ")) {
      return agreed;
    }
    StringBuilder result = new StringBuilder();
    Matcher and = AND_VERB.matcher(agreed);
    int blockedAt = -1; // where the first blocker is, found only when a known verb follows "and"
    int from = 0;
    while (and.find()) {
      String word = and.group(2);
      if (!VERBS.contains(word)) {
        continue;
      }
      if (blockedAt < 0) {
        Matcher blocker = BLOCKER.matcher(agreed);
        blockedAt = blocker.find() ? blocker.start() : agreed.length();
      }
      boolean object = OBJECT_START.matcher(agreed).region(and.end(), agreed.length()).lookingAt();
      if (blockedAt < and.start()) {
        // past "to", "that", "can" a base form is not the subject's, unless after a comma: ",
        // which is to induce rules from facts, and create a dataset" may be either
        if (and.group(1).startsWith(",") && object) {
          boolean closedClause =
              blockedAt >= 2
                  && RELATIVE.matcher(agreed).region(blockedAt - 2, and.start()).lookingAt()
                  && !RELATIVE.matcher(agreed).region(blockedAt + 1, and.start()).find();
          boolean secondReport =
              agreed.startsWith("that ", blockedAt)
                  && agreed.startsWith(" that ", and.end())
                  && (REPORTING.contains(word) || ARGUING.contains(word));
          if (!closedClause && !secondReport) {
            return null;
          }
          // unless the blocker opens a clause set off by commas (", which is to induce rules
          // from facts, and create a dataset"): the clause ends at the comma, and the bare verb
          // after it cannot be the clause's ("which ... creates"), so it is the subject's; or one
          // report follows another ("show that ... is practical, and hence argue that ..."): the
          // authors show and argue, not what they showed
        } else if (reportAfterPurpose(agreed, blockedAt, and, base)) {
          // "propose a metric to quantify model focus and show that CoT ...": the authors show,
          // not the metric; a report's "that" after a purpose's "to" is the subject's
        } else if (object && PUTS_FORWARD.contains(word)) {
          if (!PUTS_FORWARD.contains(base)) {
            return null; // "tune LLMs to be better idea proposers and introduce a framework"
          }
          // one thing put forward, then another: "propose fine-tuning LLMs to be better idea
          // proposers and introduce a novel framework" has the authors propose and introduce
        } else {
          continue;
        }
      } else if (and.start() > 0 && !object) {
        // right after the first verb ("We explore and compare ..."), surely the subject's; after
        // a word in "-ing" ("consisting of training and test splits") a bare form is not a verb
        // coordinated with it, so not the subject's ("training and testing" would be)
        if (and.group(1).equals(" and ") && agreed.startsWith("ing", and.start() - 3)) {
          continue;
        }
        if (!REPORTING.contains(word)) {
          return null; // "pretrain and test settings": a verb or not, not certain
        }
        // a verb of report is the subject's whatever follows it: "conduct experiments and find
        // pre-training on X outperforms ..."
      }
      result.append(agreed, from, and.start()).append(and.group(1)).append(thirdPersonOf(word));
      from = and.end();
    }
    return result.append(agreed.substring(from)).toString();
  }

  /**
   * Whether the known verb after "and" reports ("show that", "find that") after a purpose clause
   * ("to quantify model focus"), the first blocker being that "to" and the subject's verb one that
   * does not take an infinitive ("aim to show X and demonstrate that" stays).
   */
  private static boolean reportAfterPurpose(
      String agreed, int blockedAt, Matcher and, String base) {
    return and.group(1).equals(" and ")
        && REPORTING.contains(and.group(2))
        && agreed.startsWith(" that ", and.end())
        && agreed.startsWith("to ", blockedAt)
        && !TAKES_INFINITIVE.contains(base);
  }

  /** The rest with "..., and we show" read "..., and shows"; "we" before a verb not known stays. */
  private static String weAgreed(String rest) {
    StringBuilder out = new StringBuilder();
    Matcher we = WE_AGAIN.matcher(rest);
    int from = 0;
    while (we.find()) {
      String base = BASE.get(we.group(3));
      if (base == null || we.group(3).equals(thirdPersonOf(base))) {
        continue; // "..., and we call it X": stays as written
      }
      out.append(rest, from, we.start())
          .append(we.group(1))
          .append(' ')
          .append(we.group(2))
          .append(thirdPersonOf(base));
      from = we.end();
    }
    return out.append(rest.substring(from)).toString();
  }

  /** The base form of a known verb's form ("found" → "find"), or null. */
  static String baseOf(String form) {
    return BASE.get(form);
  }

  /** "propose" → "proposes", "study" → "studies", "focus" → "focuses". */
  static String thirdPersonOf(String base) {
    if (base.endsWith("y") && base.length() > 1 && !isVowel(base.charAt(base.length() - 2))) {
      return base.substring(0, base.length() - 1) + "ies";
    }
    if (base.endsWith("s")
        || base.endsWith("sh")
        || base.endsWith("ch")
        || base.endsWith("x")
        || base.endsWith("z")
        || base.endsWith("o")) {
      return base + "es";
    }
    return base + "s";
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  private static Map<String, String> forms() {
    Map<String, String> forms = new HashMap<>();
    for (String base : VERBS) {
      forms.put(base, base);
      forms.put(thirdPersonOf(base), base);
      forms.put(past(base), base);
    }
    IRREGULAR_PAST.forEach(
        (past, base) -> {
          if (VERBS.contains(base)) {
            forms.put(past, base);
          }
        });
    return Map.copyOf(forms);
  }

  private static String past(String base) {
    if (base.endsWith("e")) {
      return base + "d";
    }
    if (base.endsWith("y") && !isVowel(base.charAt(base.length() - 2))) {
      return base.substring(0, base.length() - 1) + "ied";
    }
    return base.toLowerCase(Locale.ROOT) + "ed";
  }
}
