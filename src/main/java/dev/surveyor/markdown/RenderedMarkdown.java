package dev.surveyor.markdown;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.model.Provenance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Markdown blocks as an earlier build rendered them, by the page they appeared on and their exact
 * text, so that serve renders again only the blocks an edit changed. Immutable; a {@link
 * MarkdownRenderer} reads one and makes the next. Holds, for each page, only the blocks of the last
 * rendering of that page, so it stays the size of the curated text.
 */
public final class RenderedMarkdown {
  public static final RenderedMarkdown NONE = new RenderedMarkdown(Map.of());

  /**
   * A rendered block: its HTML, the problems found in it as they were located when it started on
   * {@code line}, and what each internal link in it resolved to (its HTML holds the answers).
   */
  record Block(
      String html, List<Diagnostic> problems, int line, Map<String, Optional<String>> links) {
    Block {
      problems = List.copyOf(problems);
      links = Map.copyOf(links);
    }

    /** Whether every internal link resolves as it did (a paper, theme or page may have gone). */
    boolean linksStill(Function<String, Optional<String>> resolve) {
      for (Map.Entry<String, Optional<String>> link : links.entrySet()) {
        if (!resolve.apply(link.getKey()).equals(link.getValue())) {
          return false;
        }
      }
      return true;
    }

    /** The problems, located for the block starting at {@code start}. */
    List<Diagnostic> problemsAt(Provenance start) {
      if (problems.isEmpty()) {
        return problems;
      }
      return problems.stream()
          .map(
              d ->
                  new Diagnostic(
                      d.severity(),
                      start.file(),
                      d.line() - line + start.line(),
                      d.column(),
                      d.message(),
                      d.sourceLine()))
          .toList();
    }
  }

  private final Map<String, Map<String, Block>> pages;

  private RenderedMarkdown(Map<String, Map<String, Block>> pages) {
    this.pages = pages;
  }

  Optional<Block> find(String pagePath, String text) {
    return Optional.ofNullable(pages.getOrDefault(pagePath, Map.of()).get(text));
  }

  /** These blocks with those of the pages in {@code rendered} replaced. */
  RenderedMarkdown with(Map<String, Map<String, Block>> rendered) {
    Map<String, Map<String, Block>> all = new HashMap<>(pages);
    rendered.forEach((page, blocks) -> all.put(page, Map.copyOf(blocks)));
    return new RenderedMarkdown(Map.copyOf(all));
  }

  /** How many blocks are kept, over all pages. */
  int size() {
    return pages.values().stream().mapToInt(Map::size).sum();
  }
}
