package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.Browser;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.Repo;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Search's ranking measured against judgements: {@code search/judged-queries.json} holds 24 queries
 * a reader of this survey would type, each with the papers that should come in its first five,
 * judged by reading the papers (before the ranking they test was written). The page's own engine
 * runs each query in headless Chromium over the real built index, and the first five results, the
 * full matches then those missing one word as the page lists them, are scored: precision at five
 * (the share of a query's judged papers, at most five, that are there) and the reciprocal rank of
 * the first judged paper, averaged over the queries. Before the synonyms and entity field weights:
 * 0.770 and 0.944 on the first 21; review 13's three queries added ("long cot", "math word
 * problems", "sft vs rl"), 0.785 and 0.958 on the 24 before its plurals, connectives and title
 * rule. Search17 added "easy to hard" (judged before its fix): 0.794 and 0.960 on the 25 before an
 * entity's name took its head's and its plural's forms and "difficult" became a synonym of "hard".
 * Search18 added four from the fresh reader's findings, "easy-to-hard", "forgetting", "process
 * reward models" and "distilling reasoning into small models", each judged by reading the papers
 * before the ranking changed: 0.797 and 0.965 on the 29 (0.804 and 0.960 on the first 25) before a
 * spaced query read as the compound it spells, two-word queries listed titles holding one word, and
 * a titled near match ranked as a full match with one title word fewer. Search20 weighed a title's
 * words by how rare they are (a word in most papers counts little): 0.810 and 0.966 before, 0.819
 * and 0.966 after ("sft vs rl" 0.25 to 0.50). Search22 gave an entity a home theme only where its
 * papers gather and scored a longer word a query word begins with the word's rarity: 0.819 and
 * 0.966 before, 0.833 and 0.983 after ("knowledge distillation" 0.40 to 0.80, "reasoning
 * distillation" finding Large Language Models Are Reasoning Teachers 1st, not 2nd). Search23 ranked
 * a word held only in a model's name as lacking it: 0.833 and 0.983, unchanged. The floors are
 * today's figures, so a change that ranks worse fails here.
 */
class JudgedQueriesTest {
  private static final double PRECISION_FLOOR = 0.832;
  private static final double MRR_FLOOR = 0.982;

  private static Browser browser;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() {
    browser = Browser.start();
    driver = browser.driver();
    driver.get(RealBuild.out().resolve("search.html").toUri().toString());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private record Judged(String query, List<String> top5) {}

  private static List<Judged> judged() throws Exception {
    JsonNode all =
        new ObjectMapper()
            .readTree(
                Repo.root().resolve("src/test/resources/search/judged-queries.json").toFile());
    List<Judged> out = new ArrayList<>();
    for (JsonNode query : all) {
      List<String> top5 = new ArrayList<>();
      query.get("top5").forEach(t -> top5.add(t.asText()));
      out.add(new Judged(query.get("query").asText(), top5));
    }
    return out;
  }

  /** The first twenty titles a query lists: its full matches, then those missing one word. */
  private static List<String> titles(String query) {
    @SuppressWarnings("unchecked")
    Map<String, Object> result =
        (Map<String, Object>)
            driver.executeAsyncScript(
                "var q = arguments[0], done = arguments[1];"
                    + "SurveyorSearch.open().then(function (e) { return e.search(q).then(function (r) {"
                    + "  var docs = r.docs.concat(r.near ? r.near.docs : []);"
                    + "  return e.fragments(docs.slice(0, 20)).then(function (f) {"
                    + "    done({titles: f.map(function (x) { return x.t; })});"
                    + "  }); }); }).catch(function (err) { done({titles: ['error: ' + err]}); });",
                query);
    List<String> titles = new ArrayList<>();
    ((List<?>) result.get("titles")).forEach(t -> titles.add(String.valueOf(t)));
    return titles;
  }

  @Test
  void theJudgedPapersComeFirst() throws Exception {
    double precision = 0;
    double reciprocal = 0;
    List<Judged> queries = judged();
    StringBuilder table = new StringBuilder();
    for (Judged q : queries) {
      List<String> found = titles(q.query());
      List<String> top = found.subList(0, Math.min(5, found.size()));
      long hits = q.top5().stream().filter(top::contains).count();
      double p = (double) hits / Math.min(5, q.top5().size());
      int first = 0;
      while (first < found.size() && !q.top5().contains(found.get(first))) {
        first++;
      }
      precision += p;
      reciprocal += first < found.size() ? 1.0 / (first + 1) : 0;
      List<Integer> ranks = q.top5().stream().map(t -> found.indexOf(t) + 1).toList();
      table.append(String.format(Locale.ROOT, "%.2f %-32s %s%n", p, q.query(), ranks));
    }
    precision /= queries.size();
    reciprocal /= queries.size();
    String said =
        String.format(Locale.ROOT, "P@5 %.3f, MRR %.3f%n%s", precision, reciprocal, table);
    System.out.println(said);
    assertTrue(precision >= PRECISION_FLOOR - 1e-9, said);
    assertTrue(reciprocal >= MRR_FLOOR - 1e-9, said);
  }

  @Test
  void theJudgedTitlesAreTheSurveysPapers() throws Exception {
    // A judged title that no longer matches a paper would only lower the figures, silently.
    JsonNode papers =
        new ObjectMapper().readTree(RealBuild.out().resolve("data/papers.json").toFile());
    Set<String> titles = new TreeSet<>();
    papers.forEach(p -> titles.add(p.get("title").asText()));
    List<Judged> queries = judged();
    assertTrue(queries.size() >= 15 && queries.size() <= 30, "queries: " + queries.size());
    for (Judged q : queries) {
      for (String title : q.top5()) {
        assertTrue(titles.contains(title), q.query() + ": no paper " + title);
      }
    }
  }

  @Test
  void aPaperWhoseMethodIsTheEntityComesBeforeOneUsingItAsAStage() {
    // The reader review: VerIPO (a GRPO-then-DPO loop for video reasoning) came 4th for "dpo",
    // above LOGICPO, whose title writes "Preference Optimization", and Learning Planning-based
    // Reasoning, whose summary says it learns "through direct preference optimization (DPO)".
    // Search22: it lost the home boost DPO's papers gave Reasoning's members (DPO's home was
    // the largest theme, not where its papers gather), and two papers whose summaries say they
    // train by DPO (Agent Q, the domain adaptation study) now come before it too.
    List<String> found = titles("dpo");
    int verIpo = indexStarting(found, "VerIPO");
    assertTrue(verIpo >= 5, found.toString());
    assertTrue(indexStarting(found, "LOGICPO") < verIpo, found.toString());
    assertTrue(
        indexStarting(found, "Learning Planning-based Reasoning") < verIpo, found.toString());
  }

  @Test
  void anEntitysNameInAnyFormFindsItsPagesPapers() throws Exception {
    // The fresh reader: "reward model" missed GroundedPRM ("Process Reward Modeling" in its title,
    // read as the process reward model only), and "reward models" was a search for two words.
    List<String> found = titles("reward model");
    assertTrue(
        found.contains(
            "GroundedPRM: Tree-Guided and Fidelity-Aware Process Reward Modeling for Step-Level"
                + " Reasoning"),
        found.toString());
    assertEquals(found, titles("reward models"));
    assertEquals(found, titles("reward modeling"));
    String page = Files.readString(RealBuild.out().resolve("entities/reward-modeling.html"));
    assertTrue(page.contains("Mentioned in " + count("reward model") + " papers"), page);
  }

  @Test
  void aCurriculumWritingEasyToDifficultIsFoundForEasyToHard() {
    // "difficult" is a curated synonym of "hard" (survey.md); "to" is a stop word
    List<String> found = titles("easy to hard");
    assertTrue(
        found.contains("Curriculum Demonstration Selection for In-Context Learning"),
        found.toString());
  }

  @Test
  void aHyphenatedQueryAndItsSpacedFormFindTheSamePapersInOneOrder() {
    // The fresh reader: "easy-to-hard" found 8 papers, "easy to hard" 12 in another order. The
    // spaced words, a stop word between them, are read as the compound the index holds, and the
    // compound's words apart widen to their synonyms as the words alone do.
    List<String> spaced = titles("easy to hard");
    assertEquals(spaced, titles("easy-to-hard"));
    assertEquals(count("easy to hard"), count("easy-to-hard"));
    assertTrue(spaced.size() >= 10, spaced.toString());
    assertEquals(titles("fine tuning"), titles("fine-tuning"));
  }

  @Test
  void aTwoWordQueryAlsoListsTheTitlesHoldingOneOfItsWords() {
    // The fresh reader: "catastrophic forgetting" missed "Mitigating Visual Forgetting ...", whose
    // title names forgetting and whose text never says "catastrophic"; it follows those with both
    List<String> found = titles("catastrophic forgetting");
    int visual = indexStarting(found, "Mitigating Visual Forgetting");
    assertTrue(visual >= count("catastrophic forgetting"), found.toString());
    // a paper lacking a word that only its text holds is not listed
    assertTrue(
        found.stream()
            .allMatch(
                t ->
                    t.toLowerCase(Locale.ROOT).contains("forgetting") || found.indexOf(t) < visual),
        found.toString());
    // nor a title holding a word most papers have: "video reasoning" would list most of the
    // survey's titles naming reasoning (the first twenty are all it asks for)
    List<String> video = titles("video reasoning");
    assertTrue(video.size() < 20, video.toString());
  }

  @Test
  void aTitleHoldingEveryWordButOneRanksWithTheFullMatchesOfOneTitleWordFewer() {
    // The fresh reader: "Enhancing the Reasoning Capabilities of Small Language Models via Solution
    // Guidance Fine-Tuning" came 14th for "distill reasoning small models", after every full match
    // whose title says only "Reasoning" or "Models"; the judged two stay first
    List<String> found = titles("distill reasoning small models");
    int guidance = indexStarting(found, "Enhancing the Reasoning Capabilities of Small");
    assertTrue(guidance >= 0 && guidance < 10, found.toString());
    assertTrue(found.indexOf("Large Language Models Are Reasoning Teachers") < 2, found.toString());
    assertTrue(
        indexStarting(found, "Democratizing Reasoning Ability") < guidance, found.toString());
  }

  @Test
  void aTitleNamingTheQuerysRareWordsOutranksTitlesNamingItsCommonOnes() {
    // The fresh reader: "SFT or RL? ..." came 11th for "rl vs sft generalization", below titles
    // holding only "Generation", "Generality" or "General" (Porter's stem of "generalization",
    // in 308 of 469 papers); its title names the two rare words and lacks only the common one.
    // Search21 split that stem ("generalization" is in 170 papers now), so "On the Generalization
    // of SFT" came first and "SFT or RL?" 4th: only titles naming two of the words are above it.
    // Search26: a title writing "Reinforcement Learning" names RL (a curated synonym), so
    // "Boosting the Generalization ... with Curriculum Reinforcement Learning" joins those above.
    List<String> found = titles("rl vs sft generalization");
    int sftOrRl = indexStarting(found, "SFT or RL?");
    assertTrue(sftOrRl >= 0 && sftOrRl < 5, found.toString());
    for (String above : found.subList(0, sftOrRl)) {
      long named =
          List.of(
                  "(?i).*\\bsft\\b.*",
                  "(?i).*\\b(rl|reinforcement learning).*",
                  "(?i).*\\bgeneraliz.*")
              .stream()
              .filter(above::matches)
              .count();
      assertTrue(named >= 2, above + " " + found);
    }
    for (String weaker :
        List.of("Learning to Generate Research Idea", "Tower+", "General-Reasoner")) {
      int at = indexStarting(found, weaker);
      assertTrue(at < 0 || at > sftOrRl, weaker + " " + found);
    }
  }

  @Test
  void generalizationFindsNoPaperWritingOnlyGenerateOrGenerative() throws Exception {
    // Porter stems "generalization" as it stems "generate" and "generative" ("gener", in 308 of
    // the 469 papers): "sft generalization" listed "Learning to Generate Research Idea" 10th and
    // "Alchemist: ... Generative Gold" 6th as title matches. Search keeps Porter2's stems there.
    JsonNode papers =
        new ObjectMapper().readTree(RealBuild.out().resolve("data/papers.json").toFile());
    Set<String> generating = new TreeSet<>();
    papers.forEach(
        p -> {
          String text = p.get("title").asText() + " " + p.path("abstract").asText();
          if (text.matches("(?is).*\\b(genera?t|generic).*")
              && !text.matches("(?is).*\\bgeneral.*")) {
            generating.add(p.get("title").asText());
          }
        });
    assertTrue(generating.size() > 100, "papers writing only generate words: " + generating.size());
    @SuppressWarnings("unchecked")
    List<String> found =
        (List<String>)
            driver.executeAsyncScript(
                "var done = arguments[0];"
                    + "SurveyorSearch.open().then(function (e) {"
                    + " return e.search('generalization').then(function (r) {"
                    + "  return e.fragments(r.docs).then(function (f) {"
                    + "   done(f.map(function (x) { return x.t; })); }); }); })"
                    + ".catch(function (err) { done(['error: ' + err]); });");
    assertTrue(found.size() > 100, found.toString());
    assertEquals(List.of(), found.stream().filter(generating::contains).toList());
    List<String> sft = titles("sft generalization");
    assertTrue(
        sft.contains(
            "On the Generalization of SFT: A Reinforcement Learning Perspective with Reward Rectification"),
        sft.toString());
    assertTrue(
        sft.stream()
            .noneMatch(t -> t.startsWith("Learning to Generate") || t.startsWith("Alchemist")),
        sft.toString());
  }

  /**
   * Queries a researcher of this field would type (search20), each with a paper whose title says
   * what the query asks and that must come in its first {@code within}: checked by reading the
   * first twenty of each, not tuned to them.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          dpo                              | Insights into Alignment: Evaluating DPO       | 5
          lora                             | Chain of LoRA                                 | 3
          low-rank                         | Chain of LoRA                                 | 3
          grpo                             | Improving Generalization in Intent Detection  | 3
          curriculum                       | Self-Evolving Curriculum for LLM Reasoning    | 5
          instruction data selection       | Instruction Mining: High-Quality Instruction  | 5
          math reasoning rl                | RL on Incorrect Synthetic Data Scales         | 3
          parameter efficient              | Parameter-Efficient Fine-Tuning for Foundation | 5
          chain of thought distillation    | Large Language Models Are Reasoning Teachers  | 3
          reward model                     | Enhancing Large Language Model Reasoning with Reward Models | 5
          small models reasoning           | Enhancing the Reasoning Capabilities of Small | 3
          data efficient instruction tuning | How to Train Data-Efficient LLMs             | 3
          lora merging                     | Extend Model Merging                          | 5
          process reward                   | GroundedPRM                                   | 3
          sft generalization               | On the Generalization of SFT                  | 3
          rl generalization                | On the Power of Pre-training for Generalization in RL | 3
          multimodal reasoning rl          | Advancing Multimodal Reasoning via Reinforcement Learning | 3
          """)
  void aResearchersQueryFindsThePaperItsTitleNames(String query, String title, int within) {
    List<String> found = titles(query);
    int at = indexStarting(found, title);
    assertTrue(at >= 0 && at < within, query + ": " + title + " at " + (at + 1) + " in " + found);
  }

  /**
   * The fresh reader's findings of search22, each a paper whose subject is the query below one that
   * names it in passing or uses it as a tool. JUDGED BY THE HELPER WHO TUNED FOR THEM (tuning data,
   * not blind): only those whose answer seemed plain to any reader of the field are here. Left out
   * as arguable: "dpo" (Curriculum DPO, a DPO variant for diffusion, still comes before the paper
   * evaluating DPO and its variants), "lora" (SaRA, "Sparse Low-Rank Adaptation"), "long context"
   * (Fino1, which names it thrice, against long-horizon papers naming it once), "soft prompt" and
   * "distill reasoning small models" (unchanged; see the README).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          reasoning distillation | Large Language Models Are Reasoning Teachers            | ReFineVLA
          knowledge distillation | Aligning Teacher with Student Preferences              | Towards LogiGLUE
          dpo                    | Insights into Alignment: Evaluating DPO                | Flow-DPO
          """)
  void aPaperAboutTheQueryComesBeforeOneUsingItInPassing(
      String query, String about, String inPassing) {
    List<String> found = titles(query);
    int subject = indexStarting(found, about);
    int passing = indexStarting(found, inPassing);
    assertTrue(subject >= 0 && subject < 3, query + ": " + about + " in " + found);
    assertTrue(passing < 0 || passing > subject, query + ": " + inPassing + " in " + found);
  }

  @Test
  void aWordHeldOnlyInAModelsNameCountsAsLackingIt() {
    // Search23's fresh reader: "Reinforcement Learning for Reasoning in Small LLMs" came 2nd for
    // "distill reasoning small models", found as distilling by DeepSeek-R1-Distill-Qwen-1.5B, the
    // checkpoint it trains with RL; its title names "Reasoning" and "Small". It now ranks as a
    // paper lacking "distill" whose title names the rest: after Solution Guidance, which lacks it
    // too and names "Models" as well. "cot distillation" lists Done Is Better ("R1-Distill
    // models") after every paper writing a distillation word.
    List<String> found = titles("distill reasoning small models");
    int small = indexStarting(found, "Reinforcement Learning for Reasoning in Small LLMs");
    int guidance = indexStarting(found, "Enhancing the Reasoning Capabilities of Small");
    assertTrue(guidance >= 0 && small > guidance, found.toString());
    List<String> cot = titles("cot distillation");
    int done = indexStarting(cot, "Done Is Better than Perfect");
    assertEquals(count("cot distillation") - 1, done, cot.toString());
  }

  @Test
  void aLongerWordAQueryWordBeginsWeighsNoMoreThanTheWord() {
    // "data" listed LLMTune ("Accelerate Database Knob Tuning") first: "database", in a few papers,
    // weighed far more than "data", in most. The titles writing "data" itself now come first.
    List<String> found = titles("data").subList(0, 10);
    assertTrue(found.stream().allMatch(t -> t.matches("(?i).*\\bdata\\b.*")), found.toString());
  }

  @Test
  void anEntityPageNamesTheSubtopicSearchFindsFirstByItsName() throws Exception {
    // One number per fact (issue 22): "process reward model" finds the 3 papers of Reasoning's
    // sub-topic first, its page counts the 2 that name it; the page says both
    String page = Files.readString(RealBuild.out().resolve("entities/process-reward-model.html"));
    long found = count("process reward model");
    assertTrue(
        page.contains(
            "Process reward models sub-topic</a> of Reasoning holds " + found + " papers"),
        page);
    assertTrue(page.contains("Mentioned in 2 papers"), page);
  }

  /** How many papers a query finds with all its words. */
  private static long count(String query) {
    return (Long)
        driver.executeAsyncScript(
            "var q = arguments[0], done = arguments[1];"
                + "SurveyorSearch.open().then(function (e) { return e.search(q); })"
                + ".then(function (r) { done(r.docs.length); })"
                + ".catch(function (err) { done(-1); });",
            query);
  }

  @Test
  void aPaperThatDistilsWithoutTheWordIsFoundByItsSynonym() {
    // "Large Language Models Are Reasoning Teachers" never writes "distill": it came 17th, among
    // the papers missing one word; "teacher" is a curated synonym of "distill" (survey.md).
    List<String> found = titles("distill reasoning small models");
    int teachers = found.indexOf("Large Language Models Are Reasoning Teachers");
    assertTrue(teachers >= 0 && teachers < 5, found.toString());
    // the count line says which synonyms counted, and a query naming two words of a group asks
    // for both: "distill teacher" is not widened to papers writing only one of them
    assertEquals(
        "[{\"word\":\"distill\",\"names\":[\"teacher\",\"knowledge transfer\"]}]",
        widened("distill reasoning small models"));
    assertEquals("[]", widened("distill teacher"));
  }

  /** The synonyms a query counted, as the engine reports them to the count line. */
  private static String widened(String query) {
    return String.valueOf(
        driver.executeAsyncScript(
            "var q = arguments[0], done = arguments[1];"
                + "SurveyorSearch.open().then(function (e) { return e.search(q); })"
                + ".then(function (r) { done(JSON.stringify(r.synonyms)); })"
                + ".catch(function (err) { done(String(err)); });",
            query));
  }

  private static int indexStarting(List<String> titles, String start) {
    for (int i = 0; i < titles.size(); i++) {
      if (titles.get(i).startsWith(start)) {
        return i;
      }
    }
    return -1;
  }
}
