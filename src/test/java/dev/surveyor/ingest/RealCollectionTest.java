package dev.surveyor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.surveyor.bench.BenchContent;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.Layout;
import dev.surveyor.model.NamedLink;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperDetails;
import dev.surveyor.model.SkippedFile;
import dev.surveyor.support.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LLM Bible collection (2,905 papers, one Markdown file each, GPL-3.0), read from the shared
 * corpora beside the repository and never copied into it: ingested like any source folder.
 */
class RealCollectionTest {
  static final Path COLLECTION =
      Repo.root().resolve("../shared/corpora/llm-bible/_publications").normalize();

  @TempDir static Path dir;
  private static Corpus corpus;
  private static List<Diagnostic> diagnostics;
  private static long markdownFiles;
  private static long lines;

  @BeforeAll
  static void ingest() throws Exception {
    assumeTrue(Files.isDirectory(COLLECTION), "the llm-bible corpus is not at " + COLLECTION);
    Path content = dir.resolve("content");
    BenchContent.collection(Repo.content(), COLLECTION, "llm-bible", content);
    try (Stream<Path> files = Files.list(COLLECTION)) {
      List<Path> markdown = files.filter(p -> p.toString().endsWith(".markdown")).toList();
      markdownFiles = markdown.size();
      for (Path p : markdown) {
        lines += Files.readAllLines(p).size();
      }
    }
    Diagnostics found = new Diagnostics();
    corpus = ListingIngest.ingest(new ContentReader(content, found).read(), found);
    diagnostics = found.sorted();
  }

  @Test
  void everyPaperFileIsOnePaperAndNothingElseIsLost() {
    assertEquals(2905, markdownFiles);
    assertEquals(markdownFiles, corpus.recordCount());
    assertEquals(markdownFiles, corpus.papers().size(), "the collection holds no duplicate titles");
    assertEquals(0, corpus.rejectedLines());
    assertEquals(lines, corpus.listings().stream().mapToLong(l -> l.lines().size()).sum());
    assertTrue(corpus.listings().stream().allMatch(l -> l.layout() == Layout.FRONT_MATTER));
    assertEquals(
        List.of(
            new SkippedFile(
                "sources/llm-bible/template",
                "not a source file (*.jsonl, *.txt, *.md, *.markdown)")),
        corpus.skipped(),
        "the collection's template is not a paper");
    assertEquals(
        List.of(
            "sources/llm-bible/template: warning: not a source file (*.jsonl, *.txt, *.md, *.markdown); skipped"),
        diagnostics.stream().map(Diagnostic::format).toList());
  }

  @Test
  void detailsAreReadAsTheFilesStateThem() {
    Paper paper = bySource("sources/llm-bible/abdelghani2022gpt.markdown");
    assertEquals(
        "Gpt-3-driven Pedagogical Agents For Training Children's Curious Question-asking Skills",
        paper.title());
    assertEquals(
        new PaperDetails(
            List.of("Rania Abdelghani"),
            true,
            2022,
            "Arxiv",
            List.of("GPT", "Prompting", "Agentic", "Efficiency and Optimization"),
            List.of(new NamedLink("Paper", "https://arxiv.org/abs/2211.14228"))),
        paper.details());
    assertTrue(paper.abstractText().startsWith("In order to train children's ability to ask"));
    assertTrue(paper.abstractText().endsWith("training curious question-asking skills."));
  }

  @Test
  void everyPaperHasAnAbstractAYearAndItsPaperLink() {
    for (Paper paper : corpus.papers()) {
      assertFalse(paper.abstractText().isBlank(), paper.slug());
      assertFalse(paper.title().contains("\n"), paper.slug());
      assertTrue(paper.details().year() != null, paper.slug());
      assertFalse(paper.details().authors().isEmpty(), paper.slug());
      assertTrue(
          paper.details().links().stream().anyMatch(l -> l.name().equals("Paper")), paper.slug());
    }
  }

  private static Paper bySource(String file) {
    return corpus.papers().stream()
        .filter(p -> p.firstSeen().file().equals(file))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paper from " + file));
  }
}
