package dev.surveyor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.view.PageJob;
import dev.surveyor.view.Views.SiteView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Freemarker as the site uses it: records in, escaped HTML out, errors located in the template. */
class TemplateRendererTest {
  private static final SiteView SITE =
      new SiteView("Tiny & Co", "", "en", "Surveyor", null, null, null, null);

  /** What a page view is to a template: a record. */
  record Page(String title, int count) {}

  private static final Page HOSTILE = new Page("<script>alert('x')</script> & \"q\"", 1234567);

  @TempDir Path templates;

  private String render(String template, String text) throws Exception {
    write(template, text);
    OutputFile out =
        new TemplateRenderer(templates)
            .render(new PageJob("papers/x.html", template, HOSTILE), SITE);
    assertEquals("papers/x.html", out.path());
    return new String(out.bytes(), StandardCharsets.UTF_8);
  }

  private Diagnostic failure(String template, String text) throws IOException {
    write(template, text);
    ContentException e =
        assertThrows(
            ContentException.class,
            () ->
                new TemplateRenderer(templates)
                    .render(new PageJob("papers/x.html", template, HOSTILE), SITE));
    assertEquals(1, e.diagnostics().size());
    return e.diagnostics().get(0);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(templates.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void aRecordsStringsAreEscapedAndNumbersPrintedPlain() throws Exception {
    assertEquals(
        """
        <h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</h1>
        <p>Tiny &amp; Co: 1234567</p>
        """,
        render(
            "page.ftlh",
            """
            <h1>${page.title}</h1>
            <p>${site.title}: ${page.count}</p>
            """));
  }

  /** A page with a list and a component that may be missing. */
  record Listing(java.util.List<Page> items, Page missing) {}

  @Test
  void componentsAskedAgainListedAgainOrMissingReadTheSameEachTime() throws Exception {
    write(
        "list.ftlh",
        """
        <#list page.items as i>${i.title}=${i.count?c} </#list>|<#list page.items as i>${i.title} </#list>\
        |${page.missing???c}|${(page.missing.title)!"none"}|${page.items?size}${page.items?size}
        """);
    Listing listing = new Listing(java.util.List.of(new Page("a<", 1), new Page("b", 2)), null);
    OutputFile out =
        new TemplateRenderer(templates)
            .render(new PageJob("papers/x.html", "list.ftlh", listing), SITE);
    assertEquals(
        "a&lt;=1 b=2 |a&lt; b |false|none|22\n", new String(out.bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void aTemplateThatDoesNotParseIsReportedAtItsLineAndColumn() throws IOException {
    Diagnostic d =
        failure(
            "broken.ftlh",
            """
            <h1>${page.title}</h1>
            <p>${page.count + }</p>
            """);
    assertEquals("templates/broken.ftlh", d.file());
    assertEquals(2, d.line());
    assertEquals(19, d.column(), d.format()); // the "}" where an operand should be
    assertEquals("<p>${page.count + }</p>", d.sourceLine());
    assertTrue(
        d.format().startsWith("templates/broken.ftlh:2:19: error: Encountered \"}\""), d.format());
  }

  @Test
  void aMissingValueIsReportedWhereTheTemplateAsksForIt() throws IOException {
    Diagnostic d =
        failure(
            "missing.ftlh",
            """
            <h1>${page.title}</h1>
              <p>${page.subtitle}</p>
            """);
    assertEquals(
        "templates/missing.ftlh:2:8: error: The following has evaluated to null or missing:"
            + " page.subtitle (while rendering papers/x.html)\n"
            + "    <p>${page.subtitle}</p>\n"
            + "         ^",
        d.format());
  }

  @Test
  void anErrorInAnIncludedTemplateNamesThatTemplate() throws IOException {
    write("part.ftlh", "<footer>\n${page.nothing}</footer>\n");
    Diagnostic d = failure("outer.ftlh", "<main>${page.title}</main>\n<#include \"part.ftlh\">\n");
    assertEquals("templates/part.ftlh", d.file());
    assertEquals(2, d.line());
    assertEquals("${page.nothing}</footer>", d.sourceLine());
  }

  @Test
  void templatesMayNotInstantiateClasses() throws IOException {
    Diagnostic d =
        failure(
            "exec.ftlh",
            "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}\n");
    assertEquals("templates/exec.ftlh", d.file());
    assertEquals(1, d.line());
  }

  @Test
  void templatesParsedAheadRenderAsBeforeAndABrokenOneIsStillReportedWhereItIs() throws Exception {
    write("page.ftlh", "<h1>${page.title}</h1>\n");
    write("broken.ftlh", "<h1>${page.title}</h1>\n<p>${page.count + }</p>\n");
    TemplateRenderer renderer = new TemplateRenderer(templates).prepared();
    OutputFile page = renderer.render(new PageJob("papers/x.html", "page.ftlh", HOSTILE), SITE);
    assertEquals(
        "<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</h1>\n",
        new String(page.bytes(), StandardCharsets.UTF_8));
    ContentException e =
        assertThrows(
            ContentException.class,
            () -> renderer.render(new PageJob("papers/x.html", "broken.ftlh", HOSTILE), SITE));
    assertTrue(
        e.diagnostics()
            .get(0)
            .format()
            .startsWith("templates/broken.ftlh:2:19: error: Encountered \"}\""),
        e.diagnostics().get(0).format());
  }

  @Test
  void aMissingTemplatesDirectoryIsAnError() {
    Path nowhere = templates.resolve("nowhere");
    ContentException e = assertThrows(ContentException.class, () -> new TemplateRenderer(nowhere));
    assertEquals(
        nowhere + ": error: templates directory not found", e.diagnostics().get(0).format());
  }
}
