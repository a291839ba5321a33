package dev.surveyor.ingest;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Content;
import dev.surveyor.model.Entity;
import dev.surveyor.model.ExtraPage;
import dev.surveyor.model.LabelSet;
import dev.surveyor.model.OtherPage;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.SourceText;
import dev.surveyor.model.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinTask;

/**
 * Reads the content directory: {@code survey.md}, {@code themes/*.md}, {@code papers/*.md}, {@code
 * pages/*.md}, {@code other.md}, {@code entities.yml}, the label files {@code learn_from} names and
 * the raw sources in {@code sources/}, each with its own reader. Problems in one file are reported
 * and the others are still read, so one build shows every problem at once.
 */
public final class ContentReader {
  private final YamlReader yaml = new YamlReader();
  private final Path root;
  private final Path sources;
  private final Diagnostics diagnostics;
  private final EarlierRead earlier;

  public ContentReader(Path root, Diagnostics diagnostics) {
    this(root, diagnostics, EarlierRead.NONE);
  }

  public ContentReader(Path root, Diagnostics diagnostics, EarlierRead earlier) {
    this(root, root.resolve("sources"), diagnostics, earlier);
  }

  private ContentReader(Path root, Path sources, Diagnostics diagnostics, EarlierRead earlier) {
    this.root = root;
    this.sources = sources;
    this.diagnostics = diagnostics;
    this.earlier = earlier;
  }

  /**
   * A reader that takes the sources from another folder, such as a collection kept outside the
   * survey (evaluating the rules on it without copying it in). Its files are named {@code
   * sources/...} as if they were inside; the survey's paper notes are not read.
   */
  public ContentReader withSources(Path folder) {
    return new ContentReader(root, folder, diagnostics, earlier);
  }

  public Content read() throws ContentException {
    if (!Files.isDirectory(root)) {
      throw new ContentException(
          Diagnostic.error(root.toString(), 0, "content directory not found"));
    }
    ContentFiles files = new ContentFiles(root, sources, diagnostics);
    CuratedFiles curated = new CuratedFiles(files, yaml, diagnostics);
    // The sources, the entities and the label files need nothing else read here: read on a free
    // core while this one parses the curated files (a small survey's read is mostly that parsing,
    // one file after another). Problems are reported as they are found and sorted at the end.
    ForkJoinTask<SourceReader.Sources> sourcesRead =
        Cores.aside(() -> new SourceReader(files, diagnostics).read(earlier));
    ForkJoinTask<List<Entity>> entitiesRead = Cores.aside(() -> readEntities(files));
    SettingsReader.Settings settings =
        new SettingsReader(files, curated, diagnostics).read(earlier);
    ForkJoinTask<List<LabelSet>> teachingRead =
        Cores.aside(
            () ->
                new TeachingReader(files, diagnostics)
                    .read(settings.text(), settings.config().learnFrom()));
    ThemeReader themeReader = new ThemeReader(files, curated, yaml, diagnostics);
    List<Theme> themes = themeReader.read(earlier);
    // Notes correct the survey's own papers: sources from elsewhere (a collection to evaluate the
    // rules on) are read without them, as their papers are other papers.
    List<PaperNote> notes =
        files.ownSources()
            ? new NoteReader(curated, yaml, diagnostics).read(themeReader.slugs())
            : List.of();
    List<ExtraPage> pages = new PageReader(curated).read(earlier);
    OtherPage other = new OtherReader(files, curated).read(earlier);
    List<Entity> entities = entitiesRead.join();
    SourceReader.Sources read = sourcesRead.join();
    List<LabelSet> teaching = teachingRead.join();
    diagnostics.throwIfErrors();
    return Content.builder()
        .config(settings.config())
        .intro(settings.intro())
        .themes(themes)
        .notes(notes)
        .pages(pages)
        .other(other)
        .entities(entities)
        .sources(read.texts())
        .skippedSources(read.skipped())
        .teaching(teaching)
        .build();
  }

  /** The entity lexicon, {@code entities.yml}; a survey without one has no entity pages. */
  private List<Entity> readEntities(ContentFiles files) {
    if (earlier.applies("entities.yml")) {
      return earlier.previous().entities();
    }
    SourceText text = files.readText(files.resolve("entities.yml"));
    return text == null ? List.of() : EntityReader.read(text, yaml, diagnostics);
  }
}
