package dev.surveyor.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Incremental rebuilds of a copy of the real survey: each kind of edit writes exactly the files
 * it should, and after all of them the output is byte for byte what a full build of the edited
 * content gives.
 */
class LiveBuildTest {
  private static final String PAPER = "masked-thought-simply-masking-partial-reasoning-steps-can";
  private static final String LONG =
      " The method is evaluated on several benchmarks and compared with strong baselines, and the"
          + " analysis explains where the gains come from and when they vanish.";

  @Test
  void eachEditRebuildsWhatItReachesAndTheResultIsAFullBuild(@TempDir Path dir) throws Exception {
    MiniSite site = MiniSite.realCopy(dir.resolve("live"));
    BuildOptions options = new BuildOptions(site.content(), site.templates(), site.out(), null);
    try (OutputLock lock = OutputLock.acquire(site.out())) {
      LiveBuild live = new LiveBuild(options, lock);
      live.rebuild();
      assertEquals(MiniSite.snapshot(RealBuild.out()), MiniSite.snapshot(site.out()),
          "the first build is what `surveyor build` writes");
      assertEquals(List.of(), live.rebuild().written(), "nothing changed, nothing written");
      Path peft = site.content().resolve("themes/peft.md");
      Files.write(peft, Files.readAllBytes(peft));
      site.file("themes/.peft.md.swp", "an editor's scratch file");
      assertEquals("nothing to do", live.rebuild().work(), "same bytes saved again");

      site.edit("themes/peft.md", s -> s.replace("Many papers in the corpus use LoRA", "Most papers here use LoRA"));
      Rebuild intro = live.rebuild();
      assertEquals(List.of("themes/peft.html"), intro.written());
      assertEquals("rendered themes/peft.html", intro.work());
      assertTrue(text(site, "themes/peft.html").contains("Most papers here use LoRA"));

      site.file("papers/" + PAPER + ".md", "---\nadd_themes: [peft]\n---\nA first note.\n");
      Rebuild note = live.rebuild();
      assertEquals("analysed and rendered every page", note.work(), "an override changes groupings");
      assertTrue(note.written().contains("papers/" + PAPER + ".html"));
      assertTrue(note.written().contains("themes/peft.html"));

      site.edit("papers/" + PAPER + ".md", s -> s.replace("A first note.", "A second *note*."));
      Rebuild noteBody = live.rebuild();
      assertEquals(List.of("papers/" + PAPER + ".html"), noteBody.written());
      assertTrue(text(site, "papers/" + PAPER + ".html").contains("A second <em>note</em>."));

      site.edit("pages/about.md", s -> s.replace("title: About", "title: About this survey"));
      Rebuild navigation = live.rebuild();
      assertEquals("rendered every page", navigation.work(), "page titles are in every page's navigation");

      site.edit("survey.md", s -> s.replace("## Where the papers come from", "## Where these papers come from"));
      assertEquals(List.of("index.html"), live.rebuild().written());

      Files.writeString(site.content().resolve("sources/005_new.txt"),
          "Low-Rank Adapters for Tiny Reasoners Revisited\n"
              + "We fine-tune small language models with LoRA adapters for multi-step reasoning." + LONG + "\n",
          StandardCharsets.UTF_8);
      Rebuild listing = live.rebuild();
      assertEquals(1, live.listingsParsed(), "the other listings come from the cache");
      assertTrue(listing.written().contains("papers/low-rank-adapters-for-tiny-reasoners-revisited.html"));
      assertTrue(listing.written().contains("data/papers.json"));

      Files.writeString(site.templates().resolve("paper.ftlh"),
          Files.readString(site.templates().resolve("paper.ftlh")).replace("</@layout.shell>", "<!-- edited --></@layout.shell>"));
      Rebuild template = live.rebuild();
      assertEquals("rendered every page", template.work());
      assertEquals(470, template.written().size(), "every paper page, and only those");
      assertTrue(template.written().stream().allMatch(p -> p.startsWith("papers/")));

      Files.writeString(site.templates().resolve("assets/style.css"), "\n/* edited */\n",
          StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
      assertEquals(List.of("assets/style.css"), live.rebuild().written());

      var before = MiniSite.snapshot(site.out());
      site.edit("themes/peft.md", s -> s.replace("threshold: 8", "threshold: [8"));
      ContentException broken = assertThrows(ContentException.class, live::rebuild);
      assertTrue(broken.getMessage().startsWith("themes/peft.md:6:"), broken.getMessage());
      assertEquals(before, MiniSite.snapshot(site.out()), "a failed build changes nothing");
      site.edit("themes/peft.md", s -> s.replace("threshold: [8", "threshold: 8"));
      assertEquals(List.of(), live.rebuild().written(), "fixed: back to the last good site");

      Files.delete(site.content().resolve("papers/" + PAPER + ".md"));
      Files.delete(site.out().resolve("themes/curriculum.html"));
      Rebuild removed = live.rebuild();
      assertTrue(removed.written().contains("themes/curriculum.html"), "a missing output is written again");
    }
    Path full = dir.resolve("full");
    Run run = Run.of("build", "--content", site.content().toString(), "--templates",
        site.templates().toString(), "--out", full.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(MiniSite.snapshot(full), MiniSite.snapshot(site.out()));
  }

  private static String text(MiniSite site, String path) throws Exception {
    return Files.readString(site.out().resolve(path), StandardCharsets.UTF_8);
  }
}
