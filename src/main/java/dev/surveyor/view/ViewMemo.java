package dev.surveyor.view;

import dev.surveyor.markdown.RenderedMarkdown;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.Paper;
import java.util.List;

/**
 * What one build's views worked out that the next build in the same process may reuse: the papers
 * in title order, and the rendered blocks of curated Markdown. Immutable; each part checks for
 * itself that it still applies, so a memo can be handed to any later build.
 */
public final class ViewMemo {
  /** Nothing to reuse; this build's memo may serve a later one. */
  public static final ViewMemo NONE = new ViewMemo(null, List.of(), RenderedMarkdown.NONE, true);

  /**
   * Nothing to reuse, and no later build to hand a memo to (a {@code build} command): curated
   * Markdown is rendered whole rather than block by block, the same HTML for less work.
   */
  public static final ViewMemo ALONE = new ViewMemo(null, List.of(), RenderedMarkdown.NONE, false);

  /** The corpus {@link #byTitle} was sorted from: an identical one has the same papers. */
  final Corpus corpus;

  final List<Paper> byTitle;
  final RenderedMarkdown markdown;

  /** Whether the build given this memo keeps what it renders for a later build. */
  final boolean kept;

  ViewMemo(Corpus corpus, List<Paper> byTitle, RenderedMarkdown markdown) {
    this(corpus, byTitle, markdown, true);
  }

  private ViewMemo(Corpus corpus, List<Paper> byTitle, RenderedMarkdown markdown, boolean kept) {
    this.corpus = corpus;
    this.byTitle = byTitle;
    this.markdown = markdown;
    this.kept = kept;
  }
}
