package dev.surveyor.analyze;

import dev.surveyor.model.Paper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the lexicon does not know yet: words shaped like method, benchmark or model names
 * ("GRPO", "DeepSeek-R1", "Qwen2.5") that several papers write and no entity matches. A list for
 * curators to extend {@code entities.yml} from, most frequent first.
 */
final class EntityCandidates {
  private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}[\\p{L}\\p{N}]*(?:[-.][\\p{L}\\p{N}]+)*");
  private static final int MIN_PAPERS = 3;
  private static final int LIMIT = 60;

  private EntityCandidates() {}

  static List<EntityIndex.Candidate> find(List<Paper> papers, EntityMatcher matcher) {
    Map<String, Integer> counts = new HashMap<>();
    for (Paper paper : papers) {
      Set<String> seen = new HashSet<>();
      for (String text : List.of(paper.title(), paper.abstractText())) {
        List<EntityMatcher.Mention> mentions = matcher.find(text);
        Matcher m = NAME.matcher(text);
        while (m.find()) {
          String word = m.group().replaceAll("[.]$", "");
          if (looksLikeName(word) && !covered(mentions, m.start(), m.end())) {
            seen.add(word);
          }
        }
      }
      seen.forEach(w -> counts.merge(w, 1, Integer::sum));
    }
    List<EntityIndex.Candidate> candidates = new ArrayList<>();
    counts.forEach((name, n) -> {
      if (n >= MIN_PAPERS) {
        candidates.add(new EntityIndex.Candidate(name, n));
      }
    });
    candidates.sort(
        java.util.Comparator.comparingInt((EntityIndex.Candidate c) -> -c.papers())
            .thenComparing(EntityIndex.Candidate::name));
    return List.copyOf(candidates.subList(0, Math.min(LIMIT, candidates.size())));
  }

  /**
   * A part with two capitals ("DPO", "LoRA") or with letters and digits together ("R1", "GSM8K",
   * "Qwen2"); title-cased compounds ("Fine-Tuning") are ordinary words.
   */
  private static boolean looksLikeName(String word) {
    for (String part : word.split("[-.]")) {
      long capitals = part.chars().filter(Character::isUpperCase).count();
      boolean digits = part.chars().anyMatch(Character::isDigit);
      boolean letters = part.chars().anyMatch(Character::isLetter);
      if (part.length() >= 2 && (capitals >= 2 || (digits && letters))) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(List<EntityMatcher.Mention> mentions, int start, int end) {
    for (EntityMatcher.Mention m : mentions) {
      if (m.start() < end && start < m.end()) {
        return true;
      }
    }
    return false;
  }
}
