package dev.surveyor.analyze;

import dev.surveyor.model.Entity;
import dev.surveyor.model.LinkSpan;
import dev.surveyor.text.LinkExtractor;
import dev.surveyor.text.NameForms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds entity mentions in text. Aliases match whole words ("chain of thought" also matches
 * "chain-of-thought"), in the entity's letter case when it asks for it ("MATH", not "math"), never
 * inside a longer version number ("GPT-3" is not found in "GPT-3.5"), and never across a sentence
 * or clause break, nor where the text names something else ({@link UnmeantNames}: a web address,
 * "%OPT", "DART-MATH"). A name is also found in the other forms {@link NameForms#written} gives: a
 * plain plural "s" where it is no other word, the last word then written exactly as the name writes
 * it when it has a capital inside ("BabyLMs", "GPTs", "Long CoTs" for "long CoT", so "arcs" and
 * "Opts" never read as ARC or OPT, nor "Alpacas" as Alpaca) or in any case after a hyphen ("long
 * chain-of-thoughts", "Long Chain of Thoughts"); and a lower-case name ending in "model" as
 * "modeling" and "modelling" ("process reward modeling"). Overlapping mentions resolve to the
 * leftmost, then the longest; a mention whose last words are another entity's whole name also
 * mentions that entity, its head noun ("process reward models" are reward models, "long
 * chain-of-thought" is chain-of-thought).
 */
public final class EntityMatcher {
  /**
   * One spelling of an entity: its words as written, and what separates them ("." in "GPT-3.5");
   * {@code exactLast} for a plural found only with its last word as written ("CoTs", not "cots").
   */
  private record Alias(Entity entity, List<String> words, List<String> gaps, boolean exactLast) {}

  /** A mention: the entity and the characters [start, end) that name it. */
  public record Mention(Entity entity, int start, int end) {}

  private final PhraseMatcher<Alias> matcher = new PhraseMatcher<>();

  public EntityMatcher(List<Entity> entities) {
    Set<List<String>> names = new HashSet<>();
    List<Alias> plurals = new ArrayList<>();
    for (Entity entity : entities) {
      for (String alias : entity.aliases()) {
        List<Token> words = WordTokenizer.words(alias);
        if (words.isEmpty()) {
          continue;
        }
        List<String> written =
            words.stream().map(w -> alias.substring(w.start(), w.end())).toList();
        List<String> gaps = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
          gaps.add(alias.substring(words.get(i - 1).end(), words.get(i).start()));
        }
        List<String> terms = words.stream().map(Token::term).toList();
        names.add(terms);
        matcher.add(terms, new Alias(entity, written, gaps, false));
        for (NameForms.Written form : NameForms.written(written, gaps)) {
          plurals.add(new Alias(entity, form.words(), gaps, form.exactLast()));
        }
      }
    }
    for (Alias plural : plurals) {
      List<String> terms = plural.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
      if (!names.contains(terms)) { // "PRMs" may be a name of its own
        matcher.add(terms, plural);
      }
    }
  }

  public List<Mention> find(String text) {
    return mentions(text, LinkExtractor.find(text));
  }

  /**
   * As {@link #find(String)}, for a text whose links were found when it was read: {@code links} is
   * what {@link LinkExtractor#find} found in it (a paper's abstract and its {@code linkSpans}), so
   * the text is not searched for them again.
   */
  public List<Mention> find(String text, List<LinkSpan> links) {
    return mentions(text, links);
  }

  private List<Mention> mentions(String text, List<LinkSpan> links) {
    List<Token> words = WordTokenizer.words(text);
    List<PhraseMatcher.Match<Alias>> candidates = new ArrayList<>();
    for (PhraseMatcher.Match<Alias> match : matcher.find(words)) {
      if (accepts(text, match)
          && !UnmeantNames.at(
              text, match.start(), match.end(), match.value().entity().kind(), links)) {
        candidates.add(match);
      }
    }
    candidates.sort(
        Comparator.comparingInt((PhraseMatcher.Match<Alias> m) -> m.start())
            .thenComparing(m -> -(m.end() - m.start()))
            .thenComparing(m -> m.value().entity().slug()));
    List<Mention> mentions = new ArrayList<>();
    int end = -1;
    for (PhraseMatcher.Match<Alias> m : candidates) {
      if (m.start() >= end) {
        mentions.add(new Mention(m.value().entity(), m.start(), m.end()));
        end = m.end();
      }
    }
    List<Mention> heads = new ArrayList<>();
    for (Mention mention : mentions) {
      for (PhraseMatcher.Match<Alias> m : candidates) {
        // the first such head only: "reward model" in "process reward model", once
        if (m.start() > mention.start()
            && m.end() == mention.end()
            && !m.value().entity().equals(mention.entity())
            && heads.stream().noneMatch(h -> h.start() >= mention.start() && h.end() == m.end())) {
          heads.add(new Mention(m.value().entity(), m.start(), m.end()));
        }
      }
    }
    if (heads.isEmpty()) {
      return mentions;
    }
    mentions.addAll(heads);
    mentions.sort(
        Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
    return mentions;
  }

  private static boolean accepts(String text, PhraseMatcher.Match<Alias> match) {
    Alias alias = match.value();
    String surface = text.substring(match.start(), match.end());
    List<Token> words = WordTokenizer.words(surface);
    for (int i = 0; i < words.size(); i++) {
      Token w = words.get(i);
      // a capital's plural is found only as written: "GPTs", not "gpts"
      boolean exact =
          alias.entity().caseSensitive() || (alias.exactLast() && i == words.size() - 1);
      if (exact && !surface.substring(w.start(), w.end()).equals(alias.words().get(i))) {
        return false;
      }
      if (i > 0) {
        String gap = surface.substring(words.get(i - 1).end(), w.start());
        if (!gap.equals(alias.gaps().get(i - 1)) && !joins(gap)) {
          return false;
        }
      }
    }
    // "GPT-3" in "GPT-3.5", "o1" in "o1.2": a dot and a digit continue the name.
    int after = match.end();
    return !(after + 1 < text.length()
        && (text.charAt(after) == '.' || text.charAt(after) == ',')
        && Character.isDigit(text.charAt(after + 1)));
  }

  /** Whether the characters between two words of one name keep them together. */
  private static boolean joins(String gap) {
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (!Character.isWhitespace(c) && c != '-' && c != '/' && c != '\u2010' && c != '\u2011') {
        return false;
      }
    }
    return true;
  }
}
