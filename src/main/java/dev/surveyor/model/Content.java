package dev.surveyor.model;

import dev.surveyor.config.SurveyConfig;
import java.util.List;

/**
 * What a curator edits: settings, home introduction, themes, paper notes, extra pages, the entity
 * lexicon; and the sources they curate (listings and paper files), with the files among the sources
 * that are not read.
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
    List<LabelSet> teaching) {

  public Content {
    themes = List.copyOf(themes);
    notes = List.copyOf(notes);
    pages = List.copyOf(pages);
    entities = List.copyOf(entities);
    sources = List.copyOf(sources);
    skippedSources = List.copyOf(skippedSources);
    teaching = List.copyOf(teaching);
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
    this(config, intro, themes, notes, pages, entities, sources, List.of(), List.of());
  }

  public Content withConfig(SurveyConfig changed) {
    return new Content(
        changed, intro, themes, notes, pages, entities, sources, skippedSources, teaching);
  }

  /** The same content with other paper notes. */
  public Content withNotes(List<PaperNote> changed) {
    return new Content(
        config, intro, themes, changed, pages, entities, sources, skippedSources, teaching);
  }

  /** The same content without the source texts, which nothing needs once they are ingested. */
  public Content withoutSourceTexts() {
    return new Content(
        config, intro, themes, notes, pages, entities, List.of(), skippedSources, teaching);
  }
}
