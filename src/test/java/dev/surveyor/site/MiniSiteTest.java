package dev.surveyor.site;

import static dev.surveyor.support.MiniSite.ABSTRACT_TAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Run;
import dev.surveyor.support.SiteCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole sites written inline, so every input a test depends on is in front of the reader. */
public class MiniSiteTest {
  public static MiniSite site(Path dir) {
    return new MiniSite(dir)
        .file(
            "survey.md",
            """
            ---
            title: Mini Survey
            tagline: A small test survey
            listing_year: 2025
            ---
            Start with [the LoRA paper](paper:lora-for-everyone) or the [PEFT theme](theme:peft).
            """)
        .file(
            "themes/peft.md",
            """
            ---
            name: PEFT
            order: 1
            digest: Training few parameters.
            rules:
              threshold: 6
              title_weight: 3
              cues:
                LoRA: 3
                adapters: 3
            ---
            Low-rank methods, such as [LoRA for everyone](paper:lora-for-everyone).
            """)
        .file(
            "papers/script-alert-title-script-plain-prompting-study.md",
            """
            ---
            add_themes: [peft]
            ---
            Curators think this belongs with PEFT.
            """)
        .file(
            "sources/listing.txt",
            "Get trending papers in your email inbox!\n"
                + "SubscribeLoRA for Everyone\n"
                + "We adapt models with LoRA at low cost, see https: //github.com/x/lora."
                + ABSTRACT_TAIL
                + "\n"
                + "<script>alert('title')</script> Plain Prompting Study\n"
                + "We study prompts <b>without</b> training & report ${x} and <#if> results."
                + ABSTRACT_TAIL
                + "\n");
  }

  @Test
  void buildsALinkedSafeSite(@TempDir Path dir) throws Exception {
    MiniSite mini = site(dir);
    Run run = Run.of(mini.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("records found 2, distinct papers 2"), run.out());

    SiteCheck check = new SiteCheck(mini.out());
    assertEquals(List.of(), check.brokenLinks());
    assertTrue(check.pages().contains("papers/lora-for-everyone.html"));
    assertTrue(check.pages().contains("themes/peft.html"));
    assertTrue(check.pages().contains("themes/other.html"));

    Document lora = check.page("papers/lora-for-everyone.html");
    assertEquals("https://github.com/x/lora", lora.selectFirst(".abstract a").attr("href"));
    assertTrue(lora.select(".verdict").text().contains("LoRA"), "evidence is shown");

    Document hostile = check.page("papers/script-alert-title-script-plain-prompting-study.html");
    assertEquals(
        List.of("application/ld+json", "../assets/print.js", "../assets/copy.js"),
        hostile.select("script").stream()
            .map(s -> s.hasAttr("src") ? s.attr("src") : s.attr("type"))
            .toList(),
        "source text never becomes markup: the only scripts are the site's own");
    assertTrue(hostile.selectFirst("h1").text().startsWith("<script>alert('title')</script>"));
    assertTrue(
        hostile
            .selectFirst(".abstract")
            .text()
            .contains("<b>without</b> training & report ${x} and <#if>"));
    assertTrue(
        hostile.select(".verdict .decision").text().startsWith("Added by a curator"),
        hostile.select(".verdict").text());

    Document theme = check.page("themes/peft.html");
    assertEquals(2, theme.select(".paper-item").size());
    assertEquals("../papers/lora-for-everyone.html", theme.selectFirst(".intro a").attr("href"));
  }

  @Test
  void twoBuildsAreByteIdenticalAndANoOpRebuildWritesNothing(@TempDir Path dir) {
    MiniSite mini = site(dir);
    assertEquals(0, Run.of(mini.buildArgs()).exitCode());
    var first = MiniSite.snapshot(mini.out());
    Run again = Run.of(mini.buildArgs());
    assertTrue(again.out().contains("written 0, removed 0"), again.out());
    assertEquals(first, MiniSite.snapshot(mini.out()));
  }

  @Test
  void aBrokenCuratedLinkFailsAndLeavesThePreviousSiteUntouched(@TempDir Path dir)
      throws Exception {
    MiniSite mini = site(dir);
    assertEquals(0, Run.of(mini.buildArgs()).exitCode());
    var before = MiniSite.snapshot(mini.out());
    mini.file(
        "themes/peft.md",
        Files.readString(mini.content().resolve("themes/peft.md"))
            .replace("paper:lora-for-everyone", "paper:no-such-paper"));
    Run run = Run.of(mini.buildArgs());
    assertEquals(1, run.exitCode());
    assertTrue(
        run.err()
            .startsWith(
                "themes/peft.md:12:27: error: broken link 'paper:no-such-paper': no such paper"),
        run.err());
    assertEquals(before, MiniSite.snapshot(mini.out()));
  }

  @Test
  void invalidFrontMatterNamesFileLineAndColumn(@TempDir Path dir) {
    MiniSite mini = site(dir).file("themes/peft.md", "---\nname: PEFT\ncolour: blue\n---\nBody\n");
    Run run = Run.of(mini.buildArgs());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().startsWith("themes/peft.md:3:1: error: unknown key 'colour'"), run.err());
    assertTrue(run.err().contains("  colour: blue\n  ^"), run.err());
    assertFalse(Files.exists(mini.out()));
  }

  @Test
  void aBrokenListingIsReportedAndTheRestStillBuilds(@TempDir Path dir) throws Exception {
    MiniSite mini = site(dir);
    Files.write(
        mini.content().resolve("sources/broken.txt"),
        ("Valid \u00e9 Title\nBroken \u00ff\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Run run = Run.of(mini.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("sources/broken.txt:1:7: warning: invalid UTF-8"), run.err());
    assertTrue(
        run.err().contains("sources/broken.txt:2: warning: a title without an abstract"),
        run.err());
    assertTrue(Files.exists(mini.out().resolve("papers/lora-for-everyone.html")));
  }

  @Test
  void staleFilesWeProducedAreRemovedButForeignFilesStay(@TempDir Path dir) throws Exception {
    MiniSite mini = site(dir);
    assertEquals(0, Run.of(mini.buildArgs()).exitCode());
    Files.writeString(mini.out().resolve("CNAME"), "survey.example.org\n");
    Files.delete(
        mini.content().resolve("papers/script-alert-title-script-plain-prompting-study.md"));
    mini.file(
        "sources/listing.txt",
        Files.readString(mini.content().resolve("sources/listing.txt"))
            .replace("Plain Prompting Study", "Plain Prompting Revisited"));
    Run run = Run.of(mini.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(
        Files.exists(
            mini.out().resolve("papers/script-alert-title-script-plain-prompting-study.html")));
    assertTrue(
        Files.exists(
            mini.out().resolve("papers/script-alert-title-script-plain-prompting-revisited.html")));
    assertTrue(Files.exists(mini.out().resolve("CNAME")));
  }

  @Test
  void aSurveyOfOnePaperBuildsWithAMap(@TempDir Path dir) {
    MiniSite site =
        new MiniSite(dir)
            .file("survey.md", "---\ntitle: One\n---\n")
            .file(
                "sources/one.txt",
                "A Lone Paper About Nothing Shared\n\nIts abstract is long enough to be read as an abstract by the parser, because it goes on for a while."
                    + ABSTRACT_TAIL
                    + "\n");
    Run run = Run.of(site.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    Document map = new SiteCheck(site.out()).page("map.html");
    assertEquals(1, map.select("svg circle").size());
  }

  @Test
  void checkingLinksFailsABuildWithABrokenLinkAndLeavesTheSiteAlone(@TempDir Path dir)
      throws Exception {
    MiniSite site = site(dir);
    assertEquals(0, Run.of(site.buildArgs()).exitCode());
    var before = MiniSite.snapshot(site.out());
    site.file(
        "pages/notes.md",
        "---\ntitle: Notes\n---\nSee [the missing page](missing.html) and [a bad anchor](index.html#nowhere).\n");
    String[] args =
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(site.buildArgs()),
                java.util.stream.Stream.of("--check-links"))
            .toArray(String[]::new);
    Run run = Run.of(args);
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("notes.html:"), run.err());
    assertTrue(run.err().contains("broken link \"missing.html\""), run.err());
    assertTrue(run.err().contains("broken anchor \"index.html#nowhere\""), run.err());
    assertEquals(before, MiniSite.snapshot(site.out()), "a failed check publishes nothing");
    assertEquals(
        0, Run.of(site.buildArgs()).exitCode(), "without the check the same content builds");
  }
}
