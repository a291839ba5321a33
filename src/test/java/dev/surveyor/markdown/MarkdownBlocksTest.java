package dev.surveyor.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.model.Content;
import dev.surveyor.model.ExtraPage;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.Theme;
import dev.surveyor.support.Repo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Markdown rendered block by block gives the bytes the whole text gives, on the real curated text
 * and on constructs that reach across blank lines; blocks kept from an earlier build are taken only
 * for the same page, the same text and links that still resolve as they did.
 */
class MarkdownBlocksTest {
  /** Internal links to papers a, b and c resolve; any other is broken. */
  private static final Function<String, Optional<String>> SOME =
      href ->
          Set.of("paper:a", "paper:b", "paper:c").contains(href)
              ? Optional.of("../papers/" + href.substring(6) + ".html")
              : Optional.empty();

  @Test
  void theRealCuratedTextRendersAsAWhole() throws Exception {
    Content content = new ContentReader(Repo.content(), new Diagnostics()).read();
    Map<String, Markdown> texts = new LinkedHashMap<>();
    texts.put("index.html", content.intro());
    for (Theme theme : content.themes()) {
      texts.put("themes/" + theme.slug() + ".html", theme.intro());
    }
    for (ExtraPage page : content.pages()) {
      texts.put(page.slug() + ".html", page.body());
    }
    for (PaperNote note : content.notes()) {
      texts.put("papers/" + note.slug() + ".html", note.note());
    }
    int blocks = 0;
    for (Map.Entry<String, Markdown> text : texts.entrySet()) {
      assertSameAsWhole(
          text.getValue(),
          text.getKey(),
          href -> Optional.of("x/" + href.replace(':', '-') + ".html"));
      // paper notes are a sentence or two; the introductions and pages are what is long
      blocks +=
          text.getKey().startsWith("papers/") ? 0 : MarkdownBlocks.split(text.getValue()).size();
    }
    int longTexts = texts.size() - content.notes().size();
    assertTrue(longTexts >= 7, "home, themes and pages: " + texts.keySet());
    assertTrue(blocks > 3 * longTexts, "the curated texts are cut into blocks: " + blocks);
    assertTrue(MarkdownBlocks.split(content.themes().get(0).intro()).size() >= 4);
  }

  @Test
  void constructsAcrossBlankLinesRenderAsAWhole() {
    List<String> texts =
        List.of(
            "A paragraph\nwith two lines.\n\nAnother one.",
            "\n\nLeading blank lines.\n\nThen a paragraph.\n",
            "- tight\n- list\n\nAfter the list.",
            "- loose\n\n- list\n\nAfter the loose list.\n\n- another\n- list",
            "1. first\n2. second\n\n   continued in the item\n\nOut of the list.",
            "- a\n  - nested\n\n    nested paragraph\n\nText.",
            "> quoted\n> more\n\nNot quoted.\n\n> quoted again\nlazy line",
            "# Heading\n\nText under it.\n\n## Second\nText right under.\n\nSetext\n======\n\nEnd.",
            "    indented code\n\n    more code\n\nText after code.",
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n[Not a caption, a link](paper:a)\n\nText.",
            "| a | b |\n|---|---|\n| 1 | 2 |\n[caption]\n\nText.",
            "Text with a [reference link][ref].\n\n[ref]: https://example.org\n\nMore text.",
            "```\ncode\n\nwith a blank line\n```\n\nText.",
            "~~~\ncode\n\n~~~\n\nText.",
            "<div>\nblock\n\nText after the div.",
            "Text with an <em>unclosed tag.\n\nNext paragraph.",
            "<!-- a comment\n\nthat goes on -->\n\nText.",
            "<pre>\npre\n\nstill pre\n</pre>\n\nText.",
            "Text with <span>inline\n\nHTML</span> cut by a blank line.",
            "A [link](paper:a), a [broken one](paper:zz).\n\nAnd [another](paper:b) after **bold\n\ntext** that does not close.",
            "Hard  \nbreak.\n\nÉtude starts with a letter.\n\n[Starts with a link](https://example.org).\n\n#notaheading",
            "Text\n  \t\nAfter a blank line of spaces.\r\n\r\nCRLF paragraph.",
            "* * *\n\nAfter a rule.\n\n***\nBold?**\n\n2024 was a year.\n\n2. list",
            "Term\n: not a definition list\n\nText <script>alert(1)</script>\n\nText.",
            "[a]: /url\n\n[a]");
    int cut = 0;
    for (String text : texts) {
      Markdown markdown = new Markdown(text, new Provenance("themes/t.md", 7));
      assertSameAsWhole(markdown, "themes/t.html", SOME);
      cut += MarkdownBlocks.split(markdown).size() > 1 ? 1 : 0;
    }
    assertEquals(
        15, cut, "texts cut into blocks; the others have HTML, fences or link definitions");
  }

  @Test
  void anEditRendersOnlyTheBlocksItChanged() {
    String page = "themes/t.html";
    Markdown before =
        new Markdown(
            "First [a](paper:a).\n\n## Second\n\nThird [broken](paper:zz).\n",
            new Provenance("themes/t.md", 5));
    MarkdownRenderer first = new MarkdownRenderer();
    first.render(before, page, SOME);
    RenderedMarkdown kept = first.rendered();
    assertEquals(3, kept.size());

    Markdown after =
        new Markdown(
            "Inserted.\n\nFirst [a](paper:a).\n\n## Second\n\nThird [broken](paper:zz).\n",
            new Provenance("themes/t.md", 5));
    MarkdownRenderer second = new MarkdownRenderer(kept);
    MarkdownRenderer.Result result = second.render(after, page, SOME);
    assertEquals(
        second.renderAtOnce(after, page, SOME),
        result,
        "same bytes, and the problem found at its new line");
    assertEquals(11, result.problems().get(0).line());
    RenderedMarkdown now = second.rendered();
    assertEquals(4, now.size());
    for (String unchanged :
        List.of("First [a](paper:a).\n\n", "## Second\n\n", "Third [broken](paper:zz).\n")) {
      assertSame(
          kept.find(page, unchanged).orElseThrow(),
          now.find(page, unchanged).orElseThrow(),
          unchanged);
    }
    assertTrue(now.find(page, "Inserted.\n\n").isPresent());

    MarkdownRenderer again = new MarkdownRenderer(now);
    assertEquals(result, again.render(after, page, SOME), "a hit gives the same bytes");
    assertSame(
        now.find(page, "Inserted.\n\n").orElseThrow(),
        again.rendered().find(page, "Inserted.\n\n").orElseThrow());
  }

  @Test
  void aBlockIsRenderedAgainWhenItsLinksResolveDifferentlyOrOnAnotherPage() {
    Markdown text =
        new Markdown(
            "See [a](paper:a) and [c](paper:c).\n\nPlain text.", new Provenance("survey.md", 3));
    MarkdownRenderer first = new MarkdownRenderer();
    first.render(text, "index.html", SOME);
    RenderedMarkdown kept = first.rendered();

    Function<String, Optional<String>> cGone =
        href -> href.equals("paper:c") ? Optional.empty() : SOME.apply(href);
    MarkdownRenderer second = new MarkdownRenderer(kept);
    MarkdownRenderer.Result result = second.render(text, "index.html", cGone);
    assertEquals(second.renderAtOnce(text, "index.html", cGone), result);
    assertEquals(1, result.problems().size(), "the link to the paper gone is reported");
    assertTrue(result.html().contains("href=\"#\""), result.html());
    assertNotSame(
        kept.find("index.html", "See [a](paper:a) and [c](paper:c).\n\n").orElseThrow(),
        second
            .rendered()
            .find("index.html", "See [a](paper:a) and [c](paper:c).\n\n")
            .orElseThrow());

    Function<String, Optional<String>> fromPages =
        href -> SOME.apply(href).map(url -> url.substring(3));
    MarkdownRenderer elsewhere = new MarkdownRenderer(kept);
    assertEquals(
        elsewhere.renderAtOnce(text, "about.html", fromPages),
        elsewhere.render(text, "about.html", fromPages));
    assertTrue(
        elsewhere.rendered().find("index.html", "Plain text.").isPresent(),
        "other pages' blocks are kept");
  }

  private static void assertSameAsWhole(
      Markdown text, String page, Function<String, Optional<String>> resolve) {
    MarkdownRenderer renderer = new MarkdownRenderer();
    MarkdownRenderer.Result whole = renderer.renderAtOnce(text, page, resolve);
    List<String> blocks = new ArrayList<>();
    MarkdownBlocks.split(text).forEach(block -> blocks.add(block.text()));
    assertEquals(text.text(), String.join("", blocks), "the blocks make up the text");
    assertEquals(whole, renderer.render(text, page, resolve), "blocks " + blocks);
    // a build no later build follows renders the text whole: the same HTML and problems
    MarkdownRenderer alone = new MarkdownRenderer(RenderedMarkdown.NONE, false);
    assertEquals(whole, alone.render(text, page, resolve), "rendered whole");
    assertSame(RenderedMarkdown.NONE, alone.rendered(), "nothing kept for a later build");
  }
}
