package dev.surveyor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysed survey: content and corpus, one {@link PaperAnalysis} per paper in paper order, one
 * {@link ThemeAnalysis} per theme in theme order, the sub-topics of the papers in no theme and the
 * entity index. Everything the later stages need, immutable. A class rather than a record so that
 * it can keep its lookups by slug, made once from the lists.
 */
public final class Survey {
  /** The slug of the papers in no theme, as {@link #subtopicsOf} takes it. */
  public static final String OTHER = "other";

  private final Content content;
  private final Corpus corpus;
  private final List<PaperAnalysis> paperAnalyses;
  private final List<ThemeAnalysis> themeAnalyses;
  private final List<Subtopic> otherSubtopics;
  private final EntityIndex entities;
  private final SearchTerms searchTerms;
  private final Map<String, PaperAnalysis> bySlug;
  private final Map<String, ThemeAnalysis> byTheme;
  private final List<Paper> unthemed;

  /**
   * @param paperAnalyses one per paper of {@code corpus}, in its order
   * @param themeAnalyses one per theme of {@code content}, in its order
   * @param otherSubtopics the sub-topics of the papers in no theme
   * @param searchTerms the words search indexes, counted by the analysis
   */
  public Survey(
      Content content,
      Corpus corpus,
      List<PaperAnalysis> paperAnalyses,
      List<ThemeAnalysis> themeAnalyses,
      List<Subtopic> otherSubtopics,
      EntityIndex entities,
      SearchTerms searchTerms) {
    this.content = Objects.requireNonNull(content, "content");
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.paperAnalyses = List.copyOf(paperAnalyses);
    this.themeAnalyses = List.copyOf(themeAnalyses);
    this.otherSubtopics = List.copyOf(otherSubtopics);
    this.entities = Objects.requireNonNull(entities, "entities");
    this.searchTerms = Objects.requireNonNull(searchTerms, "searchTerms");
    if (this.paperAnalyses.size() != corpus.papers().size()
        || this.themeAnalyses.size() != content.themes().size()) {
      throw new IllegalArgumentException("an analysis for every paper and every theme is needed");
    }
    Map<String, PaperAnalysis> papers = new HashMap<>();
    List<Paper> none = new ArrayList<>();
    for (PaperAnalysis analysis : this.paperAnalyses) {
      papers.put(analysis.slug(), analysis);
      if (analysis.themes().isEmpty()) {
        none.add(analysis.paper());
      }
    }
    Map<String, ThemeAnalysis> themes = new HashMap<>();
    this.themeAnalyses.forEach(analysis -> themes.put(analysis.slug(), analysis));
    this.bySlug = Map.copyOf(papers);
    this.byTheme = Map.copyOf(themes);
    this.unthemed = List.copyOf(none);
  }

  /**
   * This analysis over content that differs only in text no analysis reads: the home, theme and
   * page introductions and the bodies of paper notes. Lets serve re-render an edited page without
   * analysing again.
   */
  public Survey withContent(Content changed) {
    Map<String, PaperNote> notes = new HashMap<>();
    changed.notes().forEach(note -> notes.put(note.slug(), note));
    List<PaperAnalysis> papers = new ArrayList<>(paperAnalyses.size());
    for (PaperAnalysis analysis : paperAnalyses) {
      // a note the analysis rejected (it names no paper) stays out; an edited one is taken
      papers.add(
          analysis.note().isEmpty()
              ? analysis
              : analysis.withNote(Optional.ofNullable(notes.get(analysis.slug()))));
    }
    List<ThemeAnalysis> themes = new ArrayList<>(themeAnalyses.size());
    for (Theme theme : changed.themes()) {
      themes.add(themeAnalysis(theme.slug()).withTheme(theme));
    }
    return new Survey(changed, corpus, papers, themes, otherSubtopics, entities, searchTerms);
  }

  public Content content() {
    return content;
  }

  public Corpus corpus() {
    return corpus;
  }

  /** Entity mentions, both ways. */
  public EntityIndex entities() {
    return entities;
  }

  /** The words search indexes, per paper in paper order. */
  public SearchTerms searchTerms() {
    return searchTerms;
  }

  /** One per paper, in paper order. */
  public List<PaperAnalysis> paperAnalyses() {
    return paperAnalyses;
  }

  /** One per theme, in theme order. */
  public List<ThemeAnalysis> themeAnalyses() {
    return themeAnalyses;
  }

  /** The analysis of {@code paper}; throws for a paper the survey does not have. */
  public PaperAnalysis analysisOf(Paper paper) {
    PaperAnalysis analysis = bySlug.get(paper.slug());
    if (analysis == null) {
      throw new IllegalArgumentException("no paper has the slug " + paper.slug());
    }
    return analysis;
  }

  /** The analysis of the theme {@code slug}; throws for a slug no theme has. */
  public ThemeAnalysis themeAnalysis(String slug) {
    ThemeAnalysis analysis = byTheme.get(slug);
    if (analysis == null) {
      throw new IllegalArgumentException("no theme has the slug " + slug);
    }
    return analysis;
  }

  public List<Theme> themes() {
    return content.themes();
  }

  public List<Paper> papers() {
    return corpus.papers();
  }

  /** The paper {@code slug}, or null when the survey has none. */
  public Paper paper(String slug) {
    PaperAnalysis analysis = bySlug.get(slug);
    return analysis == null ? null : analysis.paper();
  }

  public List<Assignment> assignmentsOf(Paper paper) {
    PaperAnalysis analysis = bySlug.get(paper.slug());
    return analysis == null ? List.of() : analysis.assignments();
  }

  /** The slugs of the themes the paper is in, in theme order. */
  public List<String> themesOf(Paper paper) {
    PaperAnalysis analysis = bySlug.get(paper.slug());
    return analysis == null ? List.of() : analysis.themes();
  }

  public List<Related> relatedTo(Paper paper) {
    PaperAnalysis analysis = bySlug.get(paper.slug());
    return analysis == null ? List.of() : analysis.related();
  }

  public Optional<PaperNote> noteOf(Paper paper) {
    PaperAnalysis analysis = bySlug.get(paper.slug());
    return analysis == null ? Optional.empty() : analysis.note();
  }

  /**
   * Whether a curator decided the paper's themes (a verdict, or a theme added or taken out), not
   * the rules alone: a paper in no theme by such a decision may have passed a theme's threshold.
   */
  public boolean themesCurated(Paper paper) {
    return noteOf(paper).flatMap(PaperNote::verdict).isPresent()
        || assignmentsOf(paper).stream().anyMatch(a -> a.decision().curated());
  }

  /**
   * Whether a curator placed the paper outside the survey's scope: in no theme and no sub-topic, it
   * keeps its page and is listed apart on the page of papers in no theme.
   */
  public boolean outsideScope(Paper paper) {
    return noteOf(paper).map(PaperNote::outsideScope).orElse(false);
  }

  /** The sub-topics of a theme, or of the papers in no theme for {@link #OTHER}. */
  public List<Subtopic> subtopicsOf(String themeSlug) {
    if (themeSlug.equals(OTHER)) {
      return otherSubtopics;
    }
    ThemeAnalysis analysis = byTheme.get(themeSlug);
    return analysis == null ? List.of() : analysis.subtopics();
  }

  /** A theme's papers in paper order (its members in display order: {@link ThemeAnalysis}). */
  public List<Paper> papersIn(Theme theme) {
    return papers().stream().filter(p -> themesOf(p).contains(theme.slug())).toList();
  }

  /** The papers in no theme, in paper order. */
  public List<Paper> papersInNoTheme() {
    return unthemed;
  }
}
