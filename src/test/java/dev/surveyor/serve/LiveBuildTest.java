package dev.surveyor.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.build.BuildOptions;
import dev.surveyor.diag.ContentException;
import dev.surveyor.publish.OutputLock;
import dev.surveyor.serve.LiveBuild.Rebuild;
import dev.surveyor.support.MiniSite;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental rebuilds: each kind of edit writes exactly the files it should, and after all of them
 * the output is byte for byte what a full build of the edited content gives. Edits that need no
 * analysis run on a copy of the real survey; those that do, on a small one, to stay quick.
 */
class LiveBuildTest {
  private static final String LONG =
      " The method is evaluated on several benchmarks and compared with strong baselines, and the"
          + " analysis explains where the gains come from and when they vanish.";

  @Test
  void editsOfTextTemplatesAndAssetsOnTheRealSurvey(@TempDir Path dir) throws Exception {
    MiniSite site = MiniSite.realCopy(dir.resolve("live"));
    BuildOptions options = new BuildOptions(site.content(), site.templates(), site.out(), null);
    try (OutputLock lock = OutputLock.acquire(site.out())) {
      LiveBuild live = new LiveBuild(options, lock);
      live.rebuild();
      assertEquals(
          MiniSite.snapshot(RealBuild.out()),
          MiniSite.snapshot(site.out()),
          "the first build is what `surveyor build` writes");
      assertEquals(List.of(), live.rebuild().written(), "nothing changed, nothing written");
      Path peft = site.content().resolve("themes/peft.md");
      Files.write(peft, Files.readAllBytes(peft));
      site.file("themes/.peft.md.swp", "an editor's scratch file");
      assertEquals("nothing to do", live.rebuild().work(), "same bytes saved again");

      site.edit(
          "themes/peft.md",
          s -> s.replace("Many papers in the corpus use LoRA", "Most papers here use LoRA"));
      Rebuild intro = live.rebuild();
      assertEquals(List.of("themes/peft.html"), intro.written());
      assertEquals("rendered themes/peft.html", intro.work());
      assertTrue(text(site, "themes/peft.html").contains("Most papers here use LoRA"));

      site.edit("pages/about.md", s -> s.replace("title: About", "title: About this survey"));
      Rebuild navigation = live.rebuild();
      assertEquals(
          "rendered every page", navigation.work(), "page titles are in every page's navigation");

      site.edit(
          "survey.md",
          s -> s.replace("## Where the papers come from", "## Where these papers come from"));
      assertEquals(List.of("index.html"), live.rebuild().written());

      Files.writeString(
          site.templates().resolve("paper.ftlh"),
          Files.readString(site.templates().resolve("paper.ftlh"))
              .replace("</@layout.shell>", "<!-- edited --></@layout.shell>"));
      Rebuild template = live.rebuild();
      assertEquals("rendered every page", template.work());
      assertEquals(469, template.written().size(), "every paper page, and only those");
      assertTrue(template.written().stream().allMatch(p -> p.startsWith("papers/")));

      Files.writeString(
          site.templates().resolve("assets/style.css"),
          "\n/* edited */\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.APPEND);
      assertEquals(List.of("assets/style.css"), live.rebuild().written());

      var before = MiniSite.snapshot(site.out());
      int line = site.lineOf("themes/peft.md", "  threshold: ");
      site.edit("themes/peft.md", s -> s.replaceFirst("  threshold: ", "  threshold: ["));
      ContentException broken = assertThrows(ContentException.class, live::rebuild);
      assertTrue(
          broken.getMessage().startsWith("themes/peft.md:" + line + ":"), broken.getMessage());
      assertEquals(before, MiniSite.snapshot(site.out()), "a failed build changes nothing");
      site.edit("themes/peft.md", s -> s.replaceFirst("  threshold: \\[", "  threshold: "));
      assertEquals(List.of(), live.rebuild().written(), "fixed: back to the last good site");

      Files.delete(site.out().resolve("themes/curriculum.html"));
      site.edit("pages/about.md", s -> s.replace("It is meant as", "It is intended as"));
      assertEquals(
          List.of("about.html", "themes/curriculum.html"),
          live.rebuild().written(),
          "a page gone from the output is written again");
    }
    assertEquals(
        MiniSite.snapshot(fullBuild(site, dir.resolve("full"))), MiniSite.snapshot(site.out()));
  }

  @Test
  void notesAndListingsAreAnalysedAgainFromCachedParses(@TempDir Path dir) throws Exception {
    MiniSite site =
        new MiniSite(dir.resolve("live"))
            .file("survey.md", "---\ntitle: Mini\nlisting_year: 2025\n---\nA small survey.\n")
            .file(
                "themes/peft.md",
                "---\nname: PEFT\nrules:\n  threshold: 3\n  cues:\n    LoRA: 3\n---\nLow-rank methods.\n")
            .file(
                "sources/a.txt",
                "LoRA for Everyone\nWe adapt models with LoRA at low cost."
                    + LONG
                    + "\n"
                    + "Plain Prompting Study\nWe study prompts without any training at all."
                    + LONG
                    + "\n");
    BuildOptions options = new BuildOptions(site.content(), site.templates(), site.out(), null);
    try (OutputLock lock = OutputLock.acquire(site.out())) {
      LiveBuild live = new LiveBuild(options, lock);
      live.rebuild();
      site.file("papers/plain-prompting-study.md", "---\nadd_themes: [peft]\n---\nA first note.\n");
      Rebuild note = live.rebuild();
      assertEquals(
          "analysed and rendered every page", note.work(), "an override changes groupings");
      assertEquals(0, live.listingsParsed(), "the listing comes from the cache");
      assertTrue(
          note.written()
              .containsAll(List.of("papers/plain-prompting-study.html", "themes/peft.html")));

      site.edit(
          "papers/plain-prompting-study.md", s -> s.replace("A first note.", "A second *note*."));
      Rebuild body = live.rebuild();
      assertEquals(List.of("papers/plain-prompting-study.html"), body.written());
      assertTrue(
          text(site, "papers/plain-prompting-study.html").contains("A second <em>note</em>."));

      // A curated abstract is the paper's text: its summary changes on every page that shows it.
      site.edit(
          "papers/plain-prompting-study.md",
          s ->
              s.replace(
                  "add_themes: [peft]\n",
                  "add_themes: [peft]\nabstract: We replace hand-written prompts with curated"
                      + " adapters for every task."
                      + LONG
                      + "\n"));
      Rebuild curated = live.rebuild();
      assertEquals("analysed and rendered every page", curated.work());
      String summary = "We replace hand-written prompts with curated adapters for every task.";
      for (String page : List.of("themes/peft.html", "papers.html", "index.html")) {
        assertTrue(text(site, page).contains("<p class=\"paper-summary\">" + summary), page);
      }
      assertTrue(
          text(site, "papers/plain-prompting-study.html")
              .contains("<meta name=\"description\" content=\"" + summary),
          "the paper page's description");

      site.file(
          "sources/b.txt",
          "Low-Rank Adapters for Tiny Reasoners\nWe fine-tune small models with LoRA."
              + LONG
              + "\n");
      Rebuild listing = live.rebuild();
      assertEquals(1, live.listingsParsed(), "only the new listing is parsed");
      assertTrue(listing.written().contains("papers/low-rank-adapters-for-tiny-reasoners.html"));
      assertTrue(listing.written().contains("data/papers.json"));

      Files.delete(site.content().resolve("papers/plain-prompting-study.md"));
      Files.delete(site.content().resolve("sources/b.txt"));
      Rebuild removed = live.rebuild();
      assertTrue(removed.summary().filesRemoved() > 0, "the page of a paper gone is removed");
      assertFalse(
          Files.exists(site.out().resolve("papers/low-rank-adapters-for-tiny-reasoners.html")));
    }
    assertEquals(
        MiniSite.snapshot(fullBuild(site, dir.resolve("full"))), MiniSite.snapshot(site.out()));
  }

  @Test
  void keptMarkdownAndRulesFollowEveryEdit(@TempDir Path dir) throws Exception {
    String tiny =
        "Low-Rank Adapters for Tiny Reasoners\nWe fine-tune small models with LoRA." + LONG + "\n";
    MiniSite site =
        new MiniSite(dir.resolve("live"))
            .file("survey.md", "---\ntitle: Mini\nlisting_year: 2025\n---\nA small survey.\n")
            .file(
                "themes/peft.md",
                "---\nname: PEFT\ndigest: Low-rank methods.\nrules:\n  threshold: 3\n  cues:\n    LoRA: 3\n---\n"
                    + "First paragraph.\n\n## Reading\n\nSee [the tiny reasoners](paper:low-rank-adapters-for-tiny-reasoners).\n")
            .file(
                "sources/a.txt",
                "LoRA for Everyone\nWe adapt models with LoRA at low cost."
                    + LONG
                    + "\n"
                    + "Plain Prompting Study\nWe study prompts without any training at all."
                    + LONG
                    + "\n")
            .file("sources/b.txt", tiny);
    BuildOptions options = new BuildOptions(site.content(), site.templates(), site.out(), null);
    try (OutputLock lock = OutputLock.acquire(site.out())) {
      LiveBuild live = new LiveBuild(options, lock);
      live.rebuild();
      String page = text(site, "themes/peft.html");
      String link = "href=\"../papers/low-rank-adapters-for-tiny-reasoners.html\"";
      assertTrue(page.contains(link), page);

      site.edit("themes/peft.md", s -> s.replace("First paragraph.", "First paragraph, *edited*."));
      Rebuild body = live.rebuild();
      assertEquals(
          List.of("themes/peft.html"), body.written(), "an introduction alone: its page alone");
      String edited = text(site, "themes/peft.html");
      assertTrue(
          edited.contains("First paragraph, <em>edited</em>.") && edited.contains(link), edited);
      site.edit("themes/peft.md", s -> s.replace("First paragraph, *edited*.", "First paragraph."));
      live.rebuild();
      assertEquals(
          page,
          text(site, "themes/peft.html"),
          "blocks taken from earlier builds give the same bytes");

      // Front matter and introduction in one save: the rules are read again, not kept.
      site.edit(
          "themes/peft.md",
          s ->
              s.replace("digest: Low-rank methods.", "digest: Adapters and prompts.")
                  .replace("    LoRA: 3", "    LoRA: 3\n    prompts: 3")
                  .replace("## Reading", "## Further reading"));
      Rebuild rules = live.rebuild();
      assertEquals("analysed and rendered every page", rules.work());
      String ruled = text(site, "themes/peft.html");
      assertTrue(
          ruled.contains("Adapters and prompts.") && ruled.contains("Further reading"), ruled);
      assertTrue(
          ruled.contains("Plain Prompting Study"), "the new cue takes the prompting paper in");

      site.edit("survey.md", s -> s.replace("title: Mini", "title: Mini Survey"));
      live.rebuild();
      assertTrue(
          text(site, "themes/peft.html").contains("PEFT · Mini Survey"), "settings are read again");

      // The paper a kept block links to goes: the block is rendered again and its link reported.
      int line = site.lineOf("themes/peft.md", "See [the tiny reasoners]");
      Files.delete(site.content().resolve("sources/b.txt"));
      ContentException gone = assertThrows(ContentException.class, live::rebuild);
      assertTrue(
          gone.getMessage().startsWith("themes/peft.md:" + line + ":5: error: broken link"),
          gone.getMessage());
      site.file("sources/b.txt", tiny);
      live.rebuild();
      assertTrue(text(site, "themes/peft.html").contains(link), "back to the last good page");
    }
    assertEquals(
        MiniSite.snapshot(fullBuild(site, dir.resolve("full"))), MiniSite.snapshot(site.out()));
  }

  /** What `surveyor build` makes of the same content and templates. */
  private static Path fullBuild(MiniSite site, Path out) {
    Run run =
        Run.of(
            "build",
            "--content",
            site.content().toString(),
            "--templates",
            site.templates().toString(),
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());
    return out;
  }

  private static String text(MiniSite site, String path) throws Exception {
    return Files.readString(site.out().resolve(path), StandardCharsets.UTF_8);
  }
}
