package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Run;
import dev.surveyor.support.SiteCheck;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the papers came from and where the survey is kept: {@code survey.md} names the source
 * website, the capture date and the repository; the footer, curated pages ({@code
 * survey:repository}) and paper pages say so in a reader's words, and curators keep file:line.
 */
class ProvenanceSiteTest {
  private static MiniSite withSettings(Path dir, String settings) {
    return MiniSiteTest.site(dir)
        .file(
            "survey.md",
            "---\ntitle: Mini Survey\nlisting_year: 2025\n" + settings + "---\nA small survey.\n")
        .file(
            "pages/about.md",
            """
            ---
            title: About
            ---
            Propose a correction in [the survey's repository](survey:repository); the papers
            come from [the daily listings](survey:source).
            """);
  }

  @Test
  void theSourceTheCaptureAndTheRepositoryAreNamedAndLinked(@TempDir Path dir) throws Exception {
    MiniSite mini =
        withSettings(
            dir,
            """
            source_name: Daily Papers
            source_url: https://papers.example.org/
            captured: March 2025
            repository: https://github.com/example/survey
            """);
    Run run = Run.of(mini.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    SiteCheck check = new SiteCheck(mini.out());

    Document paper = check.page("papers/lora-for-everyone.html");
    assertEquals(
        "Listed by Daily Papers, in the one listing captured in March 2025. The capture gives its"
            + " title and abstract; not its date, its authors or a link to the paper's own page"
            + " there.",
        paper.selectFirst(".found").text());
    // the listing site's front page is linked once, named as the listing site, not as the paper
    assertEquals(
        List.of("https://papers.example.org/"),
        paper.select("a[href=https://papers.example.org/]").eachAttr("href"));
    assertTrue(paper.selectFirst(".site-footer").text().contains("Papers listed by Daily Papers"));
    // file and line stay for curators, folded away
    assertEquals(
        "First listing, line 2 (curators' file: sources/listing.txt:2)",
        paper.selectFirst("details.for-curators .sources li").text());

    for (String page : List.of("index.html", "about.html", "papers/lora-for-everyone.html")) {
      Document doc = check.page(page);
      assertEquals(
          "https://github.com/example/survey",
          doc.selectFirst(".site-footer .footer-repository a").attr("href"),
          page);
      assertTrue(
          doc.selectFirst(".site-footer")
              .text()
              .contains("Papers listed by Daily Papers, captured in March 2025."),
          doc.selectFirst(".site-footer").text());
    }
    Document about = check.page("about.html");
    assertEquals(
        List.of("https://github.com/example/survey", "https://papers.example.org/"),
        about.select("main a").eachAttr("href"));
  }

  @Test
  void withoutTheSettingsTheLinksWordsStayAsText(@TempDir Path dir) {
    MiniSite mini = withSettings(dir, "");
    Run run = Run.of(mini.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    Document about = new SiteCheck(mini.out()).page("about.html");
    assertTrue(about.select("main a").isEmpty(), about.select("main").html());
    assertTrue(about.selectFirst("main").text().contains("in the survey's repository;"));
    assertTrue(about.select(".footer-repository").isEmpty());
    assertEquals(
        "Found in the one listing.",
        new SiteCheck(mini.out())
            .page("papers/lora-for-everyone.html")
            .selectFirst(".found")
            .text());
  }

  @Test
  void aRepositoryThatIsNotAWebAddressAndAnUnknownKeyAreRefusedWithFileLineAndColumn(
      @TempDir Path dir) {
    Run bad =
        Run.of(withSettings(dir.resolve("a"), "repository: git@github.com:x/y\n").buildArgs());
    assertEquals(1, bad.exitCode());
    assertTrue(
        bad.err()
            .startsWith(
                "survey.md:4:13: error: repository must be an absolute http(s) URL such as"
                    + " https://github.com/owner/survey, not 'git@github.com:x/y'"),
        bad.err());
    Run unknown = Run.of(withSettings(dir.resolve("b"), "repo: https://x.org/\n").buildArgs());
    assertEquals(1, unknown.exitCode());
    assertTrue(unknown.err().startsWith("survey.md:4:1: error: unknown key 'repo'"), unknown.err());
  }

  @Test
  void anUnknownSettingLinkIsABrokenLink(@TempDir Path dir) {
    MiniSite mini =
        withSettings(dir, "")
            .edit("pages/about.md", s -> s.replace("survey:source", "survey:sauce"));
    Run run = Run.of(mini.buildArgs());
    assertEquals(1, run.exitCode());
    assertTrue(
        run.err()
            .startsWith(
                "pages/about.md:5:11: error: broken link 'survey:sauce': a survey link names"
                    + " survey:repository or survey:source"),
        run.err());
    assertTrue(run.err().contains("broken link 'survey:sauce'"), run.err());
  }
}
