package dev.surveyor.analyze;

import dev.surveyor.model.Assignment;
import dev.surveyor.model.Evidence;
import dev.surveyor.model.Scores;
import dev.surveyor.model.Theme;
import dev.surveyor.model.ThemeRules;
import dev.surveyor.text.ModelNames;
import dev.surveyor.text.WordForms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Scores each paper against each theme's rules and keeps the evidence. A cue's points are its
 * weight times (title weight if it is in the title, plus its abstract count up to a cap); cues
 * scoped to the title or the abstract count only there, a title-only cue without the multiplier
 * (its weight is already the title's); a paired cue counts its weight once when phrases of both its
 * sides are in the paper; a paper is in the theme when the sum reaches the theme's threshold. A
 * paper that stays out but scores at least half the threshold is a near miss.
 */
public final class RuleScorer implements ThemeScorer {
  private final List<Theme> themes;
  // Every theme's cues and paired-cue phrases in one matcher, so a paper's title and abstract
  // are each read once, not once per theme and kind of cue.
  private final PhraseMatcher<Hit> matcher = new PhraseMatcher<>();

  /** One phrase of a paired cue: which pair, and whether it is on the {@code with} side. */
  private record PairSide(int pair, boolean with) {}

  /**
   * What a phrase found stands for: a cue or a paired cue's phrase of one theme, or neither, one of
   * its other senses of a cue's word ({@code cue} and {@code side} null); {@code words} are its
   * words as written, and {@code forms} says which of them count only in their own forms (null:
   * none), the others counting by their stem.
   */
  private record Hit(
      int theme, ThemeRules.Cue cue, PairSide side, String[] words, boolean[] forms) {
    boolean otherSense() {
      return cue == null && side == null;
    }
  }

  /**
   * @param duplicates told of each cue that analyses to the same terms as an earlier cue of its
   *     theme ("reasoner" after "reasoning"); such a cue is ignored so nothing counts twice
   */
  public RuleScorer(
      List<Theme> themes, TextAnalyzer analyzer, BiConsumer<Theme, String> duplicates) {
    this.themes = List.copyOf(themes);
    for (int t = 0; t < themes.size(); t++) {
      Theme theme = themes.get(t);
      Map<List<String>, String> seen = new HashMap<>();
      List<String> formsOnly = theme.rules().formsOnly();
      for (ThemeRules.Cue cue : theme.rules().cues()) {
        List<String> terms = analyzer.terms(cue.phrase());
        List<String> key = new ArrayList<>(terms);
        Hit hit = hit(t, cue, null, cue.phrase(), analyzer, formsOnly);
        if (hit.forms() != null) {
          // a word that counts only in its forms is not the same cue as another of its stem
          key.add(String.join(" ", hit.words()).toLowerCase(java.util.Locale.ROOT));
        }
        key.add(cue.scope().name()); // the same phrase may count differently in title and abstract
        String earlier = seen.putIfAbsent(key, cue.phrase());
        if (terms.isEmpty()) {
          duplicates.accept(theme, "cue '" + cue.phrase() + "' has no words left after analysis");
        } else if (earlier != null) {
          duplicates.accept(
              theme,
              "cue '" + cue.phrase() + "' matches the same words as '" + earlier + "'; ignored");
        } else {
          matcher.add(terms, hit);
        }
      }
      List<ThemeRules.Pair> pairs = theme.rules().pairs();
      for (int p = 0; p < pairs.size(); p++) {
        for (boolean with : new boolean[] {false, true}) {
          for (String phrase : with ? pairs.get(p).with() : pairs.get(p).phrases()) {
            List<String> terms = analyzer.terms(phrase);
            if (terms.isEmpty()) {
              duplicates.accept(
                  theme, "paired cue phrase '" + phrase + "' has no words left after analysis");
            } else {
              matcher.add(terms, hit(t, null, new PairSide(p, with), phrase, analyzer, null));
            }
          }
        }
      }
      Set<String> cueTerms =
          theme.rules().otherSenses().isEmpty() ? Set.of() : cueTerms(theme, analyzer);
      for (String phrase : theme.rules().otherSenses()) {
        List<String> terms = analyzer.terms(phrase);
        if (terms.stream().noneMatch(cueTerms::contains)) {
          duplicates.accept(
              theme,
              "other_senses phrase '" + phrase + "' holds no word of the theme's cues; ignored");
        } else {
          matcher.add(terms, hit(t, null, null, phrase, analyzer, null));
        }
      }
    }
  }

  /** Every term of the theme's cues and paired cues' phrases. */
  private static Set<String> cueTerms(Theme theme, TextAnalyzer analyzer) {
    Set<String> terms = new HashSet<>();
    theme.rules().cues().forEach(cue -> terms.addAll(analyzer.terms(cue.phrase())));
    for (ThemeRules.Pair pair : theme.rules().pairs()) {
      pair.phrases().forEach(phrase -> terms.addAll(analyzer.terms(phrase)));
      pair.with().forEach(phrase -> terms.addAll(analyzer.terms(phrase)));
    }
    return terms;
  }

  /**
   * The matches less every cue and paired cue's phrase found inside a phrase giving its theme's
   * word another sense ("arithmetic" in "task arithmetic"), and less those phrases themselves. An
   * other sense is its words side by side: "Models in Arithmetic" is not "model arithmetic".
   */
  private static List<PhraseMatcher.Match<Hit>> withoutOtherSenses(
      List<PhraseMatcher.Match<Hit>> matches, String text) {
    if (matches.stream().noneMatch(m -> m.value().otherSense())) {
      return matches; // most papers: no other sense, nothing to compare
    }
    List<PhraseMatcher.Match<Hit>> senses =
        matches.stream().filter(m -> m.value().otherSense() && sideBySide(m, text)).toList();
    List<PhraseMatcher.Match<Hit>> kept = new ArrayList<>();
    for (PhraseMatcher.Match<Hit> match : matches) {
      boolean inside =
          match.value().otherSense()
              || senses.stream()
                  .anyMatch(
                      sense ->
                          sense.value().theme() == match.value().theme()
                              && sense.start() <= match.start()
                              && match.end() <= sense.end());
      if (!inside) {
        kept.add(match);
      }
    }
    return kept;
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Whether the match spans its phrase's words and no word the analyser dropped between them. */
  private static boolean sideBySide(PhraseMatcher.Match<Hit> match, String text) {
    return WORD.matcher(text.substring(match.start(), match.end())).results().count()
        == match.value().words().length;
  }

  /**
   * A phrase's hit, its words as written, and which count only in their own forms ({@link
   * WordForms}): every word of a paired cue's phrase or of an other sense, whose sense is the point
   * of it, and of a cue the words the theme lists in {@code forms_only} ({@code formsOnly} null:
   * every word).
   */
  private static Hit hit(
      int theme,
      ThemeRules.Cue cue,
      PairSide side,
      String phrase,
      TextAnalyzer analyzer,
      List<String> formsOnly) {
    List<Token> tokens = analyzer.tokens(phrase);
    String[] words = new String[tokens.size()];
    boolean[] forms = new boolean[tokens.size()];
    boolean any = false;
    for (int k = 0; k < words.length; k++) {
      String word = phrase.substring(tokens.get(k).start(), tokens.get(k).end());
      words[k] = word;
      forms[k] = formsOnly == null || formsOnly.stream().anyMatch(w -> WordForms.isFormOf(word, w));
      any |= forms[k];
    }
    return new Hit(theme, cue, side, words, any ? forms : null);
  }

  /**
   * The matches whose words are the words their phrase means: a form of each word that counts only
   * in its forms ("Conversely" shares the stem of "conversation" but is not a form of it), no word
   * that only says something can be done ("reasonable" for "reasoning"), no acronym that only adds
   * a capital S to an acronym cue ("COTS" for "CoT"), and no word that is a part of a model's name
   * ({@link ModelNames}: "Instruct" of Qwen2.5-VL-7B-Instruct).
   */
  private static List<PhraseMatcher.Match<Hit>> inTheirForms(
      List<PhraseMatcher.Match<Hit>> matches, List<Token> tokens, String text) {
    List<PhraseMatcher.Match<Hit>> kept = null;
    for (int m = 0; m < matches.size(); m++) {
      PhraseMatcher.Match<Hit> match = matches.get(m);
      boolean keep = inForms(match, tokens, text);
      if (!keep && kept == null) {
        kept = new ArrayList<>(matches.subList(0, m));
      }
      if (keep && kept != null) {
        kept.add(match);
      }
    }
    return kept == null ? matches : kept;
  }

  private static boolean inForms(PhraseMatcher.Match<Hit> match, List<Token> tokens, String text) {
    int first = firstToken(tokens, match.start());
    String[] words = match.value().words();
    boolean[] forms = match.value().forms();
    for (int k = 0; k < words.length; k++) {
      Token token = tokens.get(first + k);
      if (ModelNames.isNamePart(text, token.start(), token.end())) {
        return false; // "Instruct" of Qwen2.5-7B-Instruct names a model, not instructions
      }
      boolean inForms = forms != null && forms[k];
      boolean capitalS = text.charAt(token.end() - 1) == 'S';
      if (!inForms && !capitalS && !mayAddAbility(text, token)) {
        continue; // most words: no string made to look at them
      }
      String word = text.substring(token.start(), token.end());
      if (capitalS && WordForms.isAnotherAcronym(word, words[k])) {
        return false; // "COTS" is a name, not "CoTs"
      }
      if (inForms ? !WordForms.isFormOf(word, words[k]) : WordForms.addsAbility(word, words[k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether the token could end as "-able", "-ably", "-ability" ... do: its last letter. */
  private static boolean mayAddAbility(String text, Token token) {
    char last = Character.toLowerCase(text.charAt(token.end() - 1));
    return token.end() - token.start() > 4 && (last == 'e' || last == 'y' || last == 's');
  }

  /** The index of the token starting at {@code start}: tokens are in text order. */
  private static int firstToken(List<Token> tokens, int start) {
    int low = 0;
    int high = tokens.size() - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).start() < start) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static final int NEAR_MISS_SHARE = 2; // a near miss scores at least half the threshold

  /** A theme's score, rounded as shown. */
  private record Scored(int theme, double score) {}

  // A theme's scores are few (sums of a few weights): each one's reason ("12 points (a paper joins
  // the theme at 8.5 points)")
  // is written once and shared, not once for every paper and theme.
  private final Map<Scored, Assignment.Reason> reasons = new ConcurrentHashMap<>();

  private Assignment.Reason reason(Scored scored) {
    double threshold = themes.get(scored.theme()).rules().threshold();
    double score = scored.score();
    return new Assignment.Reason(
        "the theme's phrases",
        points(score) + " (a paper joins the theme at " + points(threshold) + ")",
        score < threshold && score * NEAR_MISS_SHARE >= threshold,
        List.of());
  }

  @Override
  public List<Assignment> score(AnalyzedPaper paper) {
    List<Assignment> assignments = new ArrayList<>(themes.size());
    List<PhraseMatcher.Match<Hit>> inTitle =
        withoutOtherSenses(
            inTheirForms(matcher.find(paper.title()), paper.title(), paper.paper().title()),
            paper.paper().title());
    List<PhraseMatcher.Match<Hit>> inAbstract =
        withoutOtherSenses(
            inTheirForms(
                matcher.find(paper.abstractTokens()),
                paper.abstractTokens(),
                paper.paper().abstractText()),
            paper.paper().abstractText());
    for (int t = 0; t < themes.size(); t++) {
      Theme theme = themes.get(t);
      List<Evidence> evidence = new ArrayList<>();
      evidence.addAll(
          evidence(
              paper.paper().title(),
              ofTheme(inTitle, t, Hit::cue),
              Evidence.Field.TITLE,
              theme.rules()));
      evidence.addAll(
          evidence(
              paper.paper().abstractText(),
              ofTheme(inAbstract, t, Hit::cue),
              Evidence.Field.ABSTRACT,
              theme.rules()));
      evidence.addAll(
          pairEvidence(
              paper,
              ofTheme(inTitle, t, Hit::side),
              ofTheme(inAbstract, t, Hit::side),
              theme.rules().pairs()));
      double score = evidence.stream().mapToDouble(Evidence::points).sum();
      score = Math.round(score * 100) / 100.0;
      evidence.sort(
          Comparator.comparing(Evidence::field)
              .thenComparing(Comparator.comparingDouble(Evidence::points).reversed())
              .thenComparing(Evidence::cue));
      double threshold = theme.rules().threshold();
      boolean in = score >= threshold;
      Assignment.Reason reason = reasons.computeIfAbsent(new Scored(t, score), this::reason);
      assignments.add(
          new Assignment(
              theme.slug(),
              score,
              threshold,
              evidence,
              reason,
              in ? Assignment.Decision.RULES_IN : Assignment.Decision.RULES_OUT));
    }
    return assignments;
  }

  /** A rule score as readers see it: "12 points", "1 point", "−2 points". */
  static String points(double score) {
    String shown = score < 0 ? "\u2212" + Scores.display(-score) : Scores.display(score);
    return shown + (shown.equals("1") ? " point" : " points");
  }

  /**
   * What theme {@code t}'s matches stand for, of one kind ({@code Hit::cue} or {@code Hit::side}),
   * in text order.
   */
  private static <V> List<PhraseMatcher.Match<V>> ofTheme(
      List<PhraseMatcher.Match<Hit>> matches, int t, Function<Hit, V> kind) {
    List<PhraseMatcher.Match<V>> found = new ArrayList<>();
    for (PhraseMatcher.Match<Hit> match : matches) {
      V value = kind.apply(match.value());
      if (match.value().theme() == t && value != null) {
        found.add(new PhraseMatcher.Match<>(value, match.start(), match.end()));
      }
    }
    return found;
  }

  /**
   * A pair's evidence names its first matches, {@code prompt + frozen}, where the first side was
   * found.
   */
  private static List<Evidence> pairEvidence(
      AnalyzedPaper paper,
      List<PhraseMatcher.Match<PairSide>> inTitle,
      List<PhraseMatcher.Match<PairSide>> inAbstract,
      List<ThemeRules.Pair> pairs) {
    if (pairs.isEmpty()) {
      return List.of();
    }
    String[][] surfaces = new String[pairs.size()][2];
    Evidence.Field[] fields = new Evidence.Field[pairs.size()];
    for (Evidence.Field field : Evidence.Field.values()) {
      boolean title = field == Evidence.Field.TITLE;
      String text = title ? paper.paper().title() : paper.paper().abstractText();
      for (PhraseMatcher.Match<PairSide> match : title ? inTitle : inAbstract) {
        PairSide side = match.value();
        int s = side.with() ? 1 : 0;
        if (surfaces[side.pair()][s] == null) {
          surfaces[side.pair()][s] = text.substring(match.start(), match.end());
          if (!side.with()) {
            fields[side.pair()] = field;
          }
        }
      }
    }
    List<Evidence> out = new ArrayList<>();
    for (int p = 0; p < pairs.size(); p++) {
      if (surfaces[p][0] != null && surfaces[p][1] != null) {
        ThemeRules.Pair pair = pairs.get(p);
        out.add(
            new Evidence(
                pair.name(), surfaces[p][0] + " + " + surfaces[p][1], fields[p], 1, pair.weight()));
      }
    }
    return out;
  }

  private static List<Evidence> evidence(
      String text,
      List<PhraseMatcher.Match<ThemeRules.Cue>> matches,
      Evidence.Field field,
      ThemeRules rules) {
    Map<ThemeRules.Cue, List<PhraseMatcher.Match<ThemeRules.Cue>>> byCue = new LinkedHashMap<>();
    for (PhraseMatcher.Match<ThemeRules.Cue> match : matches) {
      byCue.computeIfAbsent(match.value(), k -> new ArrayList<>()).add(match);
    }
    byCue.keySet().removeIf(cue -> !cue.scope().covers(field));
    Map<ThemeRules.Cue, ThemeRules.Cue> partOf = containers(byCue);
    List<Evidence> out = new ArrayList<>();
    for (Map.Entry<ThemeRules.Cue, List<PhraseMatcher.Match<ThemeRules.Cue>>> e :
        byCue.entrySet()) {
      ThemeRules.Cue cue = e.getKey();
      int count = e.getValue().size();
      double factor =
          field == Evidence.Field.ABSTRACT
              ? Math.min(count, rules.maxRepeats())
              : cue.scope() == ThemeRules.Scope.TITLE ? 1 : rules.titleWeight();
      PhraseMatcher.Match<ThemeRules.Cue> first = e.getValue().get(0);
      String surface = text.substring(first.start(), first.end());
      ThemeRules.Cue container = partOf.get(cue);
      out.add(
          new Evidence(
              cue.phrase(),
              surface,
              field,
              count,
              cue.weight() * factor,
              container == null ? "" : container.phrase()));
    }
    return out;
  }

  /**
   * For each cue, the other cue whose longest match holds one of its matches (of two cues on the
   * same words, the first holds the second), so pages can show nested phrases as one.
   */
  private static Map<ThemeRules.Cue, ThemeRules.Cue> containers(
      Map<ThemeRules.Cue, List<PhraseMatcher.Match<ThemeRules.Cue>>> byCue) {
    Map<ThemeRules.Cue, ThemeRules.Cue> partOf = new HashMap<>();
    if (byCue.size() < 2) {
      return partOf;
    }
    List<ThemeRules.Cue> order = new ArrayList<>(byCue.keySet());
    Map<ThemeRules.Cue, Integer> longest = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      for (PhraseMatcher.Match<ThemeRules.Cue> inner : byCue.get(order.get(i))) {
        for (int j = 0; j < order.size(); j++) {
          if (j == i) {
            continue;
          }
          for (PhraseMatcher.Match<ThemeRules.Cue> outer : byCue.get(order.get(j))) {
            int length = outer.end() - outer.start();
            int innerLength = inner.end() - inner.start();
            boolean holds =
                outer.start() <= inner.start()
                    && inner.end() <= outer.end()
                    && (length > innerLength || j < i);
            if (holds && length > longest.getOrDefault(order.get(i), 0)) {
              longest.put(order.get(i), length);
              partOf.put(order.get(i), order.get(j));
            }
          }
        }
      }
    }
    return partOf;
  }
}
