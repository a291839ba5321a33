package dev.surveyor.ingest;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Severity;
import dev.surveyor.ingest.CuratedFiles.Curated;
import dev.surveyor.ingest.SubtopicPins.PinFront;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.SourceText;
import dev.surveyor.model.Theme;
import dev.surveyor.model.ThemeRules;
import dev.surveyor.text.WordForms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code themes/*.md}: each theme's name, order, matching rules and named sub-topics from the
 * front matter, its introduction from the body. Themes come sorted by order, then slug.
 */
final class ThemeReader {
  static final String FOLDER = "themes";

  /** Front matter of a theme file. */
  record ThemeFront(
      String name,
      String shortName,
      Integer order,
      String digest,
      RulesFront rules,
      List<PinFront> subtopics) {}

  /** The matching rules of a theme. */
  record RulesFront(
      Double threshold,
      Double titleWeight,
      Integer maxRepeats,
      LinkedHashMap<String, Double> cues,
      LinkedHashMap<String, Double> titleCues,
      LinkedHashMap<String, Double> abstractCues,
      List<PairFront> pairedCues,
      List<String> formsOnly,
      List<String> otherSenses) {}

  /**
   * A paired cue: phrases that count, once, only with one of the {@code with} phrases; {@code says}
   * what the two together mean, for a reader.
   */
  record PairFront(List<String> phrases, List<String> with, Double weight, String says) {}

  private final ContentFiles files;
  private final CuratedFiles curated;
  private final YamlReader yaml;
  private final Diagnostics diagnostics;

  ThemeReader(ContentFiles files, CuratedFiles curated, YamlReader yaml, Diagnostics diagnostics) {
    this.files = files;
    this.curated = curated;
    this.yaml = yaml;
    this.diagnostics = diagnostics;
  }

  /** The slugs of every theme file, read or not: what paper notes may name. */
  List<String> slugs() {
    return files.markdownFiles(FOLDER).stream()
        .map(f -> f.getFileName().toString().replaceFirst("\\.md$", ""))
        .toList();
  }

  List<Theme> read(EarlierRead earlier) {
    // Theme files with their long rules are the costliest to parse; unchanged ones are reused,
    // and so are the rules of one whose introduction alone changed.
    Map<String, Theme> unchanged = new HashMap<>();
    if (earlier.previous() != null) {
      for (Theme theme : earlier.previous().themes()) {
        String file = theme.intro().start().file();
        if (earlier.applies(file)) {
          unchanged.put(file, theme);
        } else {
          withNewIntro(theme, earlier).ifPresent(edited -> unchanged.put(file, edited));
        }
      }
    }
    List<Theme> themes = new ArrayList<>(unchanged.values());
    for (Curated<ThemeFront> c : curated.read(FOLDER, ThemeFront.class, unchanged::containsKey)) {
      ThemeFront front = c.front();
      if (front.name() == null || front.name().isBlank()) {
        diagnostics.report(Diagnostic.error(c.file(), 1, "theme front matter needs a name"));
        continue;
      }
      int order = front.order() == null ? 100 : front.order();
      themes.add(
          new Theme(
              c.slug(),
              front.name(),
              front.shortName(),
              order,
              front.digest(),
              rules(front.rules(), pairs(c), formsOnly(c)),
              c.body(),
              SubtopicPins.of(c.file(), front.subtopics(), diagnostics)));
    }
    themes.sort(Comparator.comparingInt(Theme::order).thenComparing(Theme::slug));
    return themes;
  }

  /**
   * The theme {@code before}'s file gives now when its front matter is as it was (only the
   * introduction was edited): the same theme with the new introduction, its rules not parsed again.
   * Empty when the front matter changed, or the earlier bytes are unknown.
   */
  private Optional<Theme> withNewIntro(Theme before, EarlierRead earlier) {
    String file = before.intro().start().file();
    byte[] then = earlier.before().apply(file);
    Path path = files.resolve(file);
    if (then == null || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    SourceText now;
    try {
      now = TextDecoder.decode(file, Files.readAllBytes(path));
    } catch (IOException e) {
      return Optional.empty(); // read as any changed file is, which reports the problem
    }
    FrontMatter was = FrontMatter.split(TextDecoder.decode(file, then));
    FrontMatter is = now.looksBinary() ? null : FrontMatter.split(now);
    if (was == null
        || is == null
        || !was.yaml().equals(is.yaml())
        || was.yamlLine() != is.yamlLine()) {
      return Optional.empty();
    }
    diagnostics.reportAll(now.problems()); // as ContentFiles.readText does
    Markdown intro = new Markdown(is.body(), new Provenance(file, is.bodyLine()));
    return Optional.of(before.withIntro(intro));
  }

  private static ThemeRules rules(
      RulesFront front, List<ThemeRules.Pair> pairs, List<String> formsOnly) {
    if (front == null) {
      return ThemeRules.none();
    }
    List<ThemeRules.Cue> cues = new ArrayList<>();
    addCues(cues, front.cues(), ThemeRules.Scope.ANYWHERE);
    addCues(cues, front.titleCues(), ThemeRules.Scope.TITLE);
    addCues(cues, front.abstractCues(), ThemeRules.Scope.ABSTRACT);
    return new ThemeRules(
        front.threshold() == null ? 1 : front.threshold(),
        front.titleWeight() == null ? 2 : front.titleWeight(),
        front.maxRepeats() == null ? 3 : front.maxRepeats(),
        cues,
        pairs,
        formsOnly,
        front.otherSenses() == null
            ? List.of()
            : front.otherSenses().stream().filter(p -> p != null && !p.isBlank()).toList());
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /**
   * The words the theme's cues count only in their own forms; each must be one word of one of its
   * cues, else it is reported where it is written and left out.
   */
  private List<String> formsOnly(Curated<ThemeFront> theme) {
    RulesFront rules = theme.front().rules();
    if (rules == null || rules.formsOnly() == null) {
      return List.of();
    }
    List<String> cueWords = new ArrayList<>();
    for (Map<String, Double> cues :
        Arrays.asList(rules.cues(), rules.titleCues(), rules.abstractCues())) {
      if (cues != null) {
        cues.keySet()
            .forEach(cue -> WORD.matcher(cue).results().forEach(w -> cueWords.add(w.group())));
      }
    }
    List<String> words = new ArrayList<>();
    for (YamlReader.Located word :
        yaml.values(theme.fm().yaml(), theme.fm().yamlLine(), List.of("rules", "forms_only"))) {
      String value = word.value().strip();
      String problem =
          !WORD.matcher(value).matches()
              ? "forms_only takes single words (a cue's word that counts only in its own forms),"
                  + " not '"
                  + value
                  + "'"
              : cueWords.stream().noneMatch(w -> WordForms.isFormOf(w, value))
                  ? "forms_only word '" + value + "' is in none of the theme's cues"
                  : null;
      if (problem == null) {
        words.add(value);
      } else {
        diagnostics.report(
            new Diagnostic(
                Severity.ERROR,
                theme.file(),
                word.line(),
                word.column(),
                problem,
                theme.text().line(word.line())));
      }
    }
    return words;
  }

  private List<ThemeRules.Pair> pairs(Curated<ThemeFront> theme) {
    RulesFront rules = theme.front().rules();
    List<ThemeRules.Pair> pairs = new ArrayList<>();
    for (PairFront pair :
        rules == null || rules.pairedCues() == null ? List.<PairFront>of() : rules.pairedCues()) {
      if (pair == null
          || !hasPhrases(pair.phrases())
          || !hasPhrases(pair.with())
          || pair.weight() == null) {
        diagnostics.report(
            Diagnostic.error(
                theme.file(), 1, "each paired cue needs phrases, with (phrases) and a weight"));
      } else {
        pairs.add(new ThemeRules.Pair(pair.phrases(), pair.with(), pair.weight(), pair.says()));
      }
    }
    return pairs;
  }

  private static boolean hasPhrases(List<String> phrases) {
    return phrases != null
        && !phrases.isEmpty()
        && phrases.stream().allMatch(p -> p != null && !p.isBlank());
  }

  private static void addCues(
      List<ThemeRules.Cue> cues, Map<String, Double> phrases, ThemeRules.Scope scope) {
    if (phrases != null) {
      phrases.forEach(
          (phrase, weight) ->
              cues.add(new ThemeRules.Cue(phrase, weight == null ? 1 : weight, scope)));
    }
  }
}
