package dev.surveyor.view;

import dev.surveyor.markdown.RenderedMarkdown;

/**
 * What one build's views worked out that the next build in the same process may reuse: the lookups
 * made from the analysis, and the rendered blocks of curated Markdown. Immutable; each part checks
 * for itself that it still applies, so a memo can be handed to any later build.
 */
public final class ViewMemo {
  public static final ViewMemo NONE = new ViewMemo(null, RenderedMarkdown.NONE);

  final AnalysisIndex index;
  final RenderedMarkdown markdown;

  ViewMemo(AnalysisIndex index, RenderedMarkdown markdown) {
    this.index = index;
    this.markdown = markdown;
  }
}
