package dev.surveyor.analyze;

import dev.surveyor.model.Paper;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the survey's abstracts spell an acronym out as, all of them, not only the two of a pair:
 * "MLLMs" is "multimodal large language models" in some and "medical large language models" in
 * others, so a reader shown "MLLMs" cannot tell which two papers share. Looked up once per acronym,
 * and only for the few acronyms no entity names that a shown reason gives.
 */
final class AcronymSenses {
  private final List<Paper> papers;
  private final Map<String, Map<String, String>> senses = new ConcurrentHashMap<>();

  AcronymSenses(List<Paper> papers) {
    this.papers = papers;
  }

  /**
   * The acronym's senses (its singular, "MLLM" of "MLLMs") in the survey's abstracts: for each, the
   * first spelling met, lowercase; empty when none spells it out.
   */
  Collection<String> of(String acronym) {
    String letters = acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
    return senses.computeIfAbsent(letters, this::spelled).values();
  }

  /**
   * The spellings by sense: two spellings are one sense when they differ only in their last word or
   * their hyphens ("magnetic resonance imaging" and "image", "Markov decision processes" and
   * "problems", "vision-language" and "vision language models"), not when a word before differs
   * ("automatic speech recognition" and "attack success rate", "segment anything model" and
   * "sharpness-aware minimization").
   */
  private Map<String, String> spelled(String letters) {
    Map<String, String> found = new TreeMap<>();
    String marked = "(" + letters;
    for (Paper paper : papers) {
      String text = paper.abstractText();
      if (text.contains(marked)) {
        Optional<String> words = Acronyms.definition(text, letters);
        words.ifPresent(w -> found.putIfAbsent(sense(w), w.toLowerCase(Locale.ROOT)));
      }
    }
    return Map.copyOf(found);
  }

  private static String sense(String spelling) {
    String[] words = spelling.toLowerCase(Locale.ROOT).strip().split("[\\s-]+");
    return String.join(" ", Arrays.asList(words).subList(0, Math.max(1, words.length - 1)));
  }
}
