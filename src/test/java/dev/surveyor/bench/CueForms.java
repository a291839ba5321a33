package dev.surveyor.bench;

import dev.surveyor.analyze.PhraseMatcher;
import dev.surveyor.analyze.TextAnalyzer;
import dev.surveyor.analyze.Token;
import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Theme;
import dev.surveyor.model.ThemeRules;
import dev.surveyor.support.Repo;
import dev.surveyor.text.WordForms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which words of the papers each theme cue's words meet: for every cue word and every surface word
 * a match of the cue took for it, how often and in how many papers, with the cues that took it.
 * Only the surface words that differ from the cue's own word are listed, so a reader can judge
 * which forms are the cue's meaning ("conversations" for "conversation") and which only share a
 * Porter stem ("conversely"). Run by {@code bench/cue-forms [SOURCES_DIR]} (default: the survey's).
 *
 * <p>Columns: cue word, surface word, occurrences, papers, kind (cue, title, abstract, pair, with),
 * theme slugs and cue phrases.
 */
public final class CueForms {
  private CueForms() {}

  /** One phrase of the rules, as written, and where it came from. */
  private record Source(
      String theme, String kind, String phrase, List<String> words, List<String> formsOnly) {}

  /** What one cue word met as one surface word. */
  private static final class Tally {
    int occurrences;
    final Set<String> papers = new HashSet<>();
    final Set<String> where = new java.util.TreeSet<>();
    final Set<String> verdicts = new java.util.TreeSet<>();
  }

  public static void main(String[] args) throws Exception {
    Path sources = args.length > 0 ? Path.of(args[0]) : null;
    Site.Loaded loaded = Site.load(Repo.content(), sources, new Diagnostics());
    try (TextAnalyzer analyzer = new TextAnalyzer()) {
      PhraseMatcher<Source> matcher = new PhraseMatcher<>();
      for (Theme theme : loaded.content().themes()) {
        for (ThemeRules.Cue cue : theme.rules().cues()) {
          add(matcher, analyzer, theme, kind(cue.scope()), cue.phrase());
        }
        for (ThemeRules.Pair pair : theme.rules().pairs()) {
          pair.phrases().forEach(p -> add(matcher, analyzer, theme, "pair", p));
          pair.with().forEach(p -> add(matcher, analyzer, theme, "with", p));
        }
      }
      Map<String, Tally> tallies = new TreeMap<>();
      for (Paper paper : loaded.corpus().papers()) {
        for (String text : List.of(paper.title(), paper.abstractText())) {
          List<Token> tokens = analyzer.tokens(text);
          for (PhraseMatcher.Match<Source> match : matcher.find(tokens, text)) {
            int first = indexAt(tokens, match.start());
            Source source = match.value();
            for (int k = 0; k < source.words().size(); k++) {
              Token token = tokens.get(first + k);
              String surface = text.substring(token.start(), token.end()).toLowerCase(Locale.ROOT);
              String word = source.words().get(k);
              if (surface.equals(word)) {
                continue;
              }
              Tally tally = tallies.computeIfAbsent(word + "\t" + surface, w -> new Tally());
              tally.occurrences++;
              tally.papers.add(paper.title());
              tally.where.add(source.kind() + ":" + source.theme() + ":" + source.phrase());
              boolean checked =
                  source.kind().equals("pair")
                      || source.kind().equals("with")
                      || source.formsOnly().stream().anyMatch(w -> WordForms.isFormOf(word, w));
              tally.verdicts.add(
                  !checked ? "stem" : WordForms.isFormOf(surface, word) ? "form" : "dropped");
            }
          }
        }
      }
      tallies.forEach(
          (key, t) ->
              System.out.println(
                  key
                      + "\t"
                      + t.occurrences
                      + "\t"
                      + t.papers.size()
                      + "\t"
                      + t.verdicts
                      + "\t"
                      + t.where));
    }
  }

  private static String kind(ThemeRules.Scope scope) {
    return switch (scope) {
      case ANYWHERE -> "cue";
      case TITLE -> "title";
      case ABSTRACT -> "abstract";
    };
  }

  private static void add(
      PhraseMatcher<Source> matcher,
      TextAnalyzer analyzer,
      Theme theme,
      String kind,
      String phrase) {
    List<Token> tokens = analyzer.tokens(phrase);
    List<String> words = new ArrayList<>();
    for (Token token : tokens) {
      words.add(phrase.substring(token.start(), token.end()).toLowerCase(Locale.ROOT));
    }
    matcher.add(
        tokens.stream().map(Token::term).toList(),
        new Source(theme.slug(), kind, phrase, words, theme.rules().formsOnly()));
  }

  private static int indexAt(List<Token> tokens, int start) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == start) {
        return i;
      }
    }
    throw new IllegalStateException("no token starts at " + start);
  }
}
