package dev.surveyor.markdown;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Severity;
import dev.surveyor.model.Markdown;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Curated Markdown to safe HTML: flexmark renders it, internal links ({@code paper:slug}, {@code
 * theme:slug}, {@code page:slug}, {@code entity:slug}) become relative URLs, links to the survey's
 * settings ({@code survey:repository}, {@code survey:source}) their addresses, and Jsoup's safelist
 * removes scripts, event handlers and any link that is not http(s), mailto or relative.
 */
public final class MarkdownRenderer {
  private static final Pattern INTERNAL =
      Pattern.compile("^(paper|theme|page|entity|survey):(.*)$");
  private static final String BASE = "https://surveyor.invalid/";

  private static final DataHolder OPTIONS =
      new MutableDataSet()
          .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
          .set(HtmlRenderer.SOFT_BREAK, " ")
          .toImmutable();
  // Parser and renderer are immutable once built and thread-safe: built once for the process,
  // not for every build serve makes.
  static final Parser PARSER = Parser.builder(OPTIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

  private final Safelist safelist;
  private final RenderedMarkdown earlier;

  /**
   * Whether blocks are kept for a later build (serve's); a build alone renders each text whole,
   * which gives the same HTML in one parse instead of one per block (theme introductions are some
   * twenty blocks each, and a cold JVM runs flexmark and Jsoup slowly).
   */
  private final boolean keepsBlocks;

  /** The blocks rendered through this renderer, by page, then by text. */
  private final Map<String, Map<String, RenderedMarkdown.Block>> rendered =
      new ConcurrentHashMap<>();

  public MarkdownRenderer() {
    this(RenderedMarkdown.NONE);
  }

  /**
   * A renderer that takes blocks an earlier build rendered for the same page from {@code earlier}.
   */
  public MarkdownRenderer(RenderedMarkdown earlier) {
    this(earlier, true);
  }

  /**
   * As above; when {@code keepsBlocks} is false, {@link #rendered} is {@code earlier} and each text
   * is rendered whole, for a build no later build follows.
   */
  public MarkdownRenderer(RenderedMarkdown earlier, boolean keepsBlocks) {
    this.earlier = earlier;
    this.keepsBlocks = keepsBlocks;
    this.safelist =
        Safelist.relaxed()
            .removeTags("img")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(true);
  }

  /** The HTML, and the problems found (broken internal links), located in the source file. */
  public record Result(String html, List<Diagnostic> problems) {}

  /**
   * Renders block by block ({@link MarkdownBlocks}), which gives the HTML the whole text would; a
   * block this page had in an earlier build, whose internal links still resolve as they did, is
   * taken from there. Safe to call from several threads.
   *
   * @param pagePath where the HTML will appear, relative to the site root
   * @param resolve maps an internal link ("paper:slug") to a URL relative to {@code pagePath}, or
   *     empty when its target does not exist
   */
  public Result render(
      Markdown markdown, String pagePath, Function<String, Optional<String>> resolve) {
    if (markdown.isBlank()) {
      return new Result("", List.of());
    }
    if (!keepsBlocks) {
      return renderAtOnce(markdown, pagePath, resolve);
    }
    Map<String, RenderedMarkdown.Block> page =
        rendered.computeIfAbsent(pagePath, p -> new ConcurrentHashMap<>());
    StringBuilder html = new StringBuilder();
    List<Diagnostic> problems = new ArrayList<>();
    for (Markdown part : MarkdownBlocks.split(markdown)) {
      RenderedMarkdown.Block block =
          earlier
              .find(pagePath, part.text())
              .filter(found -> found.linksStill(resolve))
              .orElseGet(() -> renderBlock(part, pagePath, resolve));
      page.put(part.text(), block);
      html.append(block.html());
      problems.addAll(block.problemsAt(part.start()));
    }
    return new Result(html.toString(), problems);
  }

  /**
   * What this renderer rendered, for the next build: each page it rendered with the blocks it had
   * now, the other pages as {@code earlier} had them.
   */
  public RenderedMarkdown rendered() {
    return keepsBlocks ? earlier.with(rendered) : earlier;
  }

  private RenderedMarkdown.Block renderBlock(
      Markdown markdown, String pagePath, Function<String, Optional<String>> resolve) {
    Map<String, Optional<String>> links = new HashMap<>();
    Function<String, Optional<String>> noted = href -> links.computeIfAbsent(href, resolve);
    Result result = renderAtOnce(markdown, pagePath, noted);
    return new RenderedMarkdown.Block(
        result.html(), result.problems(), markdown.start().line(), links);
  }

  /**
   * The text rendered in one piece, as each block is (and as tests render the whole to compare).
   */
  Result renderAtOnce(
      Markdown markdown, String pagePath, Function<String, Optional<String>> resolve) {
    if (markdown.isBlank()) {
      return new Result("", List.of());
    }
    Document document = PARSER.parse(markdown.text());
    List<Diagnostic> problems = new ArrayList<>();
    new NodeVisitor(
            new VisitHandler<>(Link.class, link -> resolveLink(link, markdown, resolve, problems)))
        .visit(document);
    String html = RENDERER.render(document);
    // cleaned as Jsoup.clean does, but the clean document kept, not written out and parsed again
    org.jsoup.nodes.Document safe =
        new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html, BASE + pagePath));
    safe.outputSettings(new OutputSettings().prettyPrint(false));
    for (Element a : safe.select("a[href]")) {
      String href = a.attr("href");
      if (href.startsWith("http://") || href.startsWith("https://")) {
        a.attr("rel", "nofollow noopener");
      }
    }
    return new Result(safe.body().html(), problems);
  }

  private static void resolveLink(
      Link link,
      Markdown markdown,
      Function<String, Optional<String>> resolve,
      List<Diagnostic> problems) {
    String url = link.getUrl().toString();
    if (!INTERNAL.matcher(url).matches()) {
      return;
    }
    Optional<String> target = resolve.apply(url);
    if (target.isPresent() && target.get().isEmpty()) {
      // a link to a setting the survey leaves unset ("survey:repository"): its words, unlinked
      while (link.getFirstChild() != null) {
        link.insertBefore(link.getFirstChild());
      }
      link.unlink();
      return;
    }
    if (target.isPresent()) {
      link.setUrl(BasedSequence.of(target.get()));
      return;
    }
    int offset = link.getStartOffset();
    String before = markdown.text().substring(0, offset);
    int lineInText = (int) before.chars().filter(c -> c == '\n').count();
    int column = offset - before.lastIndexOf('\n');
    int line = markdown.start().line() + lineInText;
    String sourceLine = markdown.text().lines().skip(lineInText).findFirst().orElse("");
    problems.add(
        new Diagnostic(
            Severity.ERROR,
            markdown.start().file(),
            line,
            column,
            url.startsWith("survey:")
                ? "broken link '"
                    + url
                    + "': a survey link names survey:repository or survey:source"
                : "broken link '" + url + "': no such " + url.substring(0, url.indexOf(':')),
            sourceLine));
    link.setUrl(BasedSequence.of("#"));
  }
}
