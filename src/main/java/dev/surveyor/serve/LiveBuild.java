package dev.surveyor.serve;

import dev.surveyor.build.BuildClock;
import dev.surveyor.build.BuildOptions;
import dev.surveyor.build.BuildSummary;
import dev.surveyor.build.FileSnapshot;
import dev.surveyor.build.ListingCache;
import dev.surveyor.build.RebuildPlan;
import dev.surveyor.build.Reuse;
import dev.surveyor.build.Site;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Stopwatch;
import dev.surveyor.link.Urls;
import dev.surveyor.model.Content;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.publish.OutputLock;
import dev.surveyor.publish.PublishException;
import dev.surveyor.publish.PublishResult;
import dev.surveyor.publish.SiteWriter;
import dev.surveyor.render.AssetFiles;
import dev.surveyor.render.OutputFile;
import dev.surveyor.render.TemplateRenderer;
import dev.surveyor.view.PageJob;
import dev.surveyor.view.SiteViews;
import dev.surveyor.view.Views.SiteView;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the site again and again in one process, redoing only what an edit affects. It keeps the
 * last good build's {@link Reuse} (content, snapshots, analysis, view memo), parsed listings and
 * warm template renderer; each rebuild reads the content afresh, asks {@link Reuse} what the
 * difference requires ({@link RebuildPlan}) and renders only the pages it reaches. Files it does
 * not render are kept as the last build wrote them; the {@link SiteWriter} still writes only
 * changed bytes, removes what is no longer produced and publishes nothing when anything fails, and
 * a failed rebuild leaves the kept state as it was. Not thread-safe: one thread rebuilds.
 */
public final class LiveBuild {
  /**
   * What the last good build left, for the next to start from: what {@link Reuse} decides from, and
   * the files serve keeps in the output.
   */
  private record Built(
      Reuse reuse, List<String> pages, List<String> others, int produced, OutputFolders folders) {}

  /** What one rebuild did; {@code written} lists the files whose bytes changed, sorted. */
  public record Rebuild(
      String reason, String work, BuildSummary summary, List<String> written, long nanos) {
    public Rebuild {
      written = List.copyOf(written);
    }

    public boolean changed() {
      return !written.isEmpty() || summary.filesRemoved() > 0;
    }
  }

  private final BuildOptions options;
  private final OutputLock lock;
  private final ListingCache listings = new ListingCache();
  private TemplateRenderer renderer;
  private FileSnapshot rendererTemplates;
  // Written by the building thread, read by the Review page's: a finished, immutable value.
  private volatile Built last;

  /**
   * @param lock the output directory's lock, held by the caller for as long as this is used
   */
  public LiveBuild(BuildOptions options, OutputLock lock) {
    this.options = options;
    this.lock = lock;
  }

  /** Builds what changed since the last good build, or everything the first time. */
  public Rebuild rebuild() throws ContentException, PublishException {
    BuildClock clock = new BuildClock();
    Stopwatch watch = clock.watch();
    Diagnostics diagnostics = new Diagnostics();
    Reuse reuse = last == null ? Reuse.NONE : last.reuse();
    Reuse.Inputs inputs = reuse.inputs(options);
    Content content = reuse.read(options, inputs, diagnostics);
    RebuildPlan plan = reuse.plan(content, inputs);
    watch.lap("read");
    if (plan.isEmpty()) {
      PublishResult nothing = new PublishResult(last.produced(), 0, 0);
      BuildSummary summary = clock.summary(reuse.loaded().corpus(), 0, nothing, diagnostics);
      return new Rebuild("nothing", "nothing to do", summary, List.of(), clock.nanos());
    }
    Site.Loaded loaded = reuse.load(plan, content, listings::ingest, diagnostics, watch);
    FileSnapshot templates = inputs.templates();
    if (renderer == null
        || !templates.same(rendererTemplates, path -> !RebuildPlan.isAsset(path))) {
      renderer = new TemplateRenderer(options.templates()); // Freemarker would cache the old ones
      rendererTemplates = templates;
    }
    SiteViews views = Site.views(loaded, diagnostics, reuse.views());
    // Files besides pages list the pages (the sitemap): when one went missing, make them all.
    Built kept = plan.allPages() || last.others().stream().anyMatch(this::missing) ? null : last;
    List<PageJob> pages = views.pages(path -> kept == null || plan.renders(path));
    watch.lap("view");
    PublishResult published;
    List<String> written;
    List<String> others;
    try (SiteWriter writer = SiteWriter.open(lock)) {
      if (kept == null) {
        List<String> paths =
            Site.write(
                writer,
                loaded,
                views,
                pages,
                renderer,
                options.templates(),
                diagnostics,
                options.searchIndex());
        Set<String> pagePaths = new HashSet<>();
        pages.forEach(page -> pagePaths.add(page.path()));
        others = paths.stream().filter(path -> !pagePaths.contains(path)).toList();
      } else {
        SiteView site = views.site();
        render(writer, pages, site);
        keepPages(writer, views, site, kept.pages(), pages);
        others = keepOthers(writer, kept, plan.assets());
        diagnostics.throwIfErrors(); // broken curated links, found as the views are made
      }
      watch.lap("render");
      published = writer.commit();
      written = writer.changed();
      watch.lap("publish");
    }
    List<String> allPages =
        kept == null ? pages.stream().map(PageJob::path).toList() : kept.pages();
    // Taken after publishing: from here on, a folder whose time moves lost or gained files.
    OutputFolders folders = OutputFolders.of(lock.out(), allPages);
    last =
        new Built(
            Reuse.after(content, inputs, loaded, views.memo()),
            allPages,
            others,
            published.produced(),
            folders);
    BuildSummary summary = clock.summary(loaded.corpus(), pages.size(), published, diagnostics);
    return new Rebuild(plan.reason(), plan.work(), summary, written, clock.nanos());
  }

  /**
   * Rehearses a one-page rebuild, so that the first real edit finds its code compiled: takes the
   * snapshots, reads the content (the first theme file as if its introduction had changed),
   * compares it, makes the views and renders the home, a theme whose introduction begins with a
   * word more (so one block of Markdown is rendered afresh, the others found from the last build)
   * and a paper page into a writer that is closed without publishing. Changes nothing, here or in
   * the output. Does nothing before a good build.
   */
  public void warmUp() throws ContentException, PublishException {
    if (last == null) {
      return;
    }
    Diagnostics diagnostics = new Diagnostics();
    Reuse reuse = last.reuse();
    Reuse.Inputs inputs = reuse.inputs(options);
    List<Theme> themes = reuse.content().themes();
    String themeFile = themes.isEmpty() ? "" : themes.get(0).intro().start().file();
    Content content = Site.read(options, diagnostics, reuse.earlierRead(inputs, themeFile::equals));
    reuse.plan(content, inputs);
    Set<String> sample = new HashSet<>(Set.of(Urls.HOME));
    themes.stream().limit(1).forEach(theme -> sample.add(Urls.theme(theme.slug())));
    reuse.loaded().survey().papers().stream()
        .limit(1)
        .forEach(paper -> sample.add(Urls.paper(paper.slug())));
    SiteViews views = Site.views(reuse.sameAnalysis(edited(content)), diagnostics, reuse.views());
    try (SiteWriter writer = SiteWriter.open(lock)) { // closed uncommitted: its staging goes away
      SiteView site = views.site();
      List<PageJob> pages = views.pages(sample::contains);
      render(writer, pages, site);
      keepPages(writer, views, site, last.pages(), pages);
    }
  }

  /** The content with the first theme's introduction begun with a word more, as an edit would. */
  private static Content edited(Content content) {
    List<Theme> themes = new ArrayList<>(content.themes());
    if (!themes.isEmpty()) {
      Theme t = themes.get(0);
      Markdown intro = new Markdown("Rehearsal. " + t.intro().text(), t.intro().start());
      themes.set(0, t.withIntro(intro));
    }
    return content.toBuilder().themes(themes).build();
  }

  /** The last good build's survey; empty before the first. Safe to call from any thread. */
  public Optional<Survey> survey() {
    Built built = last;
    return built == null ? Optional.empty() : Optional.of(built.reuse().loaded().survey());
  }

  /** How many listings the last analysing rebuild had to parse (the rest came from the cache). */
  public int listingsParsed() {
    return listings.lastParsed();
  }

  /** Counts the pages not rendered as produced; renders any that went missing from the output. */
  private void keepPages(
      SiteWriter writer, SiteViews views, SiteView site, List<String> all, List<PageJob> rendered)
      throws ContentException, PublishException {
    Set<String> done = new HashSet<>();
    rendered.forEach(page -> done.add(page.path()));
    Set<String> gone = new HashSet<>();
    Map<String, Optional<FileTime>> now = new HashMap<>();
    for (String path : all) {
      if (done.contains(path)) {
        continue;
      }
      if (last.folders().unchanged(path, now)) {
        writer.keepKnown(path);
      } else if (!writer.keep(path)) {
        gone.add(path);
      }
    }
    if (!gone.isEmpty()) { // asking the views for no page still costs their shared context
      render(writer, views.pages(gone::contains), site);
    }
  }

  private void render(SiteWriter writer, List<PageJob> pages, SiteView site)
      throws ContentException, PublishException {
    for (PageJob page : pages) {
      writer.add(renderer.render(page, site));
    }
  }

  /**
   * Keeps the files besides pages as the last build made them (none of them reads the text an edit
   * of this kind changed), except the assets when they changed. Returns their paths.
   */
  private List<String> keepOthers(SiteWriter writer, Built before, boolean assets)
      throws ContentException, PublishException {
    List<String> others = new ArrayList<>();
    for (String path : before.others()) {
      // templates/assets/x is copied to assets/x; other files there (the search index) stay.
      if (!(assets && before.reuse().templates().contains(path))) {
        if (!writer.keep(path)) {
          throw new PublishException(path + " vanished from " + lock.out() + " during the build");
        }
        others.add(path);
      }
    }
    if (assets) {
      for (OutputFile asset : AssetFiles.read(options.templates())) {
        writer.add(asset);
        others.add(asset.path());
      }
    }
    return others;
  }

  private boolean missing(String path) {
    return !Files.isRegularFile(lock.out().resolve(path));
  }
}
