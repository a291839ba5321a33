package dev.surveyor.build;

import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Stopwatch;
import dev.surveyor.ingest.EarlierRead;
import dev.surveyor.model.Content;
import dev.surveyor.view.ViewMemo;
import java.util.function.Predicate;

/**
 * The one home for reuse between builds in one process: what a build may take from the last good
 * one instead of doing it again, decided from {@link FileStamp}s and bytes. The readers take the
 * settings, themes, pages, lexicon and sources of files whose bytes are unchanged ({@link
 * EarlierRead}); the {@link RebuildPlan} says whether the analysis stands and which pages to
 * render; the views take the lookups and rendered Markdown of the last ({@link ViewMemo}). Across
 * processes only the whole-build check of {@link BuildState} applies.
 *
 * <p>Immutable: {@link #NONE} starts from nothing (every {@code build} command); serve keeps the
 * one {@link #after} gives for each good build, and a failed build leaves it as it was.
 */
public final class Reuse {
  public static final Reuse NONE = new Reuse(null);

  /** The content and templates folders as one build found them. */
  public record Inputs(FileSnapshot content, FileSnapshot templates) {}

  /** What the last good build read and made. */
  private record Last(Content content, Inputs inputs, Site.Loaded loaded, ViewMemo views) {}

  private final Last last;

  private Reuse(Last last) {
    this.last = last;
  }

  /**
   * The content and templates folders now, the bytes of files whose stamps are those of the last
   * build taken from its snapshots rather than read again.
   */
  public Inputs inputs(BuildOptions options) throws ContentException {
    FileSnapshot content = last == null ? FileSnapshot.EMPTY : last.inputs().content();
    FileSnapshot templates = last == null ? FileSnapshot.EMPTY : last.inputs().templates();
    return new Inputs(
        FileSnapshot.of(options.content(), content),
        FileSnapshot.of(options.templates(), templates));
  }

  /**
   * The content now: the last build's when no file of the content or templates changed, else read
   * afresh with what {@link #earlierRead} allows.
   */
  public Content read(BuildOptions options, Inputs now, Diagnostics diagnostics)
      throws ContentException {
    if (last != null
        && now.content().same(last.inputs().content(), path -> true)
        && now.templates().same(last.inputs().templates(), path -> true)) {
      return last.content();
    }
    return Site.read(options, diagnostics, earlierRead(now, path -> false));
  }

  /**
   * What the readers may take from the last build's content: the parts read from files whose bytes
   * are unchanged, except those {@code edited} names (a rehearsal treats a file as edited).
   */
  public EarlierRead earlierRead(Inputs now, Predicate<String> edited) {
    if (last == null) {
      return EarlierRead.NONE;
    }
    FileSnapshot then = last.inputs().content();
    return new EarlierRead(
        last.content(), path -> !edited.test(path) && now.content().same(then, path), then::bytes);
  }

  /** What the difference from the last build requires: everything the first time. */
  public RebuildPlan plan(Content content, Inputs now) {
    return last == null
        ? RebuildPlan.everything("first build")
        : RebuildPlan.between(last.content(), last.inputs().templates(), content, now.templates());
  }

  /**
   * The content loaded: ingested and analysed afresh when the plan says so, else the last build's
   * analysis over the new text.
   */
  public Site.Loaded load(
      RebuildPlan plan,
      Content content,
      Site.Ingest ingest,
      Diagnostics diagnostics,
      Stopwatch laps) {
    return plan.analyse() || last == null
        ? Site.analyse(content, ingest, diagnostics, laps)
        : sameAnalysis(content);
  }

  /**
   * The last build's analysis over content that differs from its own only in the texts one page
   * alone shows, which no analysis reads.
   */
  public Site.Loaded sameAnalysis(Content content) {
    Site.Loaded then = last.loaded();
    Content changed = content.withoutSourceTexts();
    return new Site.Loaded(
        changed, then.corpus(), then.survey().withContent(changed), then.citations());
  }

  /** What the views may take from the last build's. */
  public ViewMemo views() {
    return last == null ? ViewMemo.NONE : last.views();
  }

  /** The last good build's content, or null before the first. */
  public Content content() {
    return last == null ? null : last.content();
  }

  /** The last good build's loaded survey, or null before the first. */
  public Site.Loaded loaded() {
    return last == null ? null : last.loaded();
  }

  /** The last good build's templates folder, or null before the first. */
  public FileSnapshot templates() {
    return last == null ? null : last.inputs().templates();
  }

  /** What the next build may reuse from a good one that read {@code inputs}. */
  public static Reuse after(Content content, Inputs inputs, Site.Loaded loaded, ViewMemo views) {
    return new Reuse(new Last(content, inputs, loaded, views));
  }
}
