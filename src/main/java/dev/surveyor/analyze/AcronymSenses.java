package dev.surveyor.analyze;

import dev.surveyor.model.Paper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the survey's abstracts spell an acronym out as, all of them, not only the two of a pair:
 * "MLLMs" is "multimodal large language models" in some and "medical large language models" in
 * others, so a reader shown "MLLMs" cannot tell which two papers share. Looked up once per acronym,
 * and only for the few acronyms no entity names that a shown reason gives.
 */
final class AcronymSenses {
  private final List<Paper> papers;
  private final Map<String, Set<String>> senses = new ConcurrentHashMap<>();

  AcronymSenses(List<Paper> papers) {
    this.papers = papers;
  }

  /**
   * The distinct spellings of the acronym (its singular, "MLLM" of "MLLMs") in the survey's
   * abstracts, lowercase and in the singular, sorted; empty when none spells it out.
   */
  Set<String> of(String acronym) {
    String letters = acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
    return senses.computeIfAbsent(letters, this::spelled);
  }

  private Set<String> spelled(String letters) {
    Set<String> found = new TreeSet<>();
    String marked = "(" + letters;
    for (Paper paper : papers) {
      String text = paper.abstractText();
      if (text.contains(marked)) {
        Optional<String> words = Acronyms.definition(text, letters);
        words.ifPresent(w -> found.add(singular(w.toLowerCase(Locale.ROOT))));
      }
    }
    return Set.copyOf(found);
  }

  private static String singular(String words) {
    return words.endsWith("s") ? words.substring(0, words.length() - 1) : words;
  }
}
