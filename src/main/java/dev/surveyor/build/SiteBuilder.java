package dev.surveyor.build;

import dev.surveyor.check.SiteLinkChecker;
import dev.surveyor.check.SiteLinkReport;
import dev.surveyor.concurrent.Cores;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Stopwatch;
import dev.surveyor.publish.OutputLock;
import dev.surveyor.publish.PublishException;
import dev.surveyor.publish.PublishResult;
import dev.surveyor.publish.SiteWriter;
import dev.surveyor.render.TemplateRenderer;
import dev.surveyor.view.PageJob;
import dev.surveyor.view.SiteViews;
import dev.surveyor.view.ViewMemo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Runs the pipeline, one line per stage: read, ingest, analyse, cite, view, render and publish. */
public final class SiteBuilder {
  private final BuildClock clock = new BuildClock();
  private final Stopwatch watch = clock.watch();

  public static BuildSummary build(BuildOptions options) throws ContentException, PublishException {
    return new SiteBuilder().run(options);
  }

  private BuildSummary run(BuildOptions options) throws ContentException, PublishException {
    Site.checkOutput(options);
    // Stamped before anything is read, so an edit made while this build runs makes the next one.
    Optional<String> key = stateKey(options);
    List<FileStamp> inputs = key.isPresent() ? inputStamps(options) : List.of();
    if (key.isPresent()) {
      Optional<BuildSummary> last = lastIfCurrent(options, key.get(), inputs);
      if (last.isPresent()) {
        return BuildSummary.upToDate(last.get(), clock.millis());
      }
    }
    Diagnostics diagnostics = new Diagnostics();
    // The renderer needs the templates alone: made, its templates parsed, on a thread of its own
    // while the content is read (in a cold JVM that is loading and interpreting Freemarker).
    Supplier<Renderer> renderer =
        Cores.started("templates", () -> Renderer.of(options.templates()));
    Site.Loaded loaded = Site.load(options, diagnostics, watch);
    // one build, no later one in this process to reuse its views
    SiteViews views = Site.views(loaded, diagnostics, ViewMemo.ALONE);
    if (options.searchIndex()) {
      views.startSearchIndex();
    }
    List<PageJob> pages = views.pages();
    watch.lap("view");
    // Problems found while building views (broken curated links) stop the build before writing.
    diagnostics.throwIfErrors();
    TemplateRenderer templates = renderer.get().get();
    PublishResult published;
    BuildSummary summary;
    try (SiteWriter writer = SiteWriter.open(options.out())) {
      forgetState(options.out()); // from here on the output may change
      Site.write(
          writer,
          loaded,
          views,
          pages,
          templates,
          options.templates(),
          diagnostics,
          options.searchIndex());
      watch.lap("render");
      if (options.checkLinks()) {
        checkLinks(writer);
        watch.lap("check");
      }
      published = writer.commit();
      watch.lap("publish");
      summary = clock.summary(loaded.corpus(), pages.size(), published, diagnostics);
      if (key.isPresent()) {
        keepState(options.out(), key.get(), inputs, writer.produced(), summary);
      }
    }
    return summary;
  }

  /** The renderer with its templates parsed, or why there is none, for when it is needed. */
  private record Renderer(TemplateRenderer renderer, ContentException failure) {
    static Renderer of(Path templates) {
      try {
        return new Renderer(new TemplateRenderer(templates).prepared(), null);
      } catch (ContentException e) {
        return new Renderer(null, e);
      }
    }

    TemplateRenderer get() throws ContentException {
      if (failure != null) {
        throw failure;
      }
      return renderer;
    }
  }

  private static Optional<String> stateKey(BuildOptions options) {
    try {
      return Optional.ofNullable(BuildState.keyOf(options));
    } catch (IOException e) {
      return Optional.empty(); // no stamp for the code: build
    }
  }

  private static List<FileStamp> inputStamps(BuildOptions options) throws ContentException {
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
      BuildOptions options, String key, List<FileStamp> inputs) throws PublishException {
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
      List<FileStamp> inputs,
      Collection<String> produced,
      BuildSummary summary)
      throws PublishException {
    try {
      new BuildState(key, inputs, BuildState.outputsOf(out, produced), summary).write(out);
    } catch (IOException e) {
      forgetState(out);
    }
  }

  /** Every link and anchor of the whole site as it is about to be published; a problem stops it. */
  private static void checkLinks(SiteWriter writer) throws ContentException, PublishException {
    SiteLinkReport report;
    try {
      report = SiteLinkChecker.check(writer.produced(), writer::pending);
    } catch (IOException e) {
      throw new PublishException("cannot check the site's links: " + e.getMessage(), e);
    }
    if (!report.problems().isEmpty()) {
      throw new ContentException(report.problems());
    }
  }
}
