package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.Run;
import dev.surveyor.support.SiteCheck;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 (review section 8) on every real paper page: the folded scoring reads as reasons. One
 * line per phrase, title and abstract together, nested phrases under the longest, counter-cues in
 * words, the threshold said as what it is; and the lines add up to the score the page states.
 */
class EvidenceSiteTest {
  private static final Pattern SCORE =
      Pattern.compile(
          "(?:phrases:|give) (\u2212?[0-9.]+) points? \\(a paper joins the theme at ([0-9.]+)"
              + " points?\\)");

  private static SiteCheck site;
  private static JsonNode papers;

  @BeforeAll
  static void build() throws Exception {
    Run run = RealBuild.run();
    assertEquals(0, run.exitCode(), run.err());
    site = RealBuild.site();
    papers =
        new ObjectMapper().readTree(Files.readString(RealBuild.out().resolve("data/papers.json")));
  }

  private static BigDecimal number(String shown) {
    return new BigDecimal(shown.replace('\u2212', '-').replace("+", ""));
  }

  @Test
  void everyVerdictsLinesAddUpToTheScoreItStatesAndTheScoreIsTheData() {
    Map<String, JsonNode> bySlug = new HashMap<>();
    papers.forEach(p -> bySlug.put(p.get("slug").asText(), p));
    int verdicts = 0;
    List<String> wrong = new ArrayList<>();
    for (String path : site.pages()) {
      if (!path.startsWith("papers/")) {
        continue;
      }
      Document page = site.page(path);
      JsonNode scores =
          bySlug
              .get(path.substring("papers/".length(), path.length() - ".html".length()))
              .get("scores");
      for (Element verdict : page.select(".verdict")) {
        verdicts++;
        String decision = verdict.selectFirst(".decision").text();
        Matcher m = SCORE.matcher(decision);
        assertTrue(m.find(), path + ": " + decision);
        BigDecimal stated = number(m.group(1));
        BigDecimal sum =
            verdict.select(".evidence .points").eachText().stream()
                .map(EvidenceSiteTest::number)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String theme = verdict.selectFirst("h3 a").attr("href").replaceAll(".*/|\\.html$", "");
        JsonNode exported = scores.get(theme); // the export has the member themes' scores
        if (stated.compareTo(sum) != 0
            || exported != null && stated.compareTo(new BigDecimal(exported.asText())) != 0) {
          wrong.add(path + " " + theme + ": " + decision + " lines " + sum);
        }
        // One line per phrase: no phrase heads two lines of a verdict (a paired cue's line, "X
        // and “Y” together", is another reason).
        List<String> heads =
            verdict.select(".evidence li").stream()
                .filter(li -> !li.text().contains("\u201d together"))
                .map(li -> li.selectFirst("q").text().toLowerCase(Locale.ROOT))
                .toList();
        assertEquals(heads.size(), heads.stream().distinct().count(), path + " " + heads);
      }
    }
    assertTrue(verdicts > 400, "member, removed and near-miss verdicts checked: " + verdicts);
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyLineReadsAsWordsAndEveryPairSaysWhatItsPhrasesMeanTogether() {
    // review 11: "prompt with “vector” +3" and "×5 in the abstract" read as code, not as reasons
    int pairs = 0;
    List<String> cryptic = new ArrayList<>();
    for (String path : site.pages()) {
      if (!path.startsWith("papers/")) {
        continue;
      }
      for (Element line : site.page(path).select(".verdict .evidence li .reason")) {
        String text = line.text();
        if (text.contains("\u00d7") || text.contains(" with \u201c")) {
          cryptic.add(path + ": " + text);
        }
        if (text.contains("\u201d together")) {
          pairs++;
          // every pair of the survey's rules says what it means: "together: a prompt learned …"
          if (!text.matches(".+ and \u201c[^\u201d]+\u201d together: [a-z].{12,}")) {
            cryptic.add(path + ": " + text);
          }
        }
      }
    }
    assertEquals(List.of(), cryptic);
    assertTrue(pairs >= 20, "paired cues seen: " + pairs);
    Element soft =
        site.page("papers/codingteachllm-empowering-llm-s-coding-ability-via-ast-prior.html")
            .selectFirst(".verdict .evidence li .reason");
    assertEquals(
        "prompt and \u201cvector\u201d together: a prompt learned as trainable vectors (a soft"
            + " prompt), not a prompt written in words",
        soft.text());
  }

  @Test
  void aTitlePhraseTheScorerCountsThreeTimesIsOneLineWithItsTotal() {
    // "Instruction Following" (+9), "Following" (+2.5) and "Instruction" (+3) are one title phrase,
    // and the abstract's "instruction following" ×5 the same phrase again.
    Document page =
        site.page("papers/beyond-the-trade-off-self-supervised-reinforcement-learning.html");
    Element verdict = page.selectFirst(".verdict:has(h3 a[href$=instruction-tuning.html])");
    List<String> lines = verdict.select(".evidence li").eachText();
    assertEquals(
        List.of(
            "Instruction Following in the title and 5 times in the abstract +25",
            "a title about Reasoning points away from instruction tuning \u22129"),
        lines);
    assertTrue(
        verdict.selectFirst(".evidence li.against q").text().equals("Reasoning"),
        verdict.outerHtml());
  }

  @Test
  void everyCounterCueSaysWhatItMeans() {
    int against = 0;
    for (String path : site.pages()) {
      if (!path.startsWith("papers/")) {
        continue;
      }
      for (Element line : site.page(path).select(".verdict .evidence li.against")) {
        against++;
        String text = line.selectFirst(".reason").text();
        assertTrue(
            text.contains(" away from ")
                || text.endsWith(", a phrase that takes back some of the points its words score"),
            path + ": " + text);
        assertTrue(line.selectFirst(".points").text().startsWith("\u2212"), path + ": " + text);
      }
    }
    assertTrue(against > 50, "counter-cues seen: " + against);
  }

  @Test
  void aPhraseRoundWordsTheThemeCountsSaysTheyCountLessThere() {
    // "instruction-tuned models" names the models used: it takes back part of "instruction tuning".
    Document page =
        site.page("papers/distilling-instruction-following-abilities-of-large-language.html");
    List<String> lines =
        page.selectFirst(".verdict:has(h3 a[href$=instruction-tuning.html])")
            .select(".evidence li")
            .eachText();
    assertTrue(
        lines.contains(
            "instruction-tuned models in the abstract, a phrase that takes back some of the points"
                + " its words score \u22121.5"),
        lines.toString());
    assertFalse(lines.stream().anyMatch(l -> l.contains("needed")), lines.toString());
  }
}
