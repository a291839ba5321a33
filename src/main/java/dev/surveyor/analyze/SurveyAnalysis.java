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
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.SubtopicPin;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.text.LinkExtractor;
import dev.surveyor.text.Slugs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * Runs the analyses over the corpus: theme assignment first, as everything else builds on it; then
 * term vectors, entities, related papers, sub-topics and the map.
 */
public final class SurveyAnalysis {
  private static final int CHARACTERISTIC_TERMS = 12;

  private SurveyAnalysis() {}

  public static Survey analyze(Content content, Corpus corpus, Diagnostics diagnostics) {
    return analyze(content, corpus, diagnostics, new Stopwatch(new HashMap<>(), new HashMap<>()));
  }

  /** As above, timing each analysis on {@code laps} ("analyze.related", ...). */
  public static Survey analyze(
      Content content, Corpus corpus, Diagnostics diagnostics, Stopwatch laps) {
    Map<String, PaperNote> notes = notesByPaper(content, corpus, diagnostics);
    // a curator's title or abstract is the paper's text from here on: pages, search, analysis
    Corpus curated = curatedText(corpus, notes);
    Map<String, List<Assignment>> assignments = new HashMap<>();
    List<Paper> papers = curated.papers();
    try (TextAnalyzer analyzer = new TextAnalyzer()) {
      ThemeScorer scorer =
          new RuleScorer(
              content.themes(),
              analyzer,
              (theme, problem) ->
                  diagnostics.report(Diagnostic.warning(theme.intro().start().file(), 1, problem)));
      List<List<SubtopicPin>> pinGroups = new ArrayList<>();
      content.themes().forEach(theme -> pinGroups.add(theme.pins()));
      pinGroups.add(content.config().otherSubtopics()); // the papers in no theme come last
      PinMatcher pinMatcher = new PinMatcher(pinGroups, analyzer);
      // Each paper's text is analysed once and at once classified, counted for the term vectors
      // and matched against pinned sub-topics, in slices on all cores; only what was found is
      // kept, never the analysed text of every paper (gigabytes for a large survey).
      int slices = Math.max(1, Math.min(64, papers.size() / 64));
      List<TextSlice> read =
          Cores.mapIndices(
              slices,
              k ->
                  TextSlice.of(
                      papers.subList(k * papers.size() / slices, (k + 1) * papers.size() / slices),
                      analyzer,
                      scorer,
                      pinMatcher));
      List<List<Assignment>> classified = new ArrayList<>(papers.size());
      List<int[]> pinsNamed = new ArrayList<>(papers.size());
      List<TermVectors.Counter> counted = new ArrayList<>(slices);
      for (TextSlice slice : read) {
        classified.addAll(slice.assignments());
        pinsNamed.addAll(slice.pins());
        counted.add(slice.terms());
      }
      laps.lap("analyze.text"); // tokenising, classifying, counting terms
      TermVectors vectors = TermVectors.build(counted);
      laps.lap("analyze.vectors");
      // The learned model reads the rules' scores and the term vectors; curators win over both.
      List<List<Assignment>> decided =
          LearnedThemes.decide(
              papers, classified, vectors, content.themes(), content.teaching(), notes);
      for (int i = 0; i < papers.size(); i++) {
        Paper paper = papers.get(i);
        assignments.put(
            paper.slug(), CuratorDecisions.apply(decided.get(i), notes.get(paper.slug())));
      }
      laps.lap("analyze.learned");
      Map<String, List<String>> themesOf = new HashMap<>();
      assignments.forEach(
          (slug, list) ->
              themesOf.put(
                  slug, list.stream().filter(Assignment::member).map(Assignment::theme).toList()));
      List<String> slugs = papers.stream().map(Paper::slug).toList();
      // The map needs the vectors alone and runs on one core: it is laid out on the side while
      // entities, related papers and sub-topics keep the other cores busy.
      ForkJoinTask<List<MapPoint>> map = Cores.aside(() -> Projection.project(vectors, slugs));
      EntityIndex entities = EntityIndexer.build(content.entities(), papers);
      laps.lap("analyze.entities");
      int relatedCount = content.config().relatedCount();
      Map<String, List<Related>> related =
          new RelatedFinder(papers, vectors, entities, themesOf).findAll(relatedCount);
      laps.lap("analyze.related");
      Map<String, List<Subtopic>> subtopics = new HashMap<>();
      Map<String, List<String>> characteristic = new HashMap<>();
      SubtopicFinder finder = new SubtopicFinder(vectors, new ClusterNames(papers));
      List<Integer> everything = range(papers.size());
      // Themes are clustered independently (each seeded by its own name), so in parallel.
      List<Theme> themes = content.themes();
      List<List<Integer>> membersOf =
          themes.stream()
              .map(theme -> members(papers, themesOf, list -> list.contains(theme.slug())))
              .toList();
      List<List<Subtopic>> found =
          Cores.mapIndices(
              themes.size(),
              t ->
                  finder.find(
                      themes.get(t).slug(),
                      membersOf.get(t),
                      slugs,
                      themes.get(t).pins(),
                      naming(pinMatcher.firstPinOf(t), themes.get(t).pins().size(), pinsNamed)));
      for (int i = 0; i < themes.size(); i++) {
        Theme theme = themes.get(i);
        subtopics.put(theme.slug(), found.get(i));
        characteristic.put(
            theme.slug(),
            Centroids.distinctive(vectors, membersOf.get(i), everything, CHARACTERISTIC_TERMS));
      }
      List<Integer> unthemed = members(papers, themesOf, List::isEmpty);
      List<SubtopicPin> otherPins = content.config().otherSubtopics();
      subtopics.put(
          Survey.OTHER,
          finder.find(
              Survey.OTHER,
              unthemed,
              slugs,
              otherPins,
              naming(pinMatcher.firstPinOf(themes.size()), otherPins.size(), pinsNamed)));
      laps.lap("analyze.subtopics");
      List<MapPoint> points = map.join();
      laps.lap("analyze.map"); // what is left of laying out the map once sub-topics are found
      return new Survey(
          content,
          curated,
          assignments,
          notes,
          entities,
          related,
          subtopics,
          characteristic,
          points);
    }
  }

  /** The papers one slice of the survey holds, analysed: assignments, pins named, term counts. */
  private record TextSlice(
      List<List<Assignment>> assignments, List<int[]> pins, TermVectors.Counter terms) {
    static TextSlice of(
        List<Paper> papers, TextAnalyzer analyzer, ThemeScorer scorer, PinMatcher pinMatcher) {
      List<List<Assignment>> assignments = new ArrayList<>(papers.size());
      List<int[]> pins = new ArrayList<>(papers.size());
      TermVectors.Counter terms = new TermVectors.Counter();
      for (Paper paper : papers) {
        AnalyzedPaper text = AnalyzedPaper.of(paper, analyzer);
        assignments.add(scorer.score(text));
        pins.add(pinMatcher.matches(text));
        terms.add(text);
      }
      return new TextSlice(assignments, pins, terms);
    }
  }

  /** For each of a theme's pins (numbered from {@code first}), whether a paper names it. */
  private static List<IntPredicate> naming(int first, int count, List<int[]> pinsNamed) {
    List<IntPredicate> naming = new ArrayList<>(count);
    for (int pin = first; pin < first + count; pin++) {
      int id = pin;
      naming.add(paper -> Arrays.binarySearch(pinsNamed.get(paper), id) >= 0);
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

  /** The corpus with the titles and abstracts curators replaced. */
  private static Corpus curatedText(Corpus corpus, Map<String, PaperNote> notes) {
    if (notes.values().stream().noneMatch(PaperNote::curatesText)) {
      return corpus;
    }
    List<Paper> papers = new ArrayList<>(corpus.papers().size());
    for (Paper paper : corpus.papers()) {
      PaperNote note = notes.get(paper.slug());
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
              note.abstractText().isEmpty() ? paper.links() : LinkExtractor.urls(abstractText)));
    }
    return new Corpus(corpus.listings(), papers, corpus.merges(), corpus.skipped());
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
