package dev.surveyor.analyze;

import dev.surveyor.model.Paper;
import dev.surveyor.model.SubtopicPin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a paper names each of a page's named sub-topics by their phrases: in its title (the strongest
 * sign of what it is about), and how often in its abstract (overlapping phrases once, as {@link
 * PinMatcher} counts). A paper is read when first asked about, once, as only the few papers named
 * evidence might move are asked about; its title and abstract not even then when the analysis's
 * pass over the text already counted them ({@link PinMatcher#mentions}). For one page, so one
 * thread.
 */
final class PinMentions {
  private final PhraseMatcher<Integer> matcher = new PhraseMatcher<>();
  private final List<Paper> papers;
  private final TextAnalyzer analyzer;
  private final int count;
  // per paper, what the pass over the text found (null: read here), and this page's first pin
  private final List<int[]> found;
  private final int first;
  // per pin, the stems of the words of its name and phrases
  private final List<Set<String>> words = new ArrayList<>();
  // per paper read, per pin: whether its title names it, and mentions in its abstract
  private final Map<Integer, boolean[]> titles = new HashMap<>();
  private final Map<Integer, int[]> abstracts = new HashMap<>();
  private final Map<Integer, boolean[]> openings = new HashMap<>();

  PinMentions(List<SubtopicPin> pins, List<Paper> papers, TextAnalyzer analyzer) {
    this(pins, papers, analyzer, null, 0);
  }

  /**
   * As above, reading titles and abstracts from {@code found}: each paper's {@link
   * PinMatcher#mentions}, where this page's pins are numbered from {@code first}.
   */
  PinMentions(
      List<SubtopicPin> pins,
      List<Paper> papers,
      TextAnalyzer analyzer,
      List<int[]> found,
      int first) {
    this.found = found;
    this.first = first;
    this.papers = papers;
    this.analyzer = analyzer;
    this.count = pins.size();
    for (int i = 0; i < pins.size(); i++) {
      Set<String> stems = new HashSet<>(analyzer.terms(pins.get(i).name()));
      for (String phrase : pins.get(i).phrases()) {
        List<Token> analysed = analyzer.tokens(phrase);
        matcher.add(phrase, analysed, i);
        analysed.forEach(token -> stems.add(token.term()));
      }
      words.add(Set.copyOf(stems));
    }
  }

  /**
   * The stems of the words of the pin's name and phrases, stop words left out: "causal" and
   * "reason" of "Commonsense and causal reasoning".
   */
  Set<String> words(int pin) {
    return words.get(pin);
  }

  /** Whether the title of {@code paper} writes a phrase of the pin {@code pin}. */
  boolean inTitle(int pin, int paper) {
    if (found != null) {
      return PinMatcher.inTitle(found.get(paper), first + pin);
    }
    return titles
        .computeIfAbsent(
            paper,
            p -> {
              boolean[] found = new boolean[count];
              String title = papers.get(p).title();
              matcher.find(analyzer.tokens(title), title).forEach(m -> found[m.value()] = true);
              return found;
            })[pin];
  }

  /**
   * Whether the first sentence of the abstract of {@code paper} writes a phrase of the pin {@code
   * pin}: an abstract opens with its subject ("Mathematical reasoning remains challenging for LLMs
   * ...").
   */
  boolean inOpening(int pin, int paper) {
    return openings
        .computeIfAbsent(
            paper,
            p -> {
              boolean[] found = new boolean[count];
              List<String> first = Sentences.of(papers.get(p).abstractText(), 1);
              if (!first.isEmpty()) {
                String text = first.get(0);
                matcher.find(analyzer.tokens(text), text).forEach(m -> found[m.value()] = true);
              }
              return found;
            })[pin];
  }

  /** How many times the abstract of {@code paper} writes a phrase of the pin {@code pin}. */
  int inAbstract(int pin, int paper) {
    if (found != null) {
      return PinMatcher.inAbstract(found.get(paper), first + pin);
    }
    return abstracts
        .computeIfAbsent(
            paper,
            p -> {
              int[] mentions = new int[count];
              int[] end = new int[count];
              String text = papers.get(p).abstractText();
              for (PhraseMatcher.Match<Integer> m : matcher.find(analyzer.tokens(text), text)) {
                if (m.start() >= end[m.value()]) {
                  mentions[m.value()]++;
                }
                end[m.value()] = Math.max(end[m.value()], m.end());
              }
              return mentions;
            })[pin];
  }
}
