package dev.surveyor.analyze;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence whose lead is a phrase that can move, with the authors' main clause first: "Through
 * rigorous experiments, we reveal various limitations of IT." reads "We reveal various limitations
 * of IT, through rigorous experiments." The voice pass can then put it in the third person
 * ("Reveals ..."), which it cannot with the lead in front. Every word stays; only the order and the
 * lead's first letter change. A lead moves only where it is a phrase of means, setting, source or
 * purpose ("Using ...", "With X", "Inspired by ...", "In a simplified scenario", "To ...") that
 * points at nothing ("To address this" stays, and is dropped elsewhere), never a connective
 * ("Thus,", "In particular,") or a clause ("While ...", "When ..."), and where the main clause does
 * not point back at it ("... to make full use of these ineffective parameters").
 */
final class MovableLead {
  /** What a phrase that can move opens on. */
  private static final Pattern OPENER =
      Pattern.compile(
          "(?:Through|By|Using|With|Via|Across|During|Under|On|In|At|For|From|Among|Leveraging"
              + "|Utili[sz]ing|Employing|Applying|Adapting|Building (?:on|upon)|Based on"
              + "|(?:Inspired|Motivated|Guided|Informed) by|Drawing (?:on|from|upon)|Focusing on"
              + "|Hypothesi[sz]ing|As an?|To|In order to)\\s");

  /**
   * Connectives and set phrases among those openers: they tie the sentence to the one before or
   * name the paper itself, and go, not move.
   */
  private static final Pattern NOT_A_PHRASE =
      Pattern.compile(
          "(?:In (?:this|the present) (?:paper|work|study|article|report|letter|survey|thesis)"
              + "|In (?:particular|addition|contrast|comparison|summary|short|sum|general|turn"
              + "|practice|fact|response|doing so|this way|other words|light of|view of)"
              + "|On (?:the (?:other|one) hand|top of|the contrary)|For (?:example|instance|this"
              + " reason|these reasons)|To (?:this|that) (?:end|goal)|To (?:do|achieve) (?:so|this)"
              + "|To be (?:more )?(?:concrete|specific|precise|exact|fair|sure)|To (?:our|my)"
              + " (?:surprise|knowledge|best)|To (?:summari[sz]e|conclude|sum up)|As (?:a"
              + " (?:result|consequence|whole|matter)|such|well)|By (?:contrast|comparison"
              + "|doing so|design)|With (?:this|that) in mind|At (?:the same time|last|first)"
              + "|Among (?:others|them|these|those))\\b");

  /**
   * Words that make a phrase point at text before it ("Building on these insights", "To achieve
   * this"), or keep the authors in it ("Through our pilot study"): moved, it would still lean or
   * still speak as "we".
   */
  private static final Pattern POINTS_OR_SPEAKS =
      Pattern.compile(
          "\\b(?:this|these|those|such(?! as\\b| that\\b)|it|its|they|them|their|we|our|us"
              + "|former|latter|above|aforementioned)\\b|\\bthat$");

  /** A sentence adverb of method before the lead: "Empirically, on GLUE, we show ...". */
  private static final Pattern MANNER =
      Pattern.compile(
          "(Empirically|Experimentally|Theoretically|Quantitatively|Qualitatively|Analytically"
              + "|Formally|Mathematically|Statistically), ");

  /** An enumeration's first item marker: "(1)", "(i)", "1)", "(a)". */
  private static final Pattern ENUMERATION = Pattern.compile("\\(?(?:1|i|a)\\) ");

  /** Where the lead ends and the authors' main clause begins. */
  private static final Pattern AUTHORS = Pattern.compile(", (?:here )?(?=we [a-z])");

  /**
   * A main clause that points back at what the lead said ("we propose a method to make full use of
   * these ineffective parameters"): before the lead, it would point at nothing.
   */
  private static final Pattern MAIN_POINTS =
      Pattern.compile(
          "\\b(?:this|these|those|such|it|its|they|them|their)\\b"
              + "(?! (?:paper|work|study|as|that)\\b)");

  /** A relative clause's start: what follows it may name its own antecedent's possessions. */
  private static final Pattern RELATIVE_BEFORE = Pattern.compile(" (?:that|which|who) ");

  /** A clause boundary after which the lead would read as part of a list or a second clause. */
  private static final Pattern CLAUSE_END = Pattern.compile(": |; | [\u2013\u2014] | -- ");

  private MovableLead() {}

  /**
   * The sentence with its lead after the authors' main clause, or empty when it has no lead that
   * can move.
   */
  static Optional<String> after(String sentence) {
    // a plain search first: most sentences have no lead before the authors
    if (sentence.indexOf(", we ") < 0 && sentence.indexOf(", here we ") < 0) {
      return Optional.empty();
    }
    String adverb = "";
    String s = sentence;
    Matcher manner = MANNER.matcher(sentence);
    if (manner.lookingAt()) {
      // "Empirically, we show" reads "We empirically show", as the voice pass reads the adverb
      adverb = manner.group(1).toLowerCase(Locale.ROOT) + " ";
      s = sentence.substring(manner.end());
      if (s.startsWith("we ")) {
        return Optional.of("We " + adverb + s.substring(3));
      }
      s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
    if (!OPENER.matcher(s).lookingAt() || NOT_A_PHRASE.matcher(s).lookingAt()) {
      return Optional.empty();
    }
    Matcher authors = AUTHORS.matcher(s);
    if (!authors.find()) {
      return Optional.empty();
    }
    String lead = s.substring(0, authors.start());
    String main = s.substring(authors.end());
    if (lead.indexOf(':') >= 0
        || lead.indexOf(';') >= 0
        || unbalanced(lead)
        || POINTS_OR_SPEAKS.matcher(lead).find()
        || pointsBack(main)
        || !(main.endsWith(".") || main.endsWith("!"))) {
      return Optional.empty();
    }
    // the lead goes before a colon, semicolon or dash that opens a list or a second clause, which
    // it would otherwise read as part of; else at the end
    int at = main.length() - 1;
    Matcher end = CLAUSE_END.matcher(main);
    int dashes = 0;
    while (end.find()) {
      dashes += main.charAt(end.start()) == ' ' ? 1 : 0;
    }
    end.reset();
    while (end.find()) {
      if (main.charAt(end.start()) == ' ' && dashes > 1) {
        continue; // "two sub-processes – A and B – defined at ...": a pair of dashes sets off words
      }
      if (!unbalanced(main.substring(0, end.start()))) {
        if (ENUMERATION.matcher(main).region(end.end(), main.length()).lookingAt()) {
          // "we investigate three strategies: (1) ...": before the colon, the lead would end the
          // clause that announces the list, which a cut could then keep without it
          return Optional.empty();
        }
        at = end.start();
        break;
      }
    }
    String moved = Character.toLowerCase(lead.charAt(0)) + lead.substring(1);
    return Optional.of("We " + adverb + main.substring(3, at) + ", " + moved + main.substring(at));
  }

  /**
   * Whether the main clause points back at the lead; a possessive inside a relative clause points
   * at the main clause's own noun ("a framework that refines LRMs within their native reasoning
   * modes").
   */
  private static boolean pointsBack(String main) {
    Matcher m = MAIN_POINTS.matcher(main);
    while (m.find()) {
      boolean possessive = m.group().equals("its") || m.group().equals("their");
      if (!possessive || !RELATIVE_BEFORE.matcher(main).region(0, m.start()).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean unbalanced(String s) {
    int depth = 0;
    int quotes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
      quotes += c == '"' ? 1 : 0;
    }
    return depth != 0 || quotes % 2 != 0;
  }
}
