package dev.surveyor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.MiniSite;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.Repo;
import dev.surveyor.support.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code surveyor check} on the real survey and on small sites broken in one place each. */
class CheckCommandTest {
  private static final String ABSTRACT =
      "We adapt models with LoRA at low cost. The method is evaluated on several benchmarks and"
          + " compared with strong baselines, and the analysis explains where the gains come from.";
  private static final String OTHER =
      "We study prompts for question answering without any training. Careful wording of the"
          + " instructions helps small models more than large ones, and examples help most.";

  private static MiniSite site(Path dir) {
    return new MiniSite(dir)
        .file("survey.md", "---\ntitle: Mini\ntagline: A test\nlisting_year: 2025\n---\nHello.\n")
        .file(
            "themes/peft.md",
            """
            ---
            name: PEFT
            order: 1
            digest: Training few parameters.
            rules:
              threshold: 3
              cues:
                LoRA: 3
            ---
            Start with [LoRA for Everyone](paper:lora-for-everyone).
            """)
        .file("pages/about.md", "---\ntitle: About\norder: 1\n---\nWho we are.\n")
        .file(
            "sources/listing.txt",
            "LoRA for Everyone\n"
                + ABSTRACT
                + "\n"
                + "Prompting Without Training\n"
                + OTHER
                + "\n"
                + "Sparse Adapters at Scale\n"
                + ABSTRACT.replace("LoRA", "sparse adapters")
                + "\n");
  }

  private static Run check(MiniSite mini) {
    return Run.of(
        "check",
        "--content",
        mini.content().toString(),
        "--templates",
        mini.templates().toString(),
        "--out",
        mini.out().toString());
  }

  @Test
  void theRealSurveyHasNoProblems() {
    Run run =
        Run.of(
            "check",
            "--content",
            Repo.content().toString(),
            "--templates",
            Repo.templates().toString(),
            "--out",
            RealBuild.out().toString());
    assertEquals("", run.err());
    assertEquals(0, run.exitCode());
    int pages = RealBuild.site().pages().size();
    List<String> lines = run.out().lines().toList();
    assertTrue(
        lines
            .get(lines.size() - 1)
            .matches("checked 469 papers, " + pages + " pages, \\d+ links; no problems"),
        run.out());
    // what the capture broke is listed for the curator, without failing the check: each line names
    // the source line and the note that can replace the text; curated abstracts are not listed
    List<String> notes = lines.subList(0, lines.size() - 1);
    assertTrue(
        notes.stream()
            .allMatch(
                l ->
                    l.matches(
                        "sources/[0-9a-f_]+\\.txt:[0-9]+: note: .+ in the (title|abstract): \".+\""
                            + " \\(replace it in content/papers/[a-z0-9-]+\\.md\\)")),
        run.out());
    // each once, in the order of the sources and their lines
    assertEquals(notes.stream().distinct().toList(), notes, run.out());
    List<String> places = notes.stream().map(l -> l.substring(0, l.indexOf(": note: "))).toList();
    for (int i = 1; i < places.size(); i++) {
      String[] before = places.get(i - 1).split(":");
      String[] after = places.get(i).split(":");
      int order = before[0].compareTo(after[0]);
      assertTrue(
          order < 0 || order == 0 && Integer.parseInt(before[1]) <= Integer.parseInt(after[1]),
          run.out());
    }
    // notes are for curators running check: build prints none of them
    assertFalse(notes.isEmpty(), "the capture of this survey left some");
    assertEquals("", RealBuild.run().err());
    assertTrue(run.out().contains("hf-mirror."), run.out());
    assertFalse(run.out().contains("carft-"), "its abstract is curated: " + run.out());
    assertFalse(run.out().contains("Atlas-Chat s"), "its abstract is curated: " + run.out());
    assertFalse(run.out().contains("experienceCode"), "its abstract is curated: " + run.out());
    assertFalse(run.out().contains("LLMsCode"), "its abstract is curated: " + run.out());
  }

  @Test
  void aRootAbsoluteLinkInCuratedMarkdownIsReportedWithPageAndPlace(@TempDir Path dir) {
    MiniSite mini =
        site(dir)
            .file(
                "pages/about.md",
                "---\ntitle: About\norder: 1\n---\nWho we are.\n\nSee [all papers](/papers.html).\n");
    Run run = check(mini);
    assertEquals(1, run.exitCode());
    String page = mini.out().toString().replace('\\', '/') + "/about.html";
    assertTrue(run.err().startsWith(page + ":"), run.err());
    assertTrue(
        run.err().contains(": error: root-absolute link \"/papers.html\" breaks under a sub-path"),
        run.err());
    assertFalse(Files.exists(mini.out()), "check never writes the output directory");
  }

  @Test
  void contentThatDoesNotBuildIsReportedLikeBuildDoes(@TempDir Path dir) throws Exception {
    MiniSite mini = site(dir);
    mini.file(
        "themes/peft.md",
        Files.readString(mini.content().resolve("themes/peft.md"))
            .replace("paper:lora-for-everyone", "paper:no-such-paper"));
    Run run = check(mini);
    assertEquals(1, run.exitCode());
    assertTrue(run.err().startsWith("themes/peft.md:10:"), run.err());
    assertTrue(run.err().contains("broken link 'paper:no-such-paper'"), run.err());
    assertTrue(run.err().contains("surveyor: check failed: the content does not build"), run.err());
  }

  @Test
  void anOutputDirectoryBehindTheContentIsReportedFileByFile(@TempDir Path dir) {
    MiniSite mini = site(dir);
    assertEquals(0, Run.of(mini.buildArgs()).exitCode());
    assertEquals(0, check(mini).exitCode(), "a fresh build has nothing to report");

    mini.file("pages/about.md", "---\ntitle: About us\norder: 1\n---\nWho we are now.\n");
    Run run = check(mini);
    assertEquals(1, run.exitCode());
    String out = mini.out().toString().replace('\\', '/');
    assertTrue(
        run.err().contains(out + "/about.html: warning: out of date; run surveyor build"),
        run.err());
    assertTrue(run.out().contains("problems"), run.out());
  }
}
