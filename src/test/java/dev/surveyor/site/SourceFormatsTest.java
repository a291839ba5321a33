package dev.surveyor.site;

import static dev.surveyor.support.MiniSite.ABSTRACT_TAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Run;
import dev.surveyor.support.SiteCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listings and one-file-per-paper collections side by side in sources/, told apart by content. */
class SourceFormatsTest {
  private static MiniSite site(Path dir) {
    return new MiniSite(dir)
        .file("survey.md", "---\ntitle: Mixed Sources\nlisting_year: 2025\n---\nIntro.\n")
        .file(
            "themes/peft.md",
            "---\nname: PEFT\nrules:\n  threshold: 3\n  cues:\n    LoRA: 3\n---\nLow-rank methods.\n")
        .file(
            "sources/listing.txt",
            "SubscribeLoRA for Everyone\n"
                + "We adapt models with LoRA at low cost."
                + ABSTRACT_TAIL
                + "\n"
                + "Plain Prompting Study\n"
                + "We study prompts without any training at all."
                + ABSTRACT_TAIL
                + "\n")
        .file(
            // a listing kept in a .md file is still a listing: the content decides
            "sources/more.md",
            "Curriculum Order Matters\n\nWe order training data from easy to hard."
                + ABSTRACT_TAIL
                + "\n")
        .file(
            "sources/collection/lora.md",
            """
            ---
            layout: publication
            title: LoRA for everyone
            authors: Ada Lovelace, Alan Turing
            year: 2024
            conference: Arxiv
            tags: [PEFT, Fine-Tuning]
            additional_links: [{name: Paper, url: 'https://arxiv.org/abs/2401.00001'}]
            ---
            We adapt models with LoRA at low cost.
            """)
        .file(
            "sources/collection/sparse.markdown",
            """
            ---
            title: Sparse Updates
            authors: Grace Hopper et al.
            year: 2023
            ---
            We update a sparse subset of weights with LoRA-like masks.
            """)
        .file("sources/collection/broken.md", "---\ntitle: Never Closed\nyear: 2020\n")
        .file("sources/collection/readme", "Files of the collection.\n");
  }

  @Test
  void bothFormatsBuildIntoOneSiteAndEveryFileIsAccountedFor(@TempDir Path dir) throws Exception {
    MiniSite mini = site(dir);
    Run run = Run.of(mini.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        """
        sources/collection/broken.md:1: warning: front matter opened with '---' is never closed; file skipped
          ---
        sources/collection/readme: warning: not a source file (*.jsonl, *.txt, *.md, *.markdown); skipped
        """,
        run.err());
    assertTrue(
        run.out().contains("records found 5, distinct papers 4, duplicates merged 1"), run.out());

    JsonNode report = new ObjectMapper().readTree(mini.out().resolve("data/report.json").toFile());
    assertEquals(3, report.at("/totals/rejectedLines").asInt(), "the unclosed file's three lines");
    assertEquals(1, report.at("/totals/skippedFiles").asInt());
    assertEquals("sources/collection/readme", report.at("/skipped/0/file").asText());
    assertEquals(
        List.of(
            "sources/collection/broken.md:front-matter:0",
            "sources/collection/lora.md:front-matter:1",
            "sources/collection/sparse.markdown:front-matter:1",
            "sources/listing.txt:alternating:2",
            "sources/more.md:blank-separated:1"),
        report.get("files").findValues("file").stream()
            .map(JsonNode::asText)
            .map(
                f ->
                    f
                        + ":"
                        + fileReport(report, f).get("layout").asText()
                        + ":"
                        + fileReport(report, f).get("records").asInt())
            .toList());

    JsonNode lora = paper(mini, "lora-for-everyone");
    assertEquals(2, lora.get("sources").size(), "the listing record and the paper file merged");
    assertEquals("[\"Ada Lovelace\",\"Alan Turing\"]", lora.get("author_names").toString());
    assertEquals(2024, lora.get("year").asInt());
    assertEquals("Arxiv", lora.get("venue").asText());
    assertEquals("[\"PEFT\",\"Fine-Tuning\"]", lora.get("tags").toString());
    assertEquals("https://arxiv.org/abs/2401.00001", lora.at("/named_links/0/url").asText());
    assertEquals(
        "[\"peft\"]", lora.get("themes").toString(), "themes are Surveyor's, not the tags");
    assertTrue(paper(mini, "sparse-updates").get("author_names_cut").asBoolean());

    SiteCheck check = new SiteCheck(mini.out());
    assertEquals(List.of(), check.brokenLinks());
    Document page = check.page("papers/lora-for-everyone.html");
    assertEquals(
        List.of(
            "Paper file (curators' file: sources/collection/lora.md)",
            // named as Methodology's table names it, which counts the paper files too
            "Fourth listing, line 1 (curators' file: sources/listing.txt:1)"),
        page.select(".sources li").eachText());
    assertEquals(
        "Year 2024 Authors Ada Lovelace and Alan Turing Venue Arxiv Tags PEFT, Fine-Tuning"
            + " Paper https://arxiv.org/abs/2401.00001",
        page.selectFirst(".facts").text());
    assertEquals("https://arxiv.org/abs/2401.00001", page.selectFirst(".facts a").attr("href"));

    // The search index's dictionary holds the authors' and the venue's words.
    StringBuilder shards = new StringBuilder();
    try (var files = java.nio.file.Files.list(mini.out().resolve("assets/search"))) {
      for (var file : files.filter(f -> f.getFileName().toString().startsWith("s-")).toList()) {
        shards.append(java.nio.file.Files.readString(file));
      }
    }
    for (String word : List.of("ada", "lovelace", "alan", "turing", "arxiv")) {
      assertTrue(shards.indexOf("\"" + word + "\":") >= 0, word + " is searchable");
    }
    String bib = java.nio.file.Files.readString(mini.out().resolve("survey.bib"));
    assertTrue(
        bib.contains("eprint = {2401.00001}"), "the collection's arXiv link is cited: " + bib);
    assertTrue(
        bib.contains("Grace Hopper and others"), "a list cut short ends with others: " + bib);
  }

  @Test
  void jsonLinesBuildBesideAListingAndEveryLineIsAccountedFor(@TempDir Path dir) throws Exception {
    MiniSite mini =
        new MiniSite(dir)
            .file("survey.md", "---\ntitle: Fresh Papers\nlisting_year: 2025\n---\nIntro.\n")
            .file(
                "themes/peft.md",
                "---\nname: PEFT\nrules:\n  threshold: 3\n  cues:\n    LoRA: 3\n---\nLow-rank.\n")
            .file(
                "sources/listing.txt",
                "LoRA for Everyone\nWe adapt models with LoRA at low cost." + ABSTRACT_TAIL + "\n")
            .file(
                "sources/fresh/export.jsonl",
                "{\"title\": \"LoRA for everyone\", \"abstract\": \"We adapt models with LoRA."
                    + ABSTRACT_TAIL
                    + "\", \"authors\": [\"Ada Lovelace\"], \"date\": \"2025-03-18\","
                    + " \"arxiv_id\": \"2503.11807\", \"url\": \"https://arxiv.org/abs/2503.11807\"}\n"
                    + "{\"title\": \"Broken Export\", \"abstract\": \"cut\n"
                    + "\n"
                    + "{\"title\": \"Sparse <b>Updates</b> & Masks\", \"abstract\": \"We mask"
                    + " weights."
                    + ABSTRACT_TAIL
                    + "\", \"authors\": null, \"date\": \"2024\", \"arxiv_id\": null,"
                    + " \"url\": \"https://aclanthology.org/2024.acl-long.9/\"}\n");
    Run run = Run.of(mini.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        """
        sources/fresh/export.jsonl:2:44: warning: not valid JSON: Unexpected end-of-input: was expecting closing quote for a string value; line skipped
          {"title": "Broken Export", "abstract": "cut
                                                     ^
        """,
        run.err());
    assertTrue(
        run.out().contains("records found 3, distinct papers 2, duplicates merged 1"), run.out());

    JsonNode report = new ObjectMapper().readTree(mini.out().resolve("data/report.json").toFile());
    JsonNode export = fileReport(report, "sources/fresh/export.jsonl");
    assertEquals("json-lines", export.get("layout").asText());
    assertEquals(4, export.get("lines").asInt());
    assertEquals(2, export.get("records").asInt());
    assertEquals(
        "{\"abstract\":0,\"blank\":1,\"chrome\":0,\"metadata\":0,\"rejected\":1,\"title\":2}",
        export.get("lineRoles").toString());
    assertEquals(2, export.at("/rejected/0/line").asInt());

    JsonNode lora = paper(mini, "lora-for-everyone");
    assertEquals(2, lora.get("sources").size(), "the listing record and the JSON line merged");
    assertEquals("[\"Ada Lovelace\"]", lora.get("author_names").toString());
    assertEquals("2025-03-18", lora.get("date").asText());
    assertEquals("[\"peft\"]", lora.get("themes").toString());
    String bib = Files.readString(mini.out().resolve("survey.bib"));
    assertTrue(bib.contains("eprint = {2503.11807}"), "the arXiv id is cited: " + bib);

    SiteCheck check = new SiteCheck(mini.out());
    assertEquals(List.of(), check.brokenLinks());
    Document page = check.page("papers/sparse-b-updates-b-masks.html");
    assertEquals("Sparse <b>Updates</b> & Masks", page.selectFirst("h1").text(), "text is data");
    assertEquals(
        List.of("First listing, line 4 (curators' file: sources/fresh/export.jsonl:4)"),
        page.select(".sources li").eachText());
  }

  private static JsonNode fileReport(JsonNode report, String file) {
    for (JsonNode f : report.get("files")) {
      if (f.get("file").asText().equals(file)) {
        return f;
      }
    }
    throw new AssertionError("no report for " + file);
  }

  private static JsonNode paper(MiniSite mini, String slug) throws Exception {
    for (JsonNode p :
        new ObjectMapper().readTree(Files.readString(mini.out().resolve("data/papers.json")))) {
      if (p.get("slug").asText().equals(slug)) {
        return p;
      }
    }
    throw new AssertionError("no paper " + slug);
  }
}
