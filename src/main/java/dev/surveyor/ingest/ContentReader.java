package dev.surveyor.ingest;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.config.SurveyConfig;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Severity;
import dev.surveyor.model.Content;
import dev.surveyor.model.Entity;
import dev.surveyor.model.ExtraPage;
import dev.surveyor.model.LabelSet;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.SkippedFile;
import dev.surveyor.model.SourceText;
import dev.surveyor.model.SubtopicPin;
import dev.surveyor.model.Theme;
import dev.surveyor.model.ThemeRules;
import dev.surveyor.text.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the content directory: {@code survey.md}, {@code themes/*.md}, {@code papers/*.md}, {@code
 * pages/*.md} and the raw listings in {@code sources/}. Problems in one file are reported and the
 * others are still read, so one build shows every problem at once.
 */
public final class ContentReader {
  /** Names a theme or page may not take: they would clash with pages the site always has. */
  public static final Set<String> RESERVED =
      Set.of(
          "other",
          "index",
          "papers",
          "search",
          "404",
          "themes",
          "entities",
          "data",
          "assets",
          "feed",
          "sitemap",
          "robots",
          "all",
          "map");

  /** The later pages of the list of all papers ("papers-2", ...), reserved as well. */
  private static final Pattern LIST_PAGE = Pattern.compile("papers-[0-9]+");

  private static final List<String> SOURCE_SUFFIXES = SourceFormats.suffixes();

  private final YamlReader yaml = new YamlReader();
  private final Path root;
  private final Path sources;
  private final Diagnostics diagnostics;
  private final Reuse reuse;

  public ContentReader(Path root, Diagnostics diagnostics) {
    this(root, diagnostics, Reuse.NONE);
  }

  public ContentReader(Path root, Diagnostics diagnostics, Reuse reuse) {
    this(root, root.resolve("sources"), diagnostics, reuse);
  }

  private ContentReader(Path root, Path sources, Diagnostics diagnostics, Reuse reuse) {
    this.root = root;
    this.sources = sources;
    this.diagnostics = diagnostics;
    this.reuse = reuse;
  }

  /**
   * A reader that takes the sources from another folder, such as a collection kept outside the
   * survey (evaluating the rules on it without copying it in). Its files are named {@code
   * sources/...} as if they were inside; the survey's paper notes are not read.
   */
  public ContentReader withSources(Path folder) {
    return new ContentReader(root, folder, diagnostics, reuse);
  }

  /**
   * An earlier read whose settings, themes, extra pages, entity lexicon and listings may stand in
   * for files whose bytes have not changed since, so serve does not decode and parse them again on
   * every edit.
   *
   * @param unchanged whether a file (relative path, as in diagnostics) has the bytes it had when
   *     {@code previous} was read
   * @param before the bytes a file had when {@code previous} was read, or null: a theme file whose
   *     front matter they show unchanged keeps its theme with the new introduction
   */
  public record Reuse(
      Content previous, Predicate<String> unchanged, Function<String, byte[]> before) {
    public static final Reuse NONE = new Reuse(null, file -> false);

    public Reuse(Content previous, Predicate<String> unchanged) {
      this(previous, unchanged, file -> null);
    }

    boolean applies(String file) {
      return previous != null && unchanged.test(file);
    }
  }

  /** Front matter of {@code survey.md}. */
  record SurveyFront(
      String title,
      String tagline,
      String baseUrl,
      String language,
      Integer listingYear,
      String author,
      Integer feedSize,
      Integer relatedCount,
      List<PinFront> otherSubtopics,
      String sourceName,
      String sourceUrl,
      String captured,
      String repository,
      List<String> learnFrom) {}

  /** Front matter of a theme file. */
  record ThemeFront(
      String name,
      String shortName,
      Integer order,
      String digest,
      RulesFront rules,
      List<PinFront> subtopics) {}

  /** A named sub-topic and the phrases that seed it. */
  record PinFront(String name, List<String> phrases) {}

  /** The matching rules of a theme. */
  record RulesFront(
      Double threshold,
      Double titleWeight,
      Integer maxRepeats,
      LinkedHashMap<String, Double> cues,
      LinkedHashMap<String, Double> titleCues,
      LinkedHashMap<String, Double> abstractCues,
      List<PairFront> pairedCues) {}

  /** A paired cue: phrases that count, once, only with one of the {@code with} phrases. */
  record PairFront(List<String> phrases, List<String> with, Double weight) {}

  /**
   * Front matter of a paper note: a verdict ({@code themes}) or themes to add and remove, and a
   * curated title or abstract.
   */
  record NoteFront(
      List<String> themes,
      List<String> addThemes,
      List<String> removeThemes,
      String title,
      @com.fasterxml.jackson.annotation.JsonProperty("abstract") String abstractText) {}

  /** Front matter of an extra page. */
  record PageFront(String title, Integer order) {}

  public Content read() throws ContentException {
    if (!Files.isDirectory(root)) {
      throw new ContentException(
          Diagnostic.error(root.toString(), 0, "content directory not found"));
    }
    SurveyConfig config = SurveyConfig.defaults();
    Markdown intro = new Markdown("", new Provenance("survey.md", 1));
    boolean same = reuse.applies("survey.md");
    SourceText survey = same ? null : readText(root.resolve("survey.md"));
    if (same) {
      config = reuse.previous().config();
      intro = reuse.previous().intro();
    } else if (survey == null) {
      diagnostics.report(Diagnostic.error("survey.md", 0, "missing: the survey needs a survey.md"));
    } else {
      FrontMatter fm = split(survey);
      if (fm != null) {
        SurveyFront front = parse(survey, fm, SurveyFront.class);
        if (front != null) {
          SurveyConfig.baseUrlProblem(front.baseUrl())
              .ifPresent(problem -> diagnostics.report(atKey(survey, "base_url", problem)));
          SurveyConfig.linkProblem(front.sourceUrl())
              .ifPresent(problem -> diagnostics.report(atKey(survey, "source_url", problem)));
          SurveyConfig.linkProblem(front.repository())
              .ifPresent(problem -> diagnostics.report(atKey(survey, "repository", problem)));
          if (front.title() == null || front.title().isBlank()) {
            diagnostics.report(Diagnostic.error("survey.md", 1, "front matter needs a title"));
          } else {
            config =
                new SurveyConfig(
                    front.title(),
                    front.tagline(),
                    front.baseUrl(),
                    front.language(),
                    front.listingYear(),
                    front.author(),
                    front.feedSize() == null ? 0 : front.feedSize(),
                    front.relatedCount() == null ? 0 : front.relatedCount(),
                    pins("survey.md", front.otherSubtopics()),
                    front.sourceName(),
                    front.sourceUrl(),
                    front.captured(),
                    front.repository(),
                    front.learnFrom());
          }
        }
        intro = new Markdown(fm.body(), new Provenance("survey.md", fm.bodyLine()));
      }
    }
    List<Theme> themes = readThemes();
    // Notes are checked against every theme file, so a theme that failed to read is not named
    // twice.
    // They correct the survey's own papers: sources from elsewhere (a collection to evaluate the
    // rules on) are read without them, as their papers are other papers.
    List<PaperNote> notes =
        !this.sources.equals(root.resolve("sources"))
            ? List.of()
            : readNotes(
                markdownFiles("themes").stream()
                    .map(f -> f.getFileName().toString().replaceFirst("\\.md$", ""))
                    .toList());
    List<ExtraPage> pages = readPages();
    List<Entity> entities = readEntities();
    List<SkippedFile> skipped = new ArrayList<>();
    List<SourceText> sources = readSources(skipped);
    List<LabelSet> teaching = readTeaching(survey, config.learnFrom());
    diagnostics.throwIfErrors();
    return new Content(config, intro, themes, notes, pages, entities, sources, skipped, teaching);
  }

  /** The label files {@code learn_from} names, each kept inside the content directory. */
  private List<LabelSet> readTeaching(SourceText survey, List<String> files) {
    List<LabelSet> sets = new ArrayList<>();
    for (String name : files) {
      Path file = root.resolve(name).normalize();
      if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file)) {
        String problem = "learn_from names '" + name + "', not a file in the content directory";
        diagnostics.report(
            survey == null
                ? Diagnostic.error("survey.md", 1, problem)
                : atKey(survey, "learn_from", problem));
        continue;
      }
      try {
        sets.add(LabelReader.read(file, name));
      } catch (ContentException e) {
        diagnostics.reportAll(e.diagnostics());
      }
    }
    return sets;
  }

  /** A curated Markdown file whose front matter parsed: its slug, front matter and body. */
  private record Curated<T>(
      String slug, String file, T front, Markdown body, SourceText text, FrontMatter fm) {}

  /** Every {@code folder/*.md} with valid slug and front matter; problems go to diagnostics. */
  private <T> List<Curated<T>> readCurated(String folder, Class<T> type) {
    return readCurated(folder, type, file -> false);
  }

  /** As above, leaving out the files {@code skip} names (relative paths). */
  private <T> List<Curated<T>> readCurated(String folder, Class<T> type, Predicate<String> skip) {
    List<Curated<T>> files = new ArrayList<>();
    for (Path file : markdownFiles(folder)) {
      if (skip.test(relative(file))) {
        continue;
      }
      SourceText text = readText(file);
      String slug = slugOf(file, text);
      if (text == null || slug == null) {
        continue;
      }
      FrontMatter fm = split(text);
      T front = fm == null ? null : parse(text, fm, type);
      if (front != null) {
        Markdown body = new Markdown(fm.body(), new Provenance(text.file(), fm.bodyLine()));
        files.add(new Curated<>(slug, text.file(), front, body, text, fm));
      }
    }
    return files;
  }

  private List<Theme> readThemes() {
    // Theme files with their long rules are the costliest to parse; unchanged ones are reused,
    // and so are the rules of one whose introduction alone changed.
    Map<String, Theme> unchanged = new HashMap<>();
    if (reuse.previous() != null) {
      for (Theme theme : reuse.previous().themes()) {
        String file = theme.intro().start().file();
        if (reuse.applies(file)) {
          unchanged.put(file, theme);
        } else {
          withNewIntro(theme).ifPresent(edited -> unchanged.put(file, edited));
        }
      }
    }
    List<Theme> themes = new ArrayList<>(unchanged.values());
    for (Curated<ThemeFront> c : readCurated("themes", ThemeFront.class, unchanged::containsKey)) {
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
              rules(front.rules(), pairs(c)),
              c.body(),
              pins(c)));
    }
    themes.sort(Comparator.comparingInt(Theme::order).thenComparing(Theme::slug));
    return themes;
  }

  /**
   * The theme {@code before}'s file gives now when its front matter is as it was (only the
   * introduction was edited): the same theme with the new introduction, its rules not parsed again.
   * Empty when the front matter changed, or the earlier bytes are unknown.
   */
  private Optional<Theme> withNewIntro(Theme before) {
    String file = before.intro().start().file();
    byte[] then = reuse.before().apply(file);
    Path path = root.resolve(file);
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
    diagnostics.reportAll(now.problems()); // as readText does
    Markdown intro = new Markdown(is.body(), new Provenance(file, is.bodyLine()));
    return Optional.of(before.withIntro(intro));
  }

  private static ThemeRules rules(RulesFront front, List<ThemeRules.Pair> pairs) {
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
        pairs);
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
        pairs.add(new ThemeRules.Pair(pair.phrases(), pair.with(), pair.weight()));
      }
    }
    return pairs;
  }

  private static boolean hasPhrases(List<String> phrases) {
    return phrases != null
        && !phrases.isEmpty()
        && phrases.stream().allMatch(p -> p != null && !p.isBlank());
  }

  private List<SubtopicPin> pins(Curated<ThemeFront> theme) {
    return pins(theme.file(), theme.front().subtopics());
  }

  /** Named sub-topics from a theme's {@code subtopics} or the survey's {@code other_subtopics}. */
  private List<SubtopicPin> pins(String file, List<PinFront> named) {
    List<SubtopicPin> pins = new ArrayList<>();
    for (PinFront pin : named == null ? List.<PinFront>of() : named) {
      if (pin == null
          || pin.name() == null
          || pin.name().isBlank()
          || pin.phrases() == null
          || pin.phrases().isEmpty()) {
        diagnostics.report(
            Diagnostic.error(file, 1, "each sub-topic needs a name and at least one phrase"));
      } else {
        pins.add(new SubtopicPin(pin.name().strip(), pin.phrases()));
      }
    }
    return pins;
  }

  private static void addCues(
      List<ThemeRules.Cue> cues, Map<String, Double> phrases, ThemeRules.Scope scope) {
    if (phrases != null) {
      phrases.forEach(
          (phrase, weight) ->
              cues.add(new ThemeRules.Cue(phrase, weight == null ? 1 : weight, scope)));
    }
  }

  private List<PaperNote> readNotes(List<String> themes) {
    List<PaperNote> notes = new ArrayList<>();
    for (Curated<NoteFront> c : readCurated("papers", NoteFront.class)) {
      NoteFront front = c.front();
      checkThemes(c, themes);
      notes.add(
          new PaperNote(
              c.slug(),
              front.addThemes() == null ? List.of() : front.addThemes(),
              front.removeThemes() == null ? List.of() : front.removeThemes(),
              Optional.ofNullable(front.themes()),
              c.body(),
              front.title(),
              front.abstractText()));
    }
    return notes;
  }

  /**
   * Each theme a note names must exist, and be named once; a verdict stands alone, as it gives the
   * paper's exact themes.
   */
  private void checkThemes(Curated<NoteFront> c, List<String> themes) {
    if (c.front().themes() != null) {
      for (String key : List.of("add_themes", "remove_themes")) {
        if (keyLine(c, key) > 0) {
          int line = keyLine(c, key);
          diagnostics.report(
              new Diagnostic(
                  Severity.ERROR,
                  c.file(),
                  line,
                  1,
                  key
                      + " cannot stand beside themes, which gives the paper's exact themes;"
                      + " keep one of the two",
                  c.text().line(line)));
        }
      }
    }
    Map<String, String> seen = new HashMap<>();
    for (String key : List.of("themes", "add_themes", "remove_themes")) {
      for (YamlReader.Located theme : yaml.values(c.fm().yaml(), c.fm().yamlLine(), key)) {
        String earlier = seen.putIfAbsent(theme.value(), key);
        String problem =
            !themes.contains(theme.value())
                ? "no theme has the slug '"
                    + theme.value()
                    + "' (themes: "
                    + String.join(", ", themes.stream().sorted().toList())
                    + ")"
                : earlier == null
                    ? null
                    : earlier.equals(key)
                        ? "theme '" + theme.value() + "' is named twice in " + key
                        : earlier.equals("themes") || key.equals("themes")
                            ? null // reported above: the keys do not go together
                            : "theme '" + theme.value() + "' is both added and removed";
        if (problem != null) {
          diagnostics.report(
              new Diagnostic(
                  Severity.ERROR,
                  c.file(),
                  theme.line(),
                  theme.column(),
                  problem,
                  c.text().line(theme.line())));
        }
      }
    }
  }

  /** The line of a top-level front-matter key of a curated file, or 0 when it is not there. */
  private static int keyLine(Curated<?> c, String key) {
    for (int line = c.fm().yamlLine(); line < c.fm().bodyLine() - 1; line++) {
      if (c.text().line(line).startsWith(key + ":")) {
        return line;
      }
    }
    return 0;
  }

  private List<ExtraPage> readPages() {
    List<ExtraPage> pages = new ArrayList<>();
    Set<String> kept = new HashSet<>();
    if (reuse.previous() != null) {
      for (ExtraPage page : reuse.previous().pages()) {
        if (reuse.applies(page.body().start().file())) {
          pages.add(page);
          kept.add(page.body().start().file());
        }
      }
    }
    for (Curated<PageFront> c : readCurated("pages", PageFront.class, kept::contains)) {
      PageFront front = c.front();
      String title = front.title() == null || front.title().isBlank() ? c.slug() : front.title();
      pages.add(
          new ExtraPage(c.slug(), title, front.order() == null ? 100 : front.order(), c.body()));
    }
    pages.sort(Comparator.comparingInt(ExtraPage::order).thenComparing(ExtraPage::slug));
    return pages;
  }

  /** The entity lexicon, {@code entities.yml}; a survey without one has no entity pages. */
  private List<Entity> readEntities() {
    if (reuse.applies("entities.yml")) {
      return reuse.previous().entities();
    }
    SourceText text = readText(root.resolve("entities.yml"));
    return text == null ? List.of() : EntityReader.read(text, yaml, diagnostics);
  }

  /**
   * Every source below {@code sources/}, in path order: files of the {@link SourceFormats}
   * (*.jsonl, *.txt, *.md, *.markdown; which format reads a file is decided later), in sub-folders
   * too, so a collection can be dropped in as a folder. Other files are listed as skipped, never
   * silently dropped. Files are decoded in parallel.
   */
  private List<SourceText> readSources(List<SkippedFile> skipped) {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(sources)) {
      collectSources(sources, files, skipped);
    }
    Map<String, SourceText> before = new HashMap<>();
    if (reuse.previous() != null) {
      reuse.previous().sources().forEach(source -> before.put(source.file(), source));
    }
    List<SourceText> sources =
        Cores.map(
                files,
                file -> {
                  String relative = relative(file);
                  return before.containsKey(relative) && reuse.applies(relative)
                      ? before.get(relative)
                      : readText(file);
                })
            .stream()
            .filter(Objects::nonNull)
            .toList();
    if (sources.isEmpty()) {
      diagnostics.report(
          Diagnostic.warning("sources", 0, "no sources (" + SourceFormats.describe() + ") found"));
    }
    return sources;
  }

  private void collectSources(Path dir, List<Path> files, List<SkippedFile> skipped) {
    for (Path p : entries(dir)) {
      String name = p.getFileName().toString();
      if (name.startsWith(".") || Files.exists(p) && !insideRoot(p)) {
        continue;
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        collectSources(p, files, skipped);
      } else if (SOURCE_SUFFIXES.stream().anyMatch(name::endsWith) && Files.isRegularFile(p)) {
        files.add(p);
      } else {
        String reason =
            !Files.exists(p)
                ? "a link to nothing"
                : Files.isDirectory(p)
                    ? "a link to a folder, not followed"
                    : "not a source file (" + SourceFormats.describe() + ")";
        skipped.add(new SkippedFile(relative(p), reason));
        diagnostics.report(Diagnostic.warning(relative(p), 0, reason + "; skipped"));
      }
    }
  }

  private String slugOf(Path file, SourceText text) {
    String name = file.getFileName().toString();
    String slug = name.substring(0, name.length() - ".md".length());
    String relative = relative(file);
    if (!Slugs.isValid(slug)) {
      diagnostics.report(
          Diagnostic.error(
              relative,
              0,
              "file name must be a slug (lowercase letters, digits, hyphens): " + name));
      return null;
    }
    if (!relative.startsWith("papers/")
        && (RESERVED.contains(slug) || LIST_PAGE.matcher(slug).matches())) {
      diagnostics.report(
          Diagnostic.error(
              relative, 0, "'" + slug + "' is reserved for a page the site always has"));
      return null;
    }
    return text == null ? null : slug;
  }

  private FrontMatter split(SourceText text) {
    if (text.looksBinary()) {
      diagnostics.report(Diagnostic.error(text.file(), 1, "binary data, not a Markdown file"));
      return null;
    }
    FrontMatter fm = FrontMatter.split(text);
    if (fm == null) {
      diagnostics.report(
          new Diagnostic(
              Severity.ERROR,
              text.file(),
              1,
              1,
              "front matter opened with '---' is never closed",
              text.line(1)));
    }
    return fm;
  }

  private <T> T parse(SourceText text, FrontMatter fm, Class<T> type) {
    try {
      return yaml.read(text, fm.yaml(), fm.yamlLine(), type);
    } catch (ContentException e) {
      diagnostics.reportAll(e.diagnostics());
      return null;
    }
  }

  private List<Path> markdownFiles(String folder) {
    return files(folder, ".md");
  }

  /** Regular files with the suffix directly in a folder, sorted; links out of it are refused. */
  private List<Path> files(String folder, String suffix) {
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    for (Path p : entries(dir)) {
      String name = p.getFileName().toString();
      if (name.endsWith(suffix)
          && !name.startsWith(".")
          && Files.isRegularFile(p)
          && insideRoot(p)) {
        found.add(p);
      }
    }
    return found;
  }

  /** A folder's entries, sorted by name; a folder that cannot be listed is reported. */
  private List<Path> entries(Path dir) {
    try (Stream<Path> list = Files.list(dir)) {
      return list.sorted().toList();
    } catch (IOException e) {
      diagnostics.report(Diagnostic.error(relative(dir), 0, "cannot list: " + e.getMessage()));
      return List.of();
    }
  }

  /**
   * Whether a file, or a folder on its way, is a link out of the content directory; reported.
   * Content is read only from inside, so a link cannot pull in (and publish) any other file.
   */
  private boolean outside(Path file) throws IOException {
    // Sources kept outside the content (eval --sources) may not lead out of their own folder.
    Path base = file.startsWith(sources) && !sources.startsWith(root) ? sources : root;
    if (file.toRealPath().startsWith(base.toRealPath())) {
      return false;
    }
    diagnostics.report(
        Diagnostic.error(relative(file), 0, "symbolic link points outside the content directory"));
    return true;
  }

  /**
   * False, with an error reported, for a file or folder that leads out of the content directory.
   */
  private boolean insideRoot(Path p) {
    try {
      return !outside(p);
    } catch (IOException e) {
      diagnostics.report(Diagnostic.error(relative(p), 0, "cannot follow link: " + e.getMessage()));
      return false;
    }
  }

  private SourceText readText(Path file) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
      return null;
    }
    try {
      if (outside(file)) {
        return null;
      }
      SourceText text = TextDecoder.decode(relative(file), Files.readAllBytes(file));
      if (!text.looksBinary()) {
        diagnostics.reportAll(text.problems()); // for binary data its reader says it once
      }
      return new SourceText(text.file(), text.lines(), List.of());
    } catch (IOException e) {
      diagnostics.report(Diagnostic.error(relative(file), 0, "cannot read: " + e.getMessage()));
      return null;
    }
  }

  private String relative(Path file) {
    Path relative =
        file.startsWith(sources)
            ? Path.of("sources").resolve(sources.relativize(file))
            : root.relativize(file);
    return relative.toString().replace('\\', '/');
  }

  /** An error about a top-level front-matter key's value, pointing at the value. */
  private static Diagnostic atKey(SourceText text, String key, String problem) {
    List<String> lines = text.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(key + ":")) {
        int column = key.length() + 2;
        while (column <= line.length() && line.charAt(column - 1) == ' ') {
          column++;
        }
        return new Diagnostic(
            Severity.ERROR, text.file(), i + 1, column, key + " " + problem, line);
      }
    }
    return Diagnostic.error(text.file(), 1, key + " " + problem);
  }
}
