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
  public static final ViewMemo NONE = new ViewMemo(null, List.of(), RenderedMarkdown.NONE);

  /** The corpus {@link #byTitle} was sorted from: an identical one has the same papers. */
  final Corpus corpus;

  final List<Paper> byTitle;
  final RenderedMarkdown markdown;

  ViewMemo(Corpus corpus, List<Paper> byTitle, RenderedMarkdown markdown) {
    this.corpus = corpus;
    this.byTitle = byTitle;
    this.markdown = markdown;
  }
}
