package dev.surveyor.model;

import dev.surveyor.config.SurveyConfig;
import java.util.List;

/**
 * What a curator edits: settings, home introduction, themes, paper notes, extra pages, the entity
 * lexicon, the page of papers in no theme ({@link OtherPage}); and the sources they curate
 * (listings and paper files), with the files among the sources that are not read.
 */
public record Content(
    SurveyConfig config,
    Markdown intro,
    List<Theme> themes,
    List<PaperNote> notes,
    List<ExtraPage> pages,
    List<Entity> entities,
    List<SourceText> sources,
    List<SkippedFile> skippedSources,
    List<LabelSet> teaching,
    OtherPage other) {

  public Content {
    themes = List.copyOf(themes);
    notes = List.copyOf(notes);
    pages = List.copyOf(pages);
    entities = List.copyOf(entities);
    sources = List.copyOf(sources);
    skippedSources = List.copyOf(skippedSources);
    teaching = List.copyOf(teaching);
    other = other == null ? OtherPage.NONE : other;
  }

  /** Content whose sources were all read. */
  public Content(
      SurveyConfig config,
      Markdown intro,
      List<Theme> themes,
      List<PaperNote> notes,
      List<ExtraPage> pages,
      List<Entity> entities,
      List<SourceText> sources) {
    this(
        config,
        intro,
        themes,
        notes,
        pages,
        entities,
        sources,
        List.of(),
        List.of(),
        OtherPage.NONE);
  }

  public Content withConfig(SurveyConfig changed) {
    return toBuilder().config(changed).build();
  }

  /** The same content with other paper notes. */
  public Content withNotes(List<PaperNote> changed) {
    return toBuilder().notes(changed).build();
  }

  /** The same content without the source texts, which nothing needs once they are ingested. */
  public Content withoutSourceTexts() {
    return toBuilder().sources(List.of()).build();
  }

  /**
   * A builder of content by name, starting from none: the default settings, an empty home
   * introduction and no themes, notes, pages, entities, sources or labels.
   */
  public static Builder builder() {
    Markdown none = new Markdown("", new Provenance("survey.md", 1));
    return new Builder(
        new Content(
            SurveyConfig.defaults(),
            none,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            OtherPage.NONE));
  }

  /** A builder holding this content, to change a few parts by name. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link Content} from another, changing parts by name. */
  public static final class Builder {
    private SurveyConfig config;
    private Markdown intro;
    private List<Theme> themes;
    private List<PaperNote> notes;
    private List<ExtraPage> pages;
    private List<Entity> entities;
    private List<SourceText> sources;
    private List<SkippedFile> skippedSources;
    private List<LabelSet> teaching;
    private OtherPage other;

    private Builder(Content c) {
      config = c.config;
      intro = c.intro;
      themes = c.themes;
      notes = c.notes;
      pages = c.pages;
      entities = c.entities;
      sources = c.sources;
      skippedSources = c.skippedSources;
      teaching = c.teaching;
      other = c.other;
    }

    public Builder config(SurveyConfig config) {
      this.config = config;
      return this;
    }

    public Builder intro(Markdown intro) {
      this.intro = intro;
      return this;
    }

    public Builder themes(List<Theme> themes) {
      this.themes = themes;
      return this;
    }

    public Builder notes(List<PaperNote> notes) {
      this.notes = notes;
      return this;
    }

    public Builder pages(List<ExtraPage> pages) {
      this.pages = pages;
      return this;
    }

    public Builder entities(List<Entity> entities) {
      this.entities = entities;
      return this;
    }

    public Builder sources(List<SourceText> sources) {
      this.sources = sources;
      return this;
    }

    public Builder skippedSources(List<SkippedFile> skippedSources) {
      this.skippedSources = skippedSources;
      return this;
    }

    public Builder teaching(List<LabelSet> teaching) {
      this.teaching = teaching;
      return this;
    }

    public Builder other(OtherPage other) {
      this.other = other;
      return this;
    }

    public Content build() {
      return new Content(
          config, intro, themes, notes, pages, entities, sources, skippedSources, teaching, other);
    }
  }
}
