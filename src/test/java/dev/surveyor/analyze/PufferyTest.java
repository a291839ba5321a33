package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.model.Paper;
import dev.surveyor.support.FreshListing;
import dev.surveyor.support.RealSurvey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A fresh reader's review (summ16) found "novel" in 60 list summaries and "significantly" in 41:
 * praise that says nothing a list needs. {@link Puffery} drops it where the claim stays the same.
 */
class PufferyTest {
  private static final Set<String> PRAISE =
      Set.of(
          "novel",
          "innovative",
          "groundbreaking",
          "pioneering",
          "significantly",
          "substantially",
          "remarkably",
          "and");

  @Test
  void praiseOfWhatThePaperPutsForwardGoesWithItsArticleAgreed() {
    assertEquals(
        "Proposes VideoRFT, an approach that extends",
        Puffery.dropped("Proposes VideoRFT, a novel approach that extends"));
    assertEquals(
        "Proposes SearchInstruct, a method explicitly designed",
        Puffery.dropped("Proposes SearchInstruct, an innovative method explicitly designed"));
    assertEquals(
        "Proposes Select2Reason, an efficient instruction selection framework.",
        Puffery.dropped(
            "Proposes Select2Reason, a novel and efficient instruction selection framework."));
    assertEquals(
        "Introduces Algorithm of Thoughts \u2013 a strategy that propels LLMs.",
        Puffery.dropped(
            "Introduces Algorithm of Thoughts \u2013 a novel strategy that propels LLMs."));
    assertEquals(
        "Introduces a general and unified framework.",
        Puffery.dropped("Introduces a novel, general, and unified framework."));
    assertEquals(
        "Shows that ReFT outperforms SFT.",
        Puffery.dropped("Shows that ReFT significantly outperforms SFT."));
    assertEquals(
        "the method generalizes well: curriculum training",
        Puffery.dropped("the method generalizes remarkably well: curriculum training"));
  }

  @Test
  void praiseThatInformsStays() {
    for (String kept :
        List.of(
            "Introduces a novel-object recognition dataset.",
            "Finds that using novel (unobserved) but appropriate prompts helps.",
            "Adapts the model to a novel domain.",
            "Learns which tokens matter when queried with a novel word.",
            "while using significantly fewer training data.",
            "reasoning drops significantly and becomes unstable.",
            "rationale formats significantly affect how easy it is for users to give feedback.",
            "Remarkably, the model learns to reflect.",
            "COP outperforms previous state-of-the-art methods.")) {
      assertEquals(kept, Puffery.dropped(kept));
    }
  }

  /**
   * The real survey, the summaries the rules give (curated ones are the curator's words): each edit
   * only drops praise, its article agreed: 79 change (77 until summ17, whose added sentence for a
   * thin summary can carry praise too; 78 until summ22, whose sentence naming LEVI is "a novel
   * generalizable fine-tuning method LEVI"; the rest are curated). On the built lists, summaries
   * with "novel" 60 -> 10 (the rest inform: "novel (unobserved)", "novel-object", "with a novel
   * constraint alignment loss"), "significantly" 41 -> 17, "substantially" 12 -> 5.
   */
  @Test
  void theRealSummariesLoseOnlyPraise() throws Exception {
    List<Paper> papers = RealSurvey.captured();
    int changed = 0;
    int novelAfter = 0;
    for (Paper paper : papers) {
      String before = SummaryVoice.of(PaperSummary.inOwnWords(paper.title(), paper.abstractText()));
      String after = Puffery.dropped(before);
      DroppedWords.assertOnlyDropped(PRAISE, before, after);
      // summ19: after the name's article, a name's sentence that only says what it is joins it;
      // summ20: "extensive experiments" goes before the name's article; summ21: filler after it
      assertEquals(
          NameApposition.joined(NameArticle.dropped(Filler.dropped(ExperimentLead.dropped(after)))),
          PaperSummary.of(paper.title(), paper.abstractText()));
      changed += before.equals(after) ? 0 : 1;
      novelAfter += after.matches("(?s).*\\b(?:a|an) (?:novel|innovative) [a-z].*") ? 1 : 0;
    }
    assertEquals(79, changed);
    assertTrue(novelAfter <= 3, "left " + novelAfter);
  }

  /**
   * The fresh corpora (abstracts no rule was written from): every edit only drops praise. The
   * changes are written to target/puffery-fresh.tsv for reading by eye.
   */
  @Test
  void theFreshCorporaLoseOnlyPraise() throws Exception {
    assumeTrue(Files.isDirectory(FreshListing.FRESH), "no fresh corpora at " + FreshListing.FRESH);
    ObjectMapper json = new ObjectMapper();
    List<String> changes = new ArrayList<>();
    int read = 0;
    try (Stream<Path> files = Files.list(FreshListing.FRESH)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          JsonNode paper = json.readTree(line);
          String title = paper.path("title").asText("");
          String text = paper.path("abstract").asText("");
          if (text.isBlank()) {
            continue;
          }
          read++;
          String before = SummaryVoice.of(PaperSummary.inOwnWords(title, text));
          String after = Puffery.dropped(before);
          DroppedWords.assertOnlyDropped(PRAISE, before, after);
          if (!before.equals(after)) {
            changes.add(title + "\t" + before + "\t" + after);
          }
        }
      }
    }
    Files.write(Path.of("target", "puffery-fresh.tsv"), changes);
    assertTrue(read > 6000 && changes.size() > 100, read + " read, " + changes.size() + " changed");
  }
}
