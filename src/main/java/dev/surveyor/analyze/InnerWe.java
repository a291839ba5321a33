package dev.surveyor.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authors' "we" inside a sentence already in the third person, which a list would otherwise
 * show after "Proposes ...": a name given in a relative clause reads as a participle ("a method
 * that we call information gain filtration" → "a method called information gain filtration"), a
 * step in a relative clause as a participle of the subject's ("a hybrid model where we activate
 * reasoning mechanisms" → "a hybrid model activating reasoning mechanisms"), an aside in brackets
 * that asks or says something as "we" goes ("(i.e., in what situations could we take advantage of
 * graph pre-training)"), and so does a last clause in the authors' voice when what comes before it
 * is a sentence of its own ("..., which we apply to various open-source LLMs."). Only grammar
 * changes: words are dropped or a verb of the abstract takes another form; none is added. As
 * written where none of these applies.
 */
final class InnerWe {
  /** Naming verbs and their participles: "which we call X" reads "called X". */
  private static final Map<String, String> NAMING =
      Map.of(
          "call", "called",
          "term", "termed",
          "name", "named",
          "dub", "dubbed",
          "coin", "coined",
          "refer to as", "referred to as",
          "denote as", "denoted as",
          "denote", "denoted");

  /**
   * A relative clause giving a name: ", which we call", " that we term", " we dub" right after a
   * noun; not "we call this X", whose object is not the name.
   */
  private static final Pattern NAMING_CLAUSE =
      Pattern.compile(
          "(?<=[\\w)'\"])(,?) (?:which |that )?we (refer to as|denote as|call|term|name|dub|coin"
              + "|denote)(?= (?!(?:this|these|it|them|that|those|such)\\b)[\\w\"'\u201C(])");

  /** A step in a relative clause: ", where we vary ...", " in which we activate ...". */
  private static final Pattern STEP_CLAUSE =
      Pattern.compile("(?<=[\\w)])(,?) (?:where|in which) we ([a-z][a-z-]*)(?= [a-z(\"])");

  /** An aside in brackets in the authors' voice. */
  private static final Pattern ASIDE =
      Pattern.compile("\\s*\\((?=[^()]*\\b(?:we|our|us)\\b)[^()]*\\)");

  /** Where a clause may begin: a comma, a semicolon, a spaced dash, outside brackets. */
  private static final Pattern BOUNDARY = Pattern.compile(",\\s|;\\s|\\s[\u2013\u2014-]\\s");

  /** What a sentence may not end on once its last clause is dropped. */
  private static final Pattern OPEN_END =
      Pattern.compile(
          "(?:\\b(?:and|or|but|nor|which|that|where|while|then|thus|hence|so|as|of|to|by|with"
              + "|for|in|on|the|a|an|i\\.e\\.|e\\.g\\.)|[a-z]+ly|[Ff]irst|[Ss]econd|[Tt]hird"
              + "|[Ff]inally|[:;,])$");

  /** A sentence that keeps fewer words than this once its last clause goes says too little. */
  private static final int FEWEST_KEPT = 8;

  private InnerWe() {}

  /** The sentence, in the third person already, without the authors' "we" where that is certain. */
  static String voiced(String sentence) {
    if (!SummaryVoice.authorsSpeakIn(sentence)) {
      return sentence; // most sentences: nothing to do
    }
    String s = named(sentence);
    s = stepped(s);
    s = ASIDE.matcher(s).replaceAll("");
    return SummaryVoice.authorsSpeakIn(s) ? withoutLastClause(s) : s;
  }

  private static String named(String s) {
    Matcher m = NAMING_CLAUSE.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, m.group(1) + " " + NAMING.get(m.group(2)));
    }
    return m.appendTail(out).toString();
  }

  private static String stepped(String s) {
    Matcher m = STEP_CLAUSE.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String ing = SummaryVoice.isKnownVerb(m.group(2)) ? presentParticiple(m.group(2)) : null;
      m.appendReplacement(
          out, ing == null ? Matcher.quoteReplacement(m.group()) : m.group(1) + " " + ing);
    }
    return m.appendTail(out).toString();
  }

  /**
   * The sentence up to the clause where the authors first speak, when that clause runs to its end
   * and what comes before it is a sentence of {@link #FEWEST_KEPT} words or more; else as it is.
   * Only a sentence put in the third person ("Proposes ...", "The results show ...") is cut: one
   * that opens on a lead ("Leveraging X, our model ...") would keep only the lead.
   */
  private static String withoutLastClause(String s) {
    Matcher we = SummaryVoice.AUTHORS.matcher(s);
    if (!we.find() || s.endsWith("?") || !SummaryVoice.opensOnVerb(s) && !s.startsWith("The ")) {
      return s;
    }
    List<Integer> boundaries = new ArrayList<>();
    Matcher b = BOUNDARY.matcher(s);
    while (b.find() && b.start() < we.start()) {
      if (depth(s, b.start()) == 0) {
        boundaries.add(b.start());
      }
    }
    for (int i = boundaries.size() - 1; i >= 0; i--) {
      String kept = s.substring(0, boundaries.get(i)).strip();
      if (OPEN_END.matcher(kept).find()) {
        continue; // "...; thirdly, we propose": the clause begins before "thirdly"
      }
      if (SummaryLength.words(kept) < FEWEST_KEPT
          || StandAlone.unbalanced(kept)
          || OpenList.in(kept)) {
        return s;
      }
      return kept + ".";
    }
    return s;
  }

  private static int depth(String s, int end) {
    int depth = 0;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      depth += c == '(' || c == '[' ? 1 : (c == ')' || c == ']') && depth > 0 ? -1 : 0;
    }
    return depth;
  }

  /**
   * "vary" → "varying", "activate" → "activating", "use" → "using"; null where the form is not
   * certain by rule (a final consonant doubled: "run" → "running").
   */
  static String presentParticiple(String base) {
    if (base.endsWith("ie")) {
      return base.substring(0, base.length() - 2) + "ying";
    }
    if (base.endsWith("e") && !base.endsWith("ee") && !base.endsWith("ye")) {
      return base.substring(0, base.length() - 1) + "ing";
    }
    if (base.matches("(?:.*[^aeiou])?[aeiou][bdgmnprt]") && !base.matches(".*[aeiou]{2}.")) {
      return null; // "plot" → "plotting", "model" → "modeling": not told by rule
    }
    return base + "ing";
  }
}
