package dev.surveyor.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The mechanical kinds of weak list summary a reader of the built site found (issue 22), each told
 * by its form alone: a start that leans on what was left out ("Our approach significantly reduces
 * ...", "They ..."); the paper pointing at itself ("In this paper, we ..."); one short sentence
 * that only names the method ("We propose a novel fine-tuning strategy called Prereq-Tune.") or the
 * topic ("We explore few-shot MLLM classification fine-tuning."); two sentences run together where
 * the capture lost a stop ("environments Specifically, Shop-R1", "LLM.Mosaic-IT"); and a length
 * outside 15 to 45 words (60 with a finding added last; under 13 once in the third person: the
 * voice drops the subject's one or two words, "We propose" or "This paper presents"). And the kinds
 * of the fresh review after (issue 22, round 6): a summary in the first person ("We propose ...",
 * "This paper investigates ...", "Our results show ...") where the curated ones read "Proposes
 * ...", "Finds that ..."; one that opens on a clause leaning on the abstract left out ("To target
 * coverage, we propose ...", "Since interventional data is costly to generate, we study ...", "In
 * pursuit of the best of both worlds, ..."); one that gives only the setup or puffery ("We
 * experiment with a diverse set of 42 ...", "We make a pioneering effort ...", "... delves into the
 * realm of ...", "..., a critical area of AI research.").
 */
final class SummaryScan {
  static final String DANGLING = "dangling start";
  static final String IN_THIS_PAPER = "\"In this paper,\"";
  static final String NAME_ONLY = "method name only";
  static final String TOPIC_ONLY = "topic only";
  static final String RUN_TOGETHER = "run-together sentences";
  static final String TOO_SHORT = "under 13 words";
  static final String TOO_LONG = "over 45 words (60 with a finding last)";
  static final String FIRST_PERSON = "first person at the start";
  static final String CONTEXT_OPENER = "context-dependent opener";
  static final String SETUP_OR_HYPE = "setup or hype only";
  static final String LATER_LEANS = "later sentence leans on text not shown";
  static final String WEAK_RESULT = "weak result only";
  static final String NO_RESULT = "no result";
  static final String AIM_ONLY = "aim only, nothing on how";

  /** Fewer words than this once in the third person: the length fit's floor less the subject. */
  static final int FEWEST_SHOWN = SummaryLength.FEWEST_WORDS - 2;

  private static final Pattern FIRST_PERSON_START =
      Pattern.compile(
          "^(?:We|Our|This (?:paper|work|study|article|report|survey|thesis|letter"
              + "|position paper|technical report))\\b");

  private static final Pattern CONTEXT_START =
      Pattern.compile(
          "^(?:To|In order to|Since|Given|While|Whereas|Although|Though|Despite|Unlike"
              + "|In contrast to|Contrary to|In pursuit of|With the observation|Targeting"
              + "|Inspired by|Motivated by|Drawing (?:from|on|upon)|Building (?:on|upon)|As)\\b"
              + "[^.;:]*?, (?:here )?(?:we|our|this (?:paper|work|study|survey))\\b");

  private static final Pattern SETUP_OR_HYPE_ONLY =
      Pattern.compile(
          "^(?:(?:We|This (?:paper|work|study)) )?(?:[A-Za-z]+ly )?(?:[Ee]xperiment(?:s|ed)?"
              + " (?:with|on)|[Cc]onduct(?:s|ed)? (?:[\\w-]+ ){0,3}?(?:experiments|evaluations))\\b"
              + "|\\bpioneering (?:effort|attempt)|\\b(?:delves?|dives?) into the realm\\b"
              + "|, an? (?:[a-z]+ )?(?:critical|crucial|key|important|fundamental|active|emerging"
              + "|growing|promising|vital) (?:[a-z-]+ )?(?:area|field|topic|domain)\\b");

  /**
   * An opening that leans on a sentence not shown: a pronoun ("It ...", "This ..." but not "This
   * paper ..."), a connective ("Thus,", "To this end"), a purpose or source that points back ("To
   * address this", "Motivated by these"), the method by a pronoun ("Our approach ..."). Shared with
   * {@link SummaryCheck}.
   */
  static final Pattern DANGLING_START =
      Pattern.compile(
          "^(?:It|They|Its|Their|Them|This|These|Those|Such|Both|Another)\\b"
              + "(?! (?:paper|work|study|article|report|survey|thesis|letter|position|tutorial)\\b)"
              + "|^(?:However|Thus|Therefore|Hence|Moreover|Furthermore|Additionally|Conversely"
              + "|Instead|Yet|Nevertheless|Subsequently|Consequently|To this end|As a result"
              + "|In addition|Specifically|Finally|Then)\\b"
              + "|^Our (?:proposed )?(?:approach|method|methods|framework|model|technique|system"
              + "|algorithm|solution|pipeline|strategy)\\b"
              + "|^To (?:address|tackle|overcome|bridge|fill|solve|mitigate|alleviate|remedy"
              + "|investigate|answer|explore|this end) (?:this|these|those|such|the above)?\\b"
              + "|^(?:Motivated|Inspired|Building|Based) (?:by|on|upon) (?:this|these|their)\\b");

  /** The paper pointing at itself: "In this paper, we ...". Shared with {@link SummaryCheck}. */
  static final Pattern PAPER_ITSELF =
      Pattern.compile("^In this (?:paper|work|study|article)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern PUTS_FORWARD =
      Pattern.compile(
          "^(?:(?:We|This (?:paper|work|study)) (?:[a-z]+ly )?(?:propose|introduce|present|develop"
              + "|design)s?|(?:[A-Z][a-z]+ly )?(?:[Pp]roposes|[Ii]ntroduces|[Pp]resents|[Dd]evelops"
              + "|[Dd]esigns))\\b");

  private static final Pattern NAMES_TOPIC =
      Pattern.compile(
          "^(?:(?:We|This (?:paper|work|study)) (?:[a-z]+ly )?(?:explores?|focus(?:es)? on"
              + "|stud(?:y|ies)|investigates?|examines?|delves?|analy[sz]es?|considers?)"
              + "|(?:[A-Z][a-z]+ly )?(?:[Ee]xplores|[Ff]ocuses on|[Ss]tudies|[Ii]nvestigates"
              + "|[Ee]xamines|[Dd]elves|[Aa]naly[sz]es|[Cc]onsiders))\\b");

  private static final Pattern RUN_ON =
      Pattern.compile(
          "[a-z]{2} (?:Specifically|However|Moreover|Furthermore|Additionally|Finally|Therefore"
              + "|Notably|In particular|To this end),"
              + "|[A-Za-z]{2}\\.[A-Z][a-z]");

  /**
   * A sentence after the first that opens on a connective or a pronoun tying it to text not shown:
   * "Additionally, the model ...", "Specifically, it ...", "In contrast, RFT ...".
   */
  private static final Pattern LATER_OPENER =
      Pattern.compile(
          "^(?:Additionally|Specifically|Moreover|Furthermore|In particular|In addition|Also"
              + "|However|In contrast|Conversely|Thus|Therefore|Hence|Similarly|It|They|These|Those"
              + "|Such|Both|Each)\\b");

  /** A result that says only that the method works, or "state-of-the-art" as an adjective. */
  private static final Pattern WEAK_CUE =
      Pattern.compile(
          "\\b(?:demonstrat|show|validat|verif|confirm|prov)[a-z]* (?:the )?(?:[a-z]+ )?"
              + "(?:effectiveness|efficacy|superiority)\\b|\\bstate[- ]of[- ]the[- ]art\\b");

  /** What a summary that gives only its aim says: "a novel framework designed to ...". */
  private static final Pattern AIM =
      Pattern.compile("\\b(?:designed to|aims? to|aimed at|novel|innovative)\\b");

  private SummaryScan() {}

  /** For each kind, the summaries of that kind, as "title: summary". */
  static Map<String, List<String>> of(List<String> titles, List<String> summaries) {
    Map<String, List<String>> kinds = new LinkedHashMap<>();
    for (String kind :
        List.of(
            DANGLING,
            IN_THIS_PAPER,
            NAME_ONLY,
            TOPIC_ONLY,
            RUN_TOGETHER,
            TOO_SHORT,
            TOO_LONG,
            FIRST_PERSON,
            CONTEXT_OPENER,
            SETUP_OR_HYPE)) {
      kinds.put(kind, new ArrayList<>());
    }
    for (int i = 0; i < summaries.size(); i++) {
      String summary = summaries.get(i);
      String line = titles.get(i) + ": " + summary;
      int words = SummaryLength.words(summary);
      boolean oneShort = words < FEWEST_SHOWN && Sentences.of(summary, 3).size() < 2;
      add(kinds, DANGLING, DANGLING_START.matcher(summary).find(), line);
      add(kinds, IN_THIS_PAPER, PAPER_ITSELF.matcher(summary).find(), line);
      add(kinds, NAME_ONLY, oneShort && PUTS_FORWARD.matcher(summary).find(), line);
      add(kinds, TOPIC_ONLY, oneShort && NAMES_TOPIC.matcher(summary).find(), line);
      add(kinds, RUN_TOGETHER, RUN_ON.matcher(summary).find(), line);
      add(kinds, TOO_SHORT, words < FEWEST_SHOWN, line);
      add(kinds, TOO_LONG, tooLong(summary, words), line);
      add(kinds, FIRST_PERSON, FIRST_PERSON_START.matcher(summary).find(), line);
      add(kinds, CONTEXT_OPENER, CONTEXT_START.matcher(summary).find(), line);
      add(kinds, SETUP_OR_HYPE, SETUP_OR_HYPE_ONLY.matcher(summary).find(), line);
    }
    return kinds;
  }

  /**
   * For each kind of what the blind panels of round 7 marked down, the summaries of that kind, as
   * "title: summary": a later sentence that leans on text not shown; a result that says only that
   * the method works ("demonstrate the effectiveness of", "state-of-the-art" as an adjective); no
   * result at all; an aim or praise with nothing on how the method works.
   */
  static Map<String, List<String>> ofFindings(List<String> titles, List<String> summaries) {
    Map<String, List<String>> kinds = new LinkedHashMap<>();
    for (String kind : List.of(LATER_LEANS, WEAK_RESULT, NO_RESULT, AIM_ONLY)) {
      kinds.put(kind, new ArrayList<>());
    }
    for (int i = 0; i < summaries.size(); i++) {
      String summary = summaries.get(i);
      String line = titles.get(i) + ": " + summary;
      add(kinds, LATER_LEANS, laterLeans(titles.get(i), summary), line);
      boolean result = SummaryFinding.hasFinding(summary);
      add(kinds, WEAK_RESULT, !result && WEAK_CUE.matcher(summary).find(), line);
      add(kinds, NO_RESULT, !result, line);
      add(
          kinds,
          AIM_ONLY,
          !result && AIM.matcher(summary).find() && !SummaryFinding.saysHow(summary),
          line);
    }
    return kinds;
  }

  /**
   * Whether a sentence after the first leans on text the list does not show: it opens on a
   * connective or a pronoun, or names a definite thing or a method the title and the sentences
   * before it do not ({@link Unshown#leans}).
   */
  static boolean laterLeans(String title, String summary) {
    List<String> sentences = Sentences.of(summary, 4);
    String shown = title;
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      if (i > 0 && (LATER_OPENER.matcher(sentence).lookingAt() || Unshown.leans(sentence, shown))) {
        return true;
      }
      shown = shown + " " + sentence;
    }
    return false;
  }

  /**
   * Whether the summary is longer than a list item: over 45 words, or over 60 where its last
   * sentence is the finding added to it ({@link SummaryFinding#MOST_WORDS_WITH_FINDING}).
   */
  private static boolean tooLong(String summary, int words) {
    if (words <= SummaryLength.MOST_WORDS) {
      return false;
    }
    List<String> sentences = Sentences.of(summary, 4);
    String last = sentences.get(sentences.size() - 1);
    return sentences.size() < 2
        || words > SummaryFinding.MOST_WORDS_WITH_FINDING
        || !SummaryFinding.hasFinding(last);
  }

  /** How many summaries are of at least one kind. */
  static int flagged(Map<String, List<String>> kinds) {
    return (int) kinds.values().stream().flatMap(List::stream).distinct().count();
  }

  private static void add(Map<String, List<String>> kinds, String kind, boolean is, String line) {
    if (is) {
      kinds.get(kind).add(line);
    }
  }
}
