package dev.surveyor.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Repo;
import dev.surveyor.support.Run;
import dev.surveyor.support.SiteCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles, abstracts and curated Markdown written to attack the site: script tags, attribute
 * breakouts, javascript: and data: URLs, template syntax, Markdown and HTML injection, bidi
 * overrides and zero-width characters, a 10,000-character word. Every page is parsed back with
 * Jsoup: nothing becomes markup, the text appears verbatim, and only http(s) links are clickable.
 */
class HostileTextTest {
  private static final String FILLER =
      " The method is evaluated on several benchmarks and compared with strong baselines, and"
          + " the analysis explains where the gains come from and when they vanish entirely.";
  static final String LONG_WORD = "w".repeat(10_000);

  /**
   * Title and abstract of each hostile paper, in listing order, and its title as shown if that
   * differs.
   */
  static final List<String[]> PAPERS =
      List.of(
          new String[] {
            "<script>alert('title')</script> Script Tags In Titles",
            "We study <script>alert(document.cookie)</script> and <SCRIPT SRC=//evil.example/x.js></SCRIPT>"
                + " inside abstracts."
                + FILLER
          },
          new String[] {
            "\"><img src=x onerror=alert(1)> Attribute Breakouts",
            "Quotes end attributes: \"><img src=x onerror=alert(2)> and '><svg onload=alert(3)>, also"
                + " https://example.org/a\"onmouseover=\"alert(4) and https://example.org/b<script>."
                + FILLER
          },
          new String[] {
            "javascript:alert(1) and data:text/html,<b>x</b> as Titles",
            "Links that must stay text: javascript:alert(5), JaVaScRiPt:alert(6), vbscript:msgbox(7),"
                + " data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg== and ftp://example.org/f,"
                + " while http://example.org/ok?a=1&b=2 and www.example.com/page are real."
                + FILLER
          },
          new String[] {
            "${7*7} <#assign x=1> {{7*7}} Template Syntax",
            "Template engines must not run ${user.home}, ${\"a\"?upper_case}, <#list 1..3 as i>${i}</#list>,"
                + " <@macro/>, {{constructor.constructor('alert(9)')()}} or #{1+1}."
                + FILLER
          },
          new String[] {
            "**Bold** [click](javascript:alert(10)) <b>Markdown</b> # Injection",
            "Markdown is not rendered in abstracts: [click](javascript:alert(11)), ![img](x onerror=y),"
                + " <a href=\"javascript:alert(12)\">link</a>, <iframe src=x></iframe> and `code`."
                + FILLER,
            // strong emphasis is read as the words it marks (EmphasisMarks); the rest stays text
            "Bold [click](javascript:alert(10)) <b>Markdown</b> # Injection"
          },
          new String[] {
            "Right\u202Eto\u202Cleft and zero\u200Bwidth\u200D joiners\uFEFF",
            "Bidi overrides \u202Efdp.exe\u202C and isolates \u2066x\u2069 with zero-width"
                + " \u200B\u200C\u200D characters stay as they are."
                + FILLER
          },
          new String[] {
            "A Ten Thousand Character Word",
            "Before the word " + LONG_WORD + " after the word." + FILLER
          });

  /** Curated Markdown that tries every way we know to smuggle script into the page. */
  static final String HOSTILE_MARKDOWN =
      """
      Plain text with ${user.home} and <#if true>x</#if> and {{user}}.

      [ref link][r] and [external](https://example.org/ok) and [home](theme:peft).

      <script>alert('md1')</script>
      <img src=x onerror=alert('md2')>
      [click](javascript:alert('md3'))
      [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
      <a href="JaVaScRiPt:alert('md4')">mixed case</a>
      <a href="java&#x09;script:alert('md5')">entity tab</a>
      <a href=" javascript:alert('md6')">leading space</a>
      <div onclick="alert('md7')" onmouseover=alert('md8')>handlers</div>
      <svg onload=alert('md9')><circle r=1 /></svg>
      <iframe src="https://evil.example/"></iframe>
      <style>body{display:none}</style>
      <form action="javascript:alert('md10')"><button formaction="javascript:alert('md11')">go</button></form>
      <object data="evil.swf"></object><embed src="evil.swf">
      <math><mtext><table><mglyph><style><img src=x onerror=alert('md12')>
      <a href="vbscript:msgbox('md13')">vb</a>
      <<script>alert('md14');//<</script>
      ![image](javascript:alert('md15'))
      <javascript:alert('md16')>
      <meta http-equiv="refresh" content="0;url=javascript:alert('md17')">
      <base href="javascript:alert('md18')//">
      <p style="background:url(javascript:alert('md19'))">styled</p>

      [r]: javascript:alert('md20')
      """;

  @TempDir static Path dir;
  private static MiniSite mini;
  private static SiteCheck site;
  private static JsonNode papers;

  @BeforeAll
  static void build() throws Exception {
    StringBuilder listing = new StringBuilder("Get trending papers in your email inbox!\n");
    for (String[] paper : PAPERS) {
      listing.append(paper[0]).append('\n').append(paper[1]).append('\n');
    }
    mini =
        new MiniSite(dir)
            .file(
                "survey.md",
                "---\ntitle: Hostile Survey\nlisting_year: 2025\n---\n" + HOSTILE_MARKDOWN)
            .file(
                "themes/peft.md",
                "---\nname: PEFT\nrules:\n  cues:\n    benchmarks: 1\n---\n" + HOSTILE_MARKDOWN)
            .file("pages/about.md", "---\ntitle: About\n---\n" + HOSTILE_MARKDOWN)
            .file("papers/a-ten-thousand-character-word.md", "---\n---\n" + HOSTILE_MARKDOWN)
            .file("sources/hostile.txt", listing.toString());
    Run run = Run.of(mini.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    site = new SiteCheck(mini.out());
    papers = new ObjectMapper().readTree(mini.out().resolve("data/papers.json").toFile());
  }

  @Test
  void noPageHoldsScriptEventHandlersOrScriptUrls() {
    List<String> found = new ArrayList<>();
    for (String path : site.pages()) {
      for (Element el : site.page(path).getAllElements()) {
        String tag = el.normalName();
        if (List.of("script", "iframe", "object", "embed", "form", "style", "base", "meta")
                .contains(tag)
            && !isOwnAsset(el)
            && !isOwnMeta(el)
            && !isJsonData(el)
            && !isOwnForm(el)
            && !isRootFinder(path, el)) {
          found.add(path + ": <" + tag + ">");
        }
        for (Attribute a : el.attributes()) {
          String name = a.getKey().toLowerCase(Locale.ROOT);
          String value = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
          if (name.startsWith("on") || name.equals("style") || name.equals("formaction")) {
            found.add(path + ": " + name + "=" + a.getValue());
          }
          if (URL_ATTRIBUTES.contains(name)
              && (value.startsWith("javascript:")
                  || value.startsWith("vbscript:")
                  || value.startsWith("data:"))) {
            found.add(path + ": " + name + "=" + a.getValue());
          }
        }
      }
    }
    assertEquals(List.of(), found);
    assertEquals(List.of(), site.brokenLinks());
  }

  @Test
  void onlyHttpLinksAreClickableAndTheyAreNofollow() {
    List<String> external = new ArrayList<>();
    for (String path : site.pages()) {
      for (Element a : site.page(path).select("a[href]")) {
        String href = a.attr("href");
        if (href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
          assertTrue(href.startsWith("http://") || href.startsWith("https://"), path + ": " + href);
          assertTrue(
              a.attr("rel").contains("nofollow") && a.attr("rel").contains("noopener"),
              path + ": " + a);
          external.add(href);
        }
      }
    }
    assertTrue(external.contains("https://example.org/ok"), external.toString());
    Document breakouts = paperPage(1);
    assertEquals(
        List.of("https://example.org/a", "https://example.org/b"),
        breakouts.select(".abstract a").eachAttr("href"));
    assertEquals(
        List.of("http://example.org/ok?a=1&b=2", "https://www.example.com/page"),
        paperPage(2).select(".abstract a").eachAttr("href"));
  }

  @Test
  void titlesAndAbstractsAppearVerbatimAsText() {
    for (int i = 0; i < PAPERS.size(); i++) {
      Document page = paperPage(i);
      // wholeText: Jsoup's text() would drop the zero-width characters we check are kept.
      assertEquals(shown(PAPERS.get(i)), page.selectFirst("h1").wholeText(), "title of paper " + i);
      assertEquals(
          PAPERS.get(i)[1], page.selectFirst(".abstract").wholeText(), "abstract of paper " + i);
      assertTrue(
          page.selectFirst("title").wholeText().startsWith(shown(PAPERS.get(i))), page.title());
      Element jsonLd = page.selectFirst("script[type=application/ld+json]");
      if (jsonLd != null) {
        assertEquals(
            shown(PAPERS.get(i)),
            readJson(jsonLd.data()).get("name").asText(),
            "JSON-LD of paper " + i);
      }
    }
    Document list = site.page("papers.html");
    for (String[] paper : PAPERS) {
      assertEquals(
          1,
          list.select(".paper-title a").stream()
              .filter(a -> a.wholeText().equals(shown(paper)))
              .count());
    }
    assertTrue(paperPage(6).selectFirst(".abstract").wholeText().contains(" " + LONG_WORD + " "));
  }

  @Test
  void theJsonExportIsValidAndHoldsTheExactStrings() throws Exception {
    assertEquals(PAPERS.size(), papers.size());
    Map<String, String> abstracts = new HashMap<>();
    papers.forEach(p -> abstracts.put(p.get("title").asText(), p.get("abstract").asText()));
    for (String[] paper : PAPERS) {
      assertEquals(paper[1], abstracts.get(shown(paper)), paper[0]);
    }
    try (Stream<Path> files = Files.walk(mini.out())) {
      for (Path json : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        new ObjectMapper().readTree(json.toFile()); // throws on invalid JSON
      }
    }
  }

  @Test
  void curatedMarkdownIsSanitisedEverywhereItAppears() {
    List<Element> proses =
        List.of(
            site.page("index.html").selectFirst(".prose, .intro"),
            site.page("themes/peft.html").selectFirst(".intro"),
            site.page("about.html").selectFirst(".prose"),
            paperPage(6).selectFirst(".curator-note .prose"));
    for (Element prose : proses) {
      String text = prose.text();
      assertTrue(
          text.contains("Plain text with ${user.home} and <#if true>x</#if> and {{user}}."), text);
      assertFalse(prose.html().contains("md4')\""), prose.html());
      assertTrue(
          prose
              .select(
                  "svg, math, img, input, button, textarea, select, video, audio, iframe,"
                      + " object, embed, form, style, script, meta, base")
              .isEmpty(),
          prose.html());
      Element external = prose.selectFirst("a[href=https://example.org/ok]");
      assertEquals("nofollow noopener", external.attr("rel"));
      assertEquals(
          "themes/peft.html",
          external.parent().selectFirst("a:contains(home)").attr("href").replace("../", ""));
      for (Element a : prose.select("a")) {
        assertTrue(
            a.attr("href").isEmpty()
                || a.attr("href").matches("https?://.*|(\\.\\./)*[a-z0-9/.-]+\\.html(#.*)?"),
            a.outerHtml());
      }
    }
  }

  /** Attributes a browser follows as a URL (meta content is only text unless it refreshes). */
  private static final List<String> URL_ATTRIBUTES =
      List.of(
          "href",
          "src",
          "action",
          "formaction",
          "data",
          "poster",
          "background",
          "cite",
          "srcset",
          "xlink:href");

  /**
   * Structured data the templates embed: inert only while it is valid JSON that never closes its
   * script element early ("</script" or "<!--" inside would let a title escape into HTML).
   */
  private static boolean isJsonData(Element el) {
    if (!el.normalName().equals("script") || !el.attr("type").equals("application/ld+json")) {
      return false;
    }
    String data = el.data();
    try {
      new ObjectMapper().readTree(data);
    } catch (java.io.IOException e) {
      return false;
    }
    return !data.contains("</") && !data.contains("<!--");
  }

  /** The templates' own meta tags; a curated one (a refresh to javascript:) must not survive. */
  private static boolean isOwnMeta(Element el) {
    return el.normalName().equals("meta") && !el.hasAttr("http-equiv");
  }

  /**
   * The site's own forms (header search, search page, list controls), never inside curated text.
   */
  private static boolean isOwnForm(Element el) {
    return el.normalName().equals("form")
        && el.classNames().stream()
            .anyMatch(c -> List.of("site-search", "search-form", "list-controls").contains(c))
        && el.closest(".prose") == null
        && (!el.hasAttr("action") || el.attr("action").matches("(\\.\\./)*search\\.html"));
  }

  /** The 404 page's own inline script, byte for byte the template's: nothing else is inlined. */
  private static boolean isRootFinder(String path, Element el) {
    try {
      return path.equals("404.html")
          && el.normalName().equals("script")
          && el.data()
              .equals(
                  Files.readString(
                      Repo.root().resolve("templates/find-root.js"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isOwnAsset(Element el) {
    return el.normalName().equals("script")
        && el.attr("src").matches("(\\.\\./)*assets/[a-z0-9./-]+");
  }

  private static JsonNode readJson(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  /** The title a reader sees: the captured one, unless the paper gives another. */
  static String shown(String[] paper) {
    return paper.length > 2 ? paper[2] : paper[0];
  }

  private static Document paperPage(int index) {
    String title = shown(PAPERS.get(index));
    for (JsonNode p : papers) {
      if (p.get("title").asText().equals(title)) {
        return site.page(p.get("url").asText());
      }
    }
    throw new AssertionError("no paper titled " + title);
  }
}
