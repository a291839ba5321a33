package dev.surveyor.render;

import static dev.surveyor.support.MiniSite.ABSTRACT_TAIL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.support.MiniSite;
import dev.surveyor.view.export.ListingReport;
import dev.surveyor.view.export.PaperExports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data/papers.json and data/report.json of a small survey written inline. */
class DataExportTest {
  @TempDir static Path dir;
  private static MiniSite site;
  private static Survey survey;

  @BeforeAll
  static void load() throws Exception {
    site =
        new MiniSite(dir)
            .file("survey.md", "---\ntitle: Export Survey\n---\nIntro.\n")
            .file(
                "themes/peft.md",
                "---\nname: PEFT\norder: 1\nrules:\n  threshold: 3\n  cues:\n    LoRA: 3\n---\n")
            .file(
                "themes/reasoning.md",
                "---\nname: Reasoning\norder: 2\nrules:\n  threshold: 3\n  cues:\n"
                    + "    chain of thought: 3\n---\n")
            .file("papers/plain-prompting-study.md", "---\nadd_themes: [reasoning]\n---\nNoted.\n")
            // Four records of two lines each: title, abstract.
            .file(
                "sources/a.txt",
                "LoRA for Everyone\n"
                    + "We adapt models with LoRA at low cost."
                    + ABSTRACT_TAIL
                    + "\n"
                    + "LoRA Meets Chain of Thought\n"
                    + "We tune LoRA adapters on chain of thought traces."
                    + ABSTRACT_TAIL
                    + "\n"
                    + "Plain Prompting Study\n"
                    + "We study prompts without any training at all."
                    + ABSTRACT_TAIL
                    + "\n"
                    + "Curriculum Order Matters\n"
                    + "We order training data from easy to hard."
                    + ABSTRACT_TAIL
                    + "\n")
            // The first paper again: merged with the record in a.txt.
            .file(
                "sources/b.txt",
                "LoRA for Everyone\n"
                    + "We adapt models with LoRA at low cost."
                    + ABSTRACT_TAIL
                    + "\n");
    survey = load(site);
  }

  private static Survey load(MiniSite site) throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Survey loaded = Site.load(site.content(), null, diagnostics).survey();
    diagnostics.throwIfErrors();
    return loaded;
  }

  private static OutputFile papers(Survey survey) {
    return DataExport.papers(PaperExports.of(survey));
  }

  private static OutputFile report(Survey survey) {
    return DataExport.report(ListingReport.of(survey.corpus()));
  }

  private static JsonNode json(OutputFile file) throws Exception {
    return new ObjectMapper().readTree(file.bytes());
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.isTextual() ? n.asText() : n.toString()));
    return texts;
  }

  private static String themesBySlug(String paper) {
    try {
      JsonNode node = new ObjectMapper().readTree(paper);
      return node.get("slug").asText() + ":" + node.get("themes");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyPaperIsExportedWithItsThemesAndWhatPutItThere() throws Exception {
    OutputFile file = papers(survey);
    assertEquals("data/papers.json", file.path());
    JsonNode papers = json(file);
    assertEquals(survey.papers().size(), papers.size());
    for (int i = 0; i < papers.size(); i++) {
      Paper paper = survey.papers().get(i);
      JsonNode exported = papers.get(i);
      assertEquals(paper.slug(), exported.get("slug").asText());
      assertEquals(paper.title(), exported.get("title").asText());
      assertEquals(paper.abstractText(), exported.get("abstract").asText());
      assertEquals("papers/" + paper.slug() + ".html", exported.get("url").asText());
      assertEquals(survey.themesOf(paper), texts(exported.get("themes")), paper.slug());
      List<String> withEvidence = new ArrayList<>();
      exported.get("evidence").fieldNames().forEachRemaining(withEvidence::add);
      assertEquals(survey.themesOf(paper), withEvidence, "evidence of each theme it is in");
    }
    // What the rules and the curator say of this survey: papers by title, themes in theme order.
    assertEquals(
        List.of(
            "curriculum-order-matters:[]",
            "lora-for-everyone:[\"peft\"]",
            "lora-meets-chain-of-thought:[\"peft\",\"reasoning\"]",
            "plain-prompting-study:[\"reasoning\"]"),
        texts(papers).stream().map(DataExportTest::themesBySlug).toList());
    assertEquals(
        "[\"title: Chain of Thought\",\"abstract: chain of thought\"]",
        papers.get(2).at("/evidence/reasoning").toString());
    assertEquals(
        "{\"reasoning\":[]}",
        papers.get(3).get("evidence").toString(),
        "a curator's call, on no evidence");
  }

  @Test
  void aMergedPaperListsEverySourceItWasFoundIn() throws Exception {
    JsonNode lora = json(papers(survey)).get(1);
    assertEquals("lora-for-everyone", lora.get("slug").asText());
    assertEquals(
        "[{\"file\":\"sources/a.txt\",\"line\":1},{\"file\":\"sources/b.txt\",\"line\":1}]",
        lora.get("sources").toString());
  }

  @Test
  void twoLoadsOfTheSameContentExportTheSameBytes() throws Exception {
    Survey again = load(site);
    assertArrayEquals(papers(survey).bytes(), papers(again).bytes());
    assertArrayEquals(report(survey).bytes(), report(again).bytes());
  }

  @Test
  void theReportAccountsForEveryLineAndEveryMerge() throws Exception {
    OutputFile file = report(survey);
    assertEquals("data/report.json", file.path());
    JsonNode report = json(file);
    assertEquals(
        "{\"sources\":2,\"lines\":10,\"records\":5,\"papers\":4,\"duplicatesMerged\":1,"
            + "\"rejectedLines\":0,\"skippedFiles\":0}",
        report.get("totals").toString());
    assertEquals(
        List.of("sources/a.txt", "sources/b.txt"), report.get("files").findValuesAsText("file"));
    assertEquals("lora-for-everyone", report.at("/merged/0/slug").asText());
    assertEquals(2, report.at("/merged/0/sources").size());
    assertTrue(report.at("/files/0/lineRoles").size() > 0);
  }
}
