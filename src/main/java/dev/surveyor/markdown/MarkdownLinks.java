package dev.surveyor.markdown;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import dev.surveyor.model.Markdown;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The internal links of one kind a curated text makes ("paper:slug"), read as the renderer reads
 * them: a link in a code span or a bare "paper:" word is not a link.
 */
public final class MarkdownLinks {
  private MarkdownLinks() {}

  /** The slugs {@code markdown} links as {@code kind} ("paper"), each once, in reading order. */
  public static List<String> targets(Markdown markdown, String kind) {
    String prefix = kind + ":";
    Set<String> slugs = new LinkedHashSet<>();
    new NodeVisitor(
            new VisitHandler<>(
                Link.class,
                link -> {
                  String url = link.getUrl().toString();
                  if (url.startsWith(prefix) && url.length() > prefix.length()) {
                    slugs.add(url.substring(prefix.length()));
                  }
                }))
        .visit(MarkdownRenderer.PARSER.parse(markdown.text()));
    return List.copyOf(slugs);
  }
}
