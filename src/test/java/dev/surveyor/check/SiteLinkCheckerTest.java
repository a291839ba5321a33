package dev.surveyor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.support.MiniSite;
import dev.surveyor.support.RealBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link checker on a copy of the real survey, intact and then broken on purpose. */
class SiteLinkCheckerTest {
  @Test
  void theRealSiteHasNoLinkProblems() throws IOException {
    SiteLinkReport report = SiteLinkChecker.check(RealBuild.out());
    assertEquals(List.of(), report.problems());
    assertEquals(RealBuild.site().pages().size(), report.pages());
    assertTrue(report.links() > 10_000, "links checked: " + report.links());
  }

  @Test
  void reportsEachBrokenLinkAnchorAndOrphanWithPageAndPlace(@TempDir Path dir) throws IOException {
    Path site = dir.resolve("site");
    MiniSite.copyTree(RealBuild.out(), site);
    String paper = "papers/masked-thought-simply-masking-partial-reasoning-steps-can.html";
    int brokenLink =
        replace(
            site,
            "themes/peft.html",
            "href=\"../papers.html\"",
            "href=\"../papers/no-such-paper.html\"");
    int brokenAnchor =
        replace(
            site,
            "about.html",
            "href=\"methodology.html\"",
            "href=\"methodology.html#no-such-section\"");
    int absolute =
        replace(site, paper, "href=\"../assets/style.css\"", "href=\"/assets/style.css\"");
    Files.writeString(
        site.resolve("orphan.html"),
        "<!DOCTYPE html><title>o</title><a href=\"index.html\">home</a>");

    List<String> problems =
        SiteLinkChecker.check(site).problems().stream().map(SiteLinkCheckerTest::brief).toList();

    assertEquals(
        List.of(
            "about.html:"
                + brokenAnchor
                + ": broken anchor \"methodology.html#no-such-section\": no id \"no-such-section\" in methodology.html",
            "orphan.html:0: not reachable by links from index.html",
            paper
                + ":"
                + absolute
                + ": root-absolute link \"/assets/style.css\" breaks under a sub-path and from disk",
            "themes/peft.html:"
                + brokenLink
                + ": broken link \"../papers/no-such-paper.html\": no file papers/no-such-paper.html"),
        problems);
  }

  @Test
  void locatesAProblemAtItsAttribute(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("index.html"),
        "<!DOCTYPE html>\n<title>t</title>\n<p>Read <a class=\"x\" href=\"gone.html\">this</a>.\n");
    Diagnostic problem = SiteLinkChecker.check(dir).problems().get(0);
    assertEquals(
        "index.html:3:22: error: broken link \"gone.html\": no file gone.html", problem.format());
  }

  /** Replaces the first occurrence on the page and returns the line it is on. */
  private static int replace(Path site, String page, String from, String to) throws IOException {
    Path file = site.resolve(page);
    String html = Files.readString(file, StandardCharsets.UTF_8);
    int at = html.indexOf(from);
    assertTrue(at >= 0, from + " not on " + page);
    Files.writeString(file, html.substring(0, at) + to + html.substring(at + from.length()));
    return (int) html.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  private static String brief(Diagnostic d) {
    return d.file() + ":" + d.line() + ": " + d.message();
  }
}
