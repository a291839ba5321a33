package dev.surveyor.build;

import dev.surveyor.analyze.SurveyAnalysis;
import dev.surveyor.check.SiteLinkChecker;
import dev.surveyor.check.SiteLinkReport;
import dev.surveyor.cite.Citations;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Stopwatch;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.ingest.ListingIngest;
import dev.surveyor.link.Urls;
import dev.surveyor.model.Content;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.Survey;
import dev.surveyor.publish.OutputLock;
import dev.surveyor.publish.PublishException;
import dev.surveyor.publish.PublishResult;
import dev.surveyor.publish.RealPath;
import dev.surveyor.publish.SiteWriter;
import dev.surveyor.render.AssetFiles;
import dev.surveyor.render.BibFiles;
import dev.surveyor.render.CurationReport;
import dev.surveyor.render.DataExport;
import dev.surveyor.render.HostingFiles;
import dev.surveyor.render.SearchIndexScript;
import dev.surveyor.render.TemplateRenderer;
import dev.surveyor.view.PageJob;
import dev.surveyor.view.SiteViews;
import dev.surveyor.view.Views.SiteView;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Runs the pipeline, one line per stage: read, ingest, analyse, cite, view, render and publish. */
public final class SiteBuilder {
  private final Map<String, Long> timings = new LinkedHashMap<>();
  private final Map<String, Long> cpuTimings = new LinkedHashMap<>();
  private final Stopwatch watch = new Stopwatch(timings, cpuTimings);

  public static BuildSummary build(BuildOptions options) throws ContentException, PublishException {
    return new SiteBuilder().run(options);
  }

  private BuildSummary run(BuildOptions options) throws ContentException, PublishException {
    long start = System.nanoTime();
    checkOutput(options);
    // Stamped before anything is read, so an edit made while this build runs makes the next one.
    Optional<String> key = stateKey(options);
    List<BuildState.Stamp> inputs = key.isPresent() ? inputStamps(options) : List.of();
    if (key.isPresent()) {
      Optional<BuildSummary> last = lastIfCurrent(options, key.get(), inputs);
      if (last.isPresent()) {
        return BuildSummary.upToDate(last.get(), millisSince(start));
      }
    }
    Diagnostics diagnostics = new Diagnostics();
    Content read = timed("read", () -> read(options, diagnostics));
    Corpus corpus = timed("ingest", () -> ListingIngest.ingest(read, diagnostics));
    // The source texts are in the corpus now; letting them go halves memory on large corpora.
    Content content = read.withoutSourceTexts();
    Survey survey =
        timed(
            "analyze",
            () ->
                SurveyAnalysis.analyze(
                    content, corpus, diagnostics, new Stopwatch(timings, cpuTimings)));
    Citations citations = timed("cite", () -> Citations.of(survey));
    SiteViews views = new SiteViews(survey, citations, diagnostics);
    List<PageJob> pages = timed("view", views::pages);
    // Problems found while building views (broken curated links) stop the build before writing.
    failOnErrors(diagnostics);
    TemplateRenderer renderer = new TemplateRenderer(options.templates());
    PublishResult published;
    BuildSummary summary;
    try (SiteWriter writer = SiteWriter.open(options.out())) {
      forgetState(options.out()); // from here on the output may change
      writeAll(writer, survey, citations, views, pages, renderer, options.templates(), diagnostics);
      watch.lap("render");
      if (options.checkLinks()) {
        timed("check", () -> checkLinks(writer));
      }
      published = writer.commit();
      watch.lap("publish");
      summary =
          BuildSummary.of(
              corpus,
              pages.size(),
              published,
              timings,
              cpuTimings,
              millisSince(start),
              diagnostics.sorted());
      if (key.isPresent()) {
        keepState(options.out(), key.get(), inputs, writer.produced(), summary);
      }
    }
    return summary;
  }

  private static Optional<String> stateKey(BuildOptions options) {
    try {
      return Optional.ofNullable(BuildState.keyOf(options));
    } catch (IOException e) {
      return Optional.empty(); // no stamp for the code: build
    }
  }

  private static List<BuildState.Stamp> inputStamps(BuildOptions options) throws ContentException {
    try {
      return BuildState.inputsOf(options);
    } catch (IOException e) {
      throw new ContentException(
          List.of(
              Diagnostic.error(options.content().toString(), 0, "cannot list: " + e.getMessage())));
    }
  }

  /**
   * The last build's summary when nothing it read or wrote has changed since; checked under the
   * lock.
   */
  private static Optional<BuildSummary> lastIfCurrent(
      BuildOptions options, String key, List<BuildState.Stamp> inputs) throws PublishException {
    Optional<BuildState> state = BuildState.read(options.out());
    if (state.isEmpty()) {
      return Optional.empty();
    }
    try (OutputLock lock = OutputLock.acquire(options.out())) {
      return state.get().isCurrent(key, inputs, lock.out())
          ? Optional.of(state.get().summary())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void forgetState(Path out) throws PublishException {
    try {
      BuildState.forget(out);
    } catch (IOException e) {
      throw new PublishException(
          "cannot remove " + BuildState.fileOf(out) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Records what this build read and wrote; a state that cannot be kept only costs the next build
   * time.
   */
  private static void keepState(
      Path out,
      String key,
      List<BuildState.Stamp> inputs,
      Collection<String> produced,
      BuildSummary summary)
      throws PublishException {
    try {
      new BuildState(key, inputs, BuildState.outputsOf(out, produced), summary).write(out);
    } catch (IOException e) {
      forgetState(out);
    }
  }

  /**
   * Writes every file of the site on all cores: data exports, citations, the search index, assets,
   * the pages, and last the host's files, as the sitemap lists every path before it. Returns the
   * paths written, in that order.
   */
  public static List<String> writeAll(
      SiteWriter writer,
      Survey survey,
      Citations citations,
      SiteViews views,
      List<PageJob> pages,
      TemplateRenderer renderer,
      Path templates,
      Diagnostics diagnostics)
      throws ContentException, PublishException {
    SiteView site = views.site();
    List<Output> outputs = new ArrayList<>();
    // The longest single file first, so it is not what the last core waits for.
    outputs.add(new Output(Urls.PAPERS_JSON, out -> DataExport.writePapers(survey, out)));
    outputs.add(
        new Output(Urls.REPORT_JSON, out -> out.write(DataExport.report(survey.corpus()).bytes())));
    outputs.add(Output.of(CurationReport.file(CurationReport.of(survey))));
    BibFiles.of(survey, citations).forEach(file -> outputs.add(Output.of(file)));
    SearchIndexScript.of(views.searchIndex()).forEach(file -> outputs.add(Output.of(file)));
    AssetFiles.read(templates).forEach(asset -> outputs.add(Output.of(asset)));
    for (PageJob page : pages) {
      outputs.add(new Output(page.path(), out -> render(renderer, page, site, out)));
    }
    // Last, as the sitemap lists every page produced before it.
    HostingFiles.ofPaths(survey, outputs.stream().map(Output::path).toList())
        .forEach(file -> outputs.add(Output.of(file)));
    // Every file renders on all cores, streamed into its place; paper views are made here.
    try {
      Parallel.forEach(outputs, output -> write(writer, output));
    } catch (ContentException e) {
      failOnErrors(diagnostics); // a broken curated link explains more than what it broke
      throw e;
    }
    failOnErrors(diagnostics);
    return outputs.stream().map(Output::path).toList();
  }

  private static void write(SiteWriter writer, Output output)
      throws ContentException, PublishException {
    try (OutputStream out = writer.open(output.path())) {
      output.body().writeTo(out);
    } catch (IOException e) {
      throw new PublishException("cannot write " + output.path() + ": " + e.getMessage(), e);
    }
  }

  private static void render(
      TemplateRenderer renderer, PageJob page, SiteView site, OutputStream out)
      throws IOException, ContentException {
    Writer text =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
    renderer.render(page, site, text);
    text.flush();
  }

  private static void failOnErrors(Diagnostics diagnostics) throws ContentException {
    if (diagnostics.hasErrors()) {
      throw new ContentException(
          diagnostics.sorted().stream().filter(Diagnostic::isError).toList());
    }
  }

  private static Content read(BuildOptions options, Diagnostics diagnostics) {
    try {
      return readContent(options, diagnostics);
    } catch (ContentException e) {
      throw new StageFailure(e);
    }
  }

  /** The content directory, with the base URL given on the command line, if any, applied. */
  public static Content readContent(BuildOptions options, Diagnostics diagnostics)
      throws ContentException {
    return readContent(options, diagnostics, ContentReader.Reuse.NONE);
  }

  /** As above, taking unchanged files from an earlier read. */
  public static Content readContent(
      BuildOptions options, Diagnostics diagnostics, ContentReader.Reuse reuse)
      throws ContentException {
    Content content = new ContentReader(options.content(), diagnostics, reuse).read();
    if (options.baseUrl() != null) {
      return content.withConfig(content.config().withBaseUrl(options.baseUrl()));
    }
    return content;
  }

  /**
   * The output may not be, or contain, the content or templates it is built from, however links
   * disguise the paths.
   */
  public static void checkOutput(BuildOptions options) throws PublishException {
    Path out = RealPath.of(options.out());
    for (Path input : List.of(options.content(), options.templates())) {
      Path in = RealPath.of(input);
      if (in.startsWith(out)) {
        throw new PublishException(
            "the output directory " + out + " may not be " + in + " or contain it");
      }
    }
  }

  /** Every link and anchor of the whole site as it is about to be published; a problem stops it. */
  private static Void checkLinks(SiteWriter writer) {
    try {
      SiteLinkReport report = SiteLinkChecker.check(writer.produced(), writer::pending);
      if (!report.problems().isEmpty()) {
        throw new StageFailure(new ContentException(report.problems()));
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs one stage, timed from the end of the one before. */
  private <T> T timed(String stage, Supplier<T> work) throws ContentException {
    try {
      return work.get();
    } catch (StageFailure e) {
      throw e.cause;
    } finally {
      watch.lap(stage);
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Carries a checked content failure through a stage's supplier. */
  private static final class StageFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ContentException cause;

    StageFailure(ContentException cause) {
      super(cause);
      this.cause = cause;
    }
  }
}
