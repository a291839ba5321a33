package dev.surveyor.analyze;

import dev.surveyor.model.EntityIndex;
import dev.surveyor.model.Paper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the lexicon does not know yet: words shaped like method, benchmark or model names ("GRPO",
 * "DeepSeek-R1", "Qwen2.5") that several papers write and no entity matches. A list for curators to
 * extend {@code entities.yml} from, most frequent first.
 */
final class EntityCandidates {
  private static final int MIN_PAPERS = 3;
  private static final int LIMIT = 60;

  private EntityCandidates() {}

  /** The name-like words of one paper's title and abstract that none of its mentions covers. */
  static Set<String> of(
      Paper paper, List<EntityMatcher.Mention> inTitle, List<EntityMatcher.Mention> inAbstract) {
    Set<String> seen = new HashSet<>();
    collect(paper.title(), inTitle, seen);
    collect(paper.abstractText(), inAbstract, seen);
    return seen;
  }

  /** The candidates written by at least {@link #MIN_PAPERS} papers, most frequent first. */
  static List<EntityIndex.Candidate> rank(List<Set<String>> perPaper) {
    Map<String, Integer> counts = new HashMap<>();
    for (Set<String> seen : perPaper) {
      seen.forEach(w -> counts.merge(w, 1, Integer::sum));
    }
    List<EntityIndex.Candidate> candidates = new ArrayList<>();
    counts.forEach(
        (name, n) -> {
          if (n >= MIN_PAPERS) {
            candidates.add(new EntityIndex.Candidate(name, n));
          }
        });
    candidates.sort(
        java.util.Comparator.comparingInt((EntityIndex.Candidate c) -> -c.papers())
            .thenComparing(EntityIndex.Candidate::name));
    return List.copyOf(candidates.subList(0, Math.min(LIMIT, candidates.size())));
  }

  private static void collect(String text, List<EntityMatcher.Mention> mentions, Set<String> seen) {
    char[] chars = text.toCharArray(); // read once: charAt on a text beyond Latin-1 cost 3x more
    int i = 0;
    while (i < chars.length) {
      int end = wordEnd(chars, i);
      if (end > i) {
        // Most words are ordinary: judged in place, and only a name is copied out; one of small
        // letters alone (most words) is no name, as a name has capitals or digits.
        if (capitalOrDigit(chars, i, end)
            && looksLikeName(chars, i, end)
            && !covered(mentions, i, end)) {
          seen.add(text.substring(i, end));
        }
        i = end;
      } else {
        i++;
      }
    }
  }

  /**
   * Where a name-like word starting at {@code start} ends: letters and digits, joined by single
   * hyphens or dots ("DeepSeek-R1", "Qwen2.5"); {@code start} itself when no word starts there.
   */
  private static int wordEnd(char[] chars, int start) {
    if (!isLetter(chars[start]) || (start > 0 && isLetterOrDigit(chars[start - 1]))) {
      return start;
    }
    int i = start + 1;
    while (i < chars.length) {
      char c = chars[i];
      if (isLetterOrDigit(c)) {
        i++;
      } else if ((c == '-' || c == '.') && i + 1 < chars.length && isLetterOrDigit(chars[i + 1])) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * A part with two capitals ("DPO", "LoRA") or with letters and digits together ("R1", "GSM8K",
   * "Qwen2"); title-cased compounds ("Fine-Tuning") are ordinary words.
   */
  private static boolean looksLikeName(char[] chars, int start, int end) {
    int capitals = 0;
    int length = 0;
    boolean digits = false;
    boolean letters = false;
    for (int i = start; i <= end; i++) {
      char c = i < end ? chars[i] : '-';
      if (c == '-' || c == '.') {
        if (length >= 2 && (capitals >= 2 || (digits && letters))) {
          return true;
        }
        capitals = 0;
        length = 0;
        digits = false;
        letters = false;
      } else {
        length++;
        capitals += isUpperCase(c) ? 1 : 0;
        digits |= isDigit(c);
        letters |= isLetter(c);
      }
    }
    return false;
  }

  /** Whether [start, end) holds a character other than a small ASCII letter, a hyphen or a dot. */
  private static boolean capitalOrDigit(char[] chars, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = chars[i];
      if (!(c >= 'a' && c <= 'z') && c != '-' && c != '.') {
        return true;
      }
    }
    return false;
  }

  // ASCII first, as nearly all of the text is; the same answers as Character's.
  private static boolean isUpperCase(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  private static boolean isDigit(char c) {
    return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  private static boolean isLetter(char c) {
    return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
  }

  private static boolean isLetterOrDigit(char c) {
    return c < 128 ? isLetter(c) || isDigit(c) : Character.isLetterOrDigit(c);
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
