package dev.surveyor.analyze;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Stopwatch;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Content;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.EntityIndex;
import dev.surveyor.model.MapPoint;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.Related;
import dev.surveyor.model.SearchTerms;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.SubtopicPin;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.text.LinkExtractor;
import dev.surveyor.text.Slugs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs the analyses over the corpus: theme assignment first, as everything else builds on it; then
 * term vectors, entities, related papers, sub-topics and the map.
 */
public final class SurveyAnalysis {
  private static final int CHARACTERISTIC_TERMS = 12;

  /** Fewer characteristic terms than this say nothing of a theme: none are shown. */
  private static final int FEWEST_TERMS = 2;

  /** A sub-topic's distinctive terms, and fewest worth showing. */
  private static final int SUBTOPIC_TERMS = 4;

  private static final int FEWEST_SUBTOPIC_TERMS = 2;

  /** Single words read per term wanted: some become phrases, some are dropped (ReaderTerms). */
  private static final int CANDIDATES_PER_TERM = 6;

  private SurveyAnalysis() {}

  public static Survey analyze(Content content, Corpus corpus, Diagnostics diagnostics) {
    return analyze(content, corpus, diagnostics, new Stopwatch(new HashMap<>(), new HashMap<>()));
  }

  /** As above, timing each analysis on {@code laps} ("analyze.related", ...). */
  public static Survey analyze(
      Content content, Corpus corpus, Diagnostics diagnostics, Stopwatch laps) {
    return analyze(content, corpus, diagnostics, laps, true);
  }

  /**
   * As above; without counting the words search indexes when {@code searchIndex} is false (the
   * benchmark that measures what the index costs), the survey's search terms then empty.
   */
  public static Survey analyze(
      Content content,
      Corpus corpus,
      Diagnostics diagnostics,
      Stopwatch laps,
      boolean searchIndex) {
    Map<String, PaperNote> notes = notesByPaper(content, corpus, diagnostics);
    // a curator's title or abstract is the paper's text from here on: pages, search, analysis
    Corpus curated = curatedText(corpus, notes);
    List<Paper> papers = curated.papers();
    // A summary reads the paper's text alone: made on a free core while the rest is analysed (the
    // analysis has steps on one core, each of which would leave the other idle).
    ForkJoinTask<Map<String, String>> summaries = Cores.aside(() -> PaperSummary.of(papers));
    try (TextAnalyzer analyzer = new TextAnalyzer()) {
      PinMatcher pins = pinMatcher(content, analyzer);
      EntityIndex entities = EntityIndexer.build(content.entities(), papers);
      laps.lap("analyze.entities");
      Read read =
          Read.of(content, papers, notes, entities, analyzer, pins, diagnostics, laps, searchIndex);
      TermVectors vectors = read.vectors();
      Map<String, List<Assignment>> assignments = read.assignments();
      SearchTerms searchTerms = read.searchTerms();
      ForkJoinTask<Map<String, MapPoint>> map = read.map();
      Map<String, List<String>> themesOf = themesOf(assignments);
      Map<String, List<Subtopic>> subtopics =
          subtopics(content, papers, themesOf, vectors, pins, read.pins(), entities, analyzer);
      laps.lap("analyze.subtopics");
      // The terms readers use for themes and sub-topics need neither the related papers nor they
      // the terms: found on a free core meanwhile, on a thread of their own (the pool's one
      // worker on two cores may still be making summaries, and they would wait behind them).
      Map<String, List<Subtopic>> found = subtopics;
      Supplier<ReadableTerms> readable =
          Cores.started(
              "readable-terms",
              () -> {
                ReaderTerms readerTerms =
                    new ReaderTerms(analyzer, vectors, content.entities(), papers);
                return new ReadableTerms(
                    readableTerms(found, content.themes(), papers, vectors, readerTerms),
                    characteristicTerms(content, papers, themesOf, vectors, readerTerms));
              });
      // related papers weigh the named sub-topics two papers share, so come after them
      PaperGroups groups = new PaperGroups(papers, content.themes(), themesOf, subtopics);
      Map<String, List<Related>> related =
          new RelatedFinder(
                  papers,
                  vectors,
                  entities,
                  groups,
                  GroupSubjects.of(vectors, groups, content.config().otherSubtopics(), analyzer),
                  analyzer::stem)
              .findAll(content.config().relatedCount());
      laps.lap("analyze.related");
      subtopics =
          counterparts(readable.get().subtopics(), content.themes(), papers, vectors, analyzer);
      Map<String, List<String>> terms = readable.get().themes();
      laps.lap("analyze.subtopics"); // what is left of finding readers' terms
      // a summary reads the text alone: regex-heavy, so found once for every list and page
      Map<String, String> curatedSummaries = curatedSummaries(summaries.join(), notes);
      laps.lap("analyze.summaries"); // what is left of it
      Map<String, MapPoint> points = map.join();
      laps.lap("analyze.map"); // what is left of laying out the map once sub-topics are found
      Survey survey =
          new Findings(
                  assignments, curatedSummaries, notes, entities, related, points, subtopics, terms)
              .join(content, curated, searchTerms);
      laps.lap("analyze.join"); // one record per paper and per theme; theme members ordered
      return survey;
    }
  }

  /** The sub-topics with the terms readers use, and the same terms per theme slug. */
  private record ReadableTerms(
      Map<String, List<Subtopic>> subtopics, Map<String, List<String>> themes) {}

  /**
   * What the one pass over the text leaves for the rest of the analysis. The pass's own counts
   * (each paper's terms and spellings, the search words of each slice) and the rules' assignments
   * the learned model replaced are dropped when {@link #of} returns: a method's locals live to its
   * end (the interpreter runs the analysis once), and at 100k papers they are hundreds of MB.
   *
   * @param pins how each paper writes the pins it writes ({@link PinMatcher#mentions}), in paper
   *     order
   * @param map the map, laid out on one core while the rest of the analysis keeps the others busy
   */
  private record Read(
      TermVectors vectors,
      Map<String, List<Assignment>> assignments,
      List<int[]> pins,
      SearchTerms searchTerms,
      ForkJoinTask<Map<String, MapPoint>> map) {
    static Read of(
        Content content,
        List<Paper> papers,
        Map<String, PaperNote> notes,
        EntityIndex entities,
        TextAnalyzer analyzer,
        PinMatcher pins,
        Diagnostics diagnostics,
        Stopwatch laps,
        boolean searchIndex) {
      TextPass text =
          TextPass.read(
              papers, analyzer, scorer(content, analyzer, diagnostics), pins, laps, searchIndex);
      TermVectors vectors = text.vectors();
      Map<String, List<Assignment>> assignments = decide(content, papers, text, vectors, notes);
      laps.lap("analyze.learned");
      // The map needs the vectors alone and runs on one core: it is laid out on the side while
      // search terms, related papers and sub-topics keep the other cores busy.
      ForkJoinTask<Map<String, MapPoint>> map = Cores.aside(() -> points(vectors, papers));
      SearchTerms searchTerms =
          searchIndex
              ? SearchWordCounter.merge(text.searchWords(), papers, entities, analyzer)
              : SearchTerms.none();
      laps.lap("analyze.search");
      return new Read(vectors, assignments, text.pins(), searchTerms, map);
    }
  }

  private static ThemeScorer scorer(
      Content content, TextAnalyzer analyzer, Diagnostics diagnostics) {
    return new RuleScorer(
        content.themes(),
        analyzer,
        (theme, problem) ->
            diagnostics.report(Diagnostic.warning(theme.intro().start().file(), 1, problem)));
  }

  /** The pinned sub-topics of every theme, in theme order, then those of the papers in none. */
  private static PinMatcher pinMatcher(Content content, TextAnalyzer analyzer) {
    List<List<SubtopicPin>> pinGroups = new ArrayList<>();
    content.themes().forEach(theme -> pinGroups.add(theme.pins()));
    pinGroups.add(content.config().otherSubtopics());
    return new PinMatcher(pinGroups, analyzer);
  }

  /**
   * Per paper slug, its assignments: the learned model reads the rules' scores and the term
   * vectors; curators win over both.
   */
  private static Map<String, List<Assignment>> decide(
      Content content,
      List<Paper> papers,
      TextPass text,
      TermVectors vectors,
      Map<String, PaperNote> notes) {
    // LearnedThemes takes and gives lists in paper order; from here on, results go by slug.
    List<List<Assignment>> decided =
        LearnedThemes.decide(
            papers, text.assignments(), vectors, content.themes(), content.teaching(), notes);
    Map<String, List<Assignment>> assignments = new HashMap<>();
    for (int i = 0; i < papers.size(); i++) {
      String slug = papers.get(i).slug();
      assignments.put(slug, CuratorDecisions.apply(decided.get(i), notes.get(slug)));
    }
    return assignments;
  }

  /** Per paper slug, the slugs of the themes it is in. */
  private static Map<String, List<String>> themesOf(Map<String, List<Assignment>> assignments) {
    Map<String, List<String>> themesOf = new HashMap<>();
    assignments.forEach(
        (slug, list) ->
            themesOf.put(
                slug, list.stream().filter(Assignment::member).map(Assignment::theme).toList()));
    return themesOf;
  }

  /** Per paper slug, its place on the map. */
  private static Map<String, MapPoint> points(TermVectors vectors, List<Paper> papers) {
    Map<String, MapPoint> points = new HashMap<>();
    for (MapPoint point : Projection.project(vectors, papers.stream().map(Paper::slug).toList())) {
      points.put(point.slug(), point);
    }
    return points;
  }

  /**
   * Per theme slug (and {@link Survey#OTHER}), its sub-topics. Themes are clustered independently
   * (each seeded by its own name), so in parallel.
   */
  private static Map<String, List<Subtopic>> subtopics(
      Content content,
      List<Paper> papers,
      Map<String, List<String>> themesOf,
      TermVectors vectors,
      PinMatcher pinMatcher,
      List<int[]> pinMentions,
      EntityIndex entities,
      TextAnalyzer analyzer) {
    List<Theme> themes = content.themes();
    List<String> slugs = papers.stream().map(Paper::slug).toList();
    // a paper the curator placed outside the survey's scope is listed apart, in no sub-topic
    Set<String> outside =
        content.notes().stream()
            .filter(PaperNote::outsideScope)
            .map(PaperNote::slug)
            .collect(Collectors.toSet());
    SubtopicFinder finder = new SubtopicFinder(vectors, new ClusterNames(papers));
    // the clustering groups by words; named evidence then corrects the curators' groups
    NamedEvidence named = new NamedEvidence(papers, entities, analyzer);
    SubtopicEvidence evidence = new SubtopicEvidence(named, vectors);
    List<List<Subtopic>> found =
        Cores.mapIndices(
            themes.size() + 1, // the papers in no theme come last, as in the pin matcher
            t -> {
              boolean other = t == themes.size();
              String slug = other ? Survey.OTHER : themes.get(t).slug();
              List<SubtopicPin> pins =
                  other ? content.config().otherSubtopics() : themes.get(t).pins();
              List<Integer> members =
                  members(papers, themesOf, list -> other ? list.isEmpty() : list.contains(slug))
                      .stream()
                      .filter(i -> !outside.contains(slugs.get(i)))
                      .toList();
              List<Subtopic> clustered =
                  finder.find(
                      slug,
                      members,
                      slugs,
                      pins,
                      naming(pinMatcher.firstPinOf(t), pins.size(), pinMentions));
              Set<String> themeWords = new HashSet<>();
              if (!other) {
                themeWords.addAll(analyzer.terms(themes.get(t).name()));
                themeWords.addAll(analyzer.terms(themes.get(t).shortName()));
              }
              return evidence
                  .correct(
                      members,
                      slugs,
                      clustered,
                      pins,
                      themeWords,
                      new PinMentions(
                          pins, papers, analyzer, pinMentions, pinMatcher.firstPinOf(t)),
                      new IntroductionPlacements(
                          other ? content.other().intro().text() : themes.get(t).intro().text(),
                          pins))
                  .subtopics();
            });
    Map<String, List<Subtopic>> subtopics = new HashMap<>();
    for (int t = 0; t < themes.size(); t++) {
      subtopics.put(themes.get(t).slug(), found.get(t));
    }
    subtopics.put(Survey.OTHER, found.get(themes.size()));
    return subtopics;
  }

  /**
   * The sub-topics with, for each named one, the named groups of other pages about the same subject
   * (the themes' pages in order, then the Other page).
   */
  private static Map<String, List<Subtopic>> counterparts(
      Map<String, List<Subtopic>> subtopics,
      List<Theme> themes,
      List<Paper> papers,
      TermVectors vectors,
      TextAnalyzer analyzer) {
    List<String> pages = new ArrayList<>();
    Set<String> themeWords = new HashSet<>();
    for (Theme theme : themes) {
      pages.add(theme.slug());
      themeWords.addAll(analyzer.terms(theme.name()));
      themeWords.addAll(analyzer.terms(theme.shortName()));
    }
    pages.add(Survey.OTHER);
    SubtopicCounterparts counterparts =
        new SubtopicCounterparts(subtopics, pages, papers, vectors, analyzer::terms, themeWords);
    return counterparts.linked();
  }

  /** Per theme slug, the terms that set it apart from the whole survey. */
  private static Map<String, List<String>> characteristicTerms(
      Content content,
      List<Paper> papers,
      Map<String, List<String>> themesOf,
      TermVectors vectors,
      ReaderTerms readerTerms) {
    Centroids.Background everything = Centroids.Background.of(vectors, range(papers.size()));
    // each theme on its own, so on all cores
    List<List<String>> found =
        Cores.map(
            content.themes(),
            theme -> {
              List<Integer> members =
                  members(papers, themesOf, list -> list.contains(theme.slug()));
              List<String> words =
                  Centroids.distinctive(
                      vectors, members, everything, CHARACTERISTIC_TERMS * CANDIDATES_PER_TERM);
              return readerTerms.of(
                  words,
                  members,
                  papers,
                  List.of(theme.name(), theme.shortName()),
                  CHARACTERISTIC_TERMS,
                  FEWEST_TERMS);
            });
    Map<String, List<String>> terms = new HashMap<>();
    for (int t = 0; t < found.size(); t++) {
      terms.put(content.themes().get(t).slug(), found.get(t));
    }
    return terms;
  }

  /**
   * The sub-topics with terms a reader would use in place of the single words that set each apart
   * from the rest of its theme (their labels, found from those words, stay).
   */
  private static Map<String, List<Subtopic>> readableTerms(
      Map<String, List<Subtopic>> subtopics,
      List<Theme> themeList,
      List<Paper> papers,
      TermVectors vectors,
      ReaderTerms readerTerms) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < papers.size(); i++) {
      index.put(papers.get(i).slug(), i);
    }
    // a sub-topic's terms must say more than its name and its theme's
    Map<String, List<String>> themeNames = new HashMap<>();
    themeList.forEach(t -> themeNames.put(t.slug(), List.of(t.name(), t.shortName())));
    // each theme on its own, so on all cores
    List<String> themes = List.copyOf(subtopics.keySet());
    List<List<Subtopic>> found =
        Cores.map(
            themes,
            theme -> {
              List<Subtopic> list = subtopics.get(theme);
              List<Integer> all =
                  list.stream()
                      .flatMap(s -> s.papers().stream())
                      .map(index::get)
                      .distinct()
                      .toList();
              List<Subtopic> changed = new ArrayList<>();
              Centroids.Background page = Centroids.Background.of(vectors, all);
              for (Subtopic s : list) {
                List<Integer> members = s.papers().stream().map(index::get).toList();
                List<String> words =
                    Centroids.distinctive(
                        vectors, members, page, SUBTOPIC_TERMS * CANDIDATES_PER_TERM);
                List<String> names = new ArrayList<>(themeNames.getOrDefault(theme, List.of()));
                names.add(s.label());
                List<String> terms =
                    readerTerms.of(
                        words, members, papers, names, SUBTOPIC_TERMS, FEWEST_SUBTOPIC_TERMS);
                changed.add(
                    new Subtopic(s.slug(), s.label(), s.pinned(), s.named(), terms, s.papers()));
              }
              return changed;
            });
    Map<String, List<Subtopic>> readable = new HashMap<>();
    for (int t = 0; t < themes.size(); t++) {
      readable.put(themes.get(t), found.get(t));
    }
    return readable;
  }

  /**
   * Every paper's text analysed once and at once classified by the rules, counted for the term
   * vectors and matched against pinned sub-topics, in slices on all cores; only what was found is
   * kept, never the analysed text of every paper (gigabytes for a large survey), and the term
   * counts only until the vectors are made of them.
   *
   * @param assignments the rules' assignments, in paper order
   * @param pins how each paper writes the pins it writes ({@link PinMatcher#mentions}), in paper
   *     order
   * @param searchWords the words search indexes, one counter per slice
   */
  private record TextPass(
      List<List<Assignment>> assignments,
      List<int[]> pins,
      TermVectors vectors,
      List<SearchWordCounter> searchWords) {
    static TextPass read(
        List<Paper> papers,
        TextAnalyzer analyzer,
        ThemeScorer scorer,
        PinMatcher pinMatcher,
        Stopwatch laps,
        boolean searchIndex) {
      int slices = Math.max(1, Math.min(64, papers.size() / 64));
      List<Slice> read =
          Cores.mapIndices(
              slices,
              k ->
                  Slice.read(
                      papers.subList(k * papers.size() / slices, (k + 1) * papers.size() / slices),
                      analyzer,
                      scorer,
                      pinMatcher,
                      searchIndex));
      List<List<Assignment>> assignments = new ArrayList<>(papers.size());
      List<int[]> pins = new ArrayList<>(papers.size());
      List<TermVectors.Counter> terms = new ArrayList<>(slices);
      List<SearchWordCounter> searchWords = new ArrayList<>(slices);
      for (Slice slice : read) {
        assignments.addAll(slice.assignments());
        pins.addAll(slice.pins());
        terms.add(slice.terms());
        searchWords.add(slice.searchWords());
      }
      laps.lap("analyze.text"); // tokenising, classifying, counting terms
      TermVectors vectors = TermVectors.build(terms);
      laps.lap("analyze.vectors");
      return new TextPass(assignments, pins, vectors, searchWords);
    }
  }

  /** What one slice of papers gave in the text pass. */
  private record Slice(
      List<List<Assignment>> assignments,
      List<int[]> pins,
      TermVectors.Counter terms,
      SearchWordCounter searchWords) {
    static Slice read(
        List<Paper> papers,
        TextAnalyzer analyzer,
        ThemeScorer scorer,
        PinMatcher pinMatcher,
        boolean searchIndex) {
      List<List<Assignment>> assignments = new ArrayList<>(papers.size());
      List<int[]> pins = new ArrayList<>(papers.size());
      TermVectors.Counter terms = new TermVectors.Counter();
      SearchWordCounter searchWords = searchIndex ? new SearchWordCounter(analyzer) : null;
      for (Paper paper : papers) {
        AnalyzedPaper text = AnalyzedPaper.of(paper, analyzer);
        assignments.add(scorer.score(text));
        pins.add(pinMatcher.mentions(text));
        terms.add(text);
        if (searchWords != null) {
          searchWords.add(paper);
        }
      }
      return new Slice(assignments, pins, terms, searchWords);
    }
  }

  /** For each of a theme's pins (numbered from {@code first}), whether a paper names it. */
  private static List<IntPredicate> naming(int first, int count, List<int[]> pinMentions) {
    List<IntPredicate> naming = new ArrayList<>(count);
    for (int pin = first; pin < first + count; pin++) {
      int id = pin;
      naming.add(paper -> PinMatcher.names(pinMentions.get(paper), id));
    }
    return naming;
  }

  private static List<Integer> members(
      List<Paper> papers,
      Map<String, List<String>> themesOf,
      java.util.function.Predicate<List<String>> test) {
    List<Integer> members = new ArrayList<>();
    for (int i = 0; i < papers.size(); i++) {
      if (test.test(themesOf.get(papers.get(i).slug()))) {
        members.add(i);
      }
    }
    return members;
  }

  private static List<Integer> range(int n) {
    return java.util.stream.IntStream.range(0, n).boxed().toList();
  }

  /** The corpus with the titles and abstracts curators replaced, and the facts they stated. */
  private static Corpus curatedText(Corpus corpus, Map<String, PaperNote> notes) {
    if (notes.values().stream().noneMatch(n -> n.curatesText() || !n.facts().isEmpty())) {
      return corpus;
    }
    List<Paper> papers = new ArrayList<>(corpus.papers().size());
    for (Paper listed : corpus.papers()) {
      PaperNote note = notes.get(listed.slug());
      // the curator's authors, page, arXiv id and date, where no source gave them
      Paper paper = note == null ? listed : note.facts().applyTo(listed);
      if (note == null || !note.curatesText()) {
        papers.add(paper);
        continue;
      }
      String abstractText =
          note.abstractText().isEmpty() ? paper.abstractText() : note.abstractText();
      papers.add(
          paper.withText(
              note.title().isEmpty() ? paper.title() : note.title(),
              abstractText,
              note.abstractText().isEmpty()
                  ? paper.linkSpans()
                  : LinkExtractor.find(abstractText)));
    }
    return new Corpus(corpus.listings(), papers, corpus.merges(), corpus.skipped());
  }

  /** The chosen summaries, each replaced where a curator wrote the paper's list summary. */
  private static Map<String, String> curatedSummaries(
      Map<String, String> chosen, Map<String, PaperNote> notes) {
    Map<String, String> summaries = new HashMap<>(chosen);
    notes.forEach(
        (slug, note) -> {
          if (note.curatesSummary()) {
            summaries.put(slug, note.summary());
          }
        });
    return summaries;
  }

  /**
   * Curator notes, checked: each must name an existing paper (its themes were checked on reading).
   */
  private static Map<String, PaperNote> notesByPaper(
      Content content, Corpus corpus, Diagnostics diagnostics) {
    Set<String> slugs = corpus.papers().stream().map(Paper::slug).collect(Collectors.toSet());
    Map<String, PaperNote> notes = new HashMap<>();
    for (PaperNote note : content.notes()) {
      String file = note.note().start().file();
      if (!slugs.contains(note.slug())) {
        diagnostics.report(
            Diagnostic.error(
                file,
                1,
                "no paper has the slug '"
                    + note.slug()
                    + "', which the file"
                    + " name gives"
                    + Slugs.closest(note.slug(), slugs)
                        .map(s -> "; did you mean '" + s + "'?")
                        .orElse("")));
        continue;
      }
      notes.put(note.slug(), note);
    }
    return notes;
  }
}
