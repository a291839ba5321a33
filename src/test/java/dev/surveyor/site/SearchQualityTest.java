package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.Browser;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.SiteCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What search finds on the real survey: a fixed set of queries, each with what a reader asking it
 * expects, run by the page's own engine in headless Chromium from disk. Expectations are about the
 * papers (the one a title names comes first; a typo finds what the word finds; a prefix finds at
 * least what the word finds), and counts are checked against the site's other pages.
 *
 * <p>What "mentions" means everywhere: a paper mentions an entity when the entity matcher finds one
 * of its aliases in the paper's title or abstract, at word boundaries (the entity page's "Mentioned
 * in N papers", a theme page's "Most mentioned" counts). A search or a list filter for an entity's
 * name ("LoRA", "GRPO", "Group Relative Policy Optimization") finds exactly those papers, so the
 * three numbers agree; other words are matched as words.
 */
class SearchQualityTest {

  private static Path out;
  private static SiteCheck site;
  private static Browser browser;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() {
    out = RealBuild.out();
    site = new SiteCheck(out);
    browser = Browser.start();
    driver = browser.driver();
    driver.get(out.resolve("search.html").toUri().toString());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  /**
   * How many papers a query finds, how many of them match its words as written (for an entity's
   * name: mention the entity), and the titles of the first ten, best first.
   */
  private record Found(int count, int exact, List<String> titles) {
    int rank(String title) {
      return titles.indexOf(title);
    }

    String first() {
      return titles.isEmpty() ? null : titles.get(0);
    }
  }

  /** The titles of a query's first {@code n} results, best first. */
  private static List<String> search(String query, int n) {
    @SuppressWarnings("unchecked")
    List<Object> titles =
        (List<Object>)
            driver.executeAsyncScript(
                "var q = arguments[0], n = arguments[1], done = arguments[2];"
                    + "SurveyorSearch.open().then(function (e) { return e.search(q).then(function (r) {"
                    + "  return e.fragments(r.docs.slice(0, n)); }); })"
                    + ".then(function (f) { done(f.map(function (x) { return x.t; })); })"
                    + ".catch(function (err) { done([String(err)]); });",
                query,
                n);
    return titles.stream().map(String::valueOf).toList();
  }

  private static Found search(String query) {
    @SuppressWarnings("unchecked")
    Map<String, Object> result =
        (Map<String, Object>)
            driver.executeAsyncScript(
                "var q = arguments[0], done = arguments[1];"
                    + "SurveyorSearch.open().then(function (e) { return e.search(q).then(function (r) {"
                    + "  return e.fragments(r.docs.slice(0, 10)).then(function (f) {"
                    + "    done({count: r.docs.length, exact: Object.keys(r.exact).length,"
                    + "      titles: f.map(function (x) { return x.t; })});"
                    + "  }); }); }).catch(function (err) { done({count: -1, exact: -1, titles: [String(err)]}); });",
                query);
    List<String> titles = new ArrayList<>();
    ((List<?>) result.get("titles")).forEach(t -> titles.add(String.valueOf(t)));
    return new Found(
        ((Number) result.get("count")).intValue(),
        ((Number) result.get("exact")).intValue(),
        titles);
  }

  /** The "Mentioned in N papers" of an entity's page. */
  private static int mentions(String entity) {
    String text = site.page("entities/" + entity + ".html").select("main p").text();
    var m = java.util.regex.Pattern.compile("Mentioned in (\\d+) papers?").matcher(text);
    assertTrue(m.find(), "no count on the page of " + entity);
    return Integer.parseInt(m.group(1));
  }

  private static boolean allTitlesContain(Found found, int first, String... words) {
    for (String title : found.titles().subList(0, Math.min(first, found.titles().size()))) {
      // "Fine-Tuning", "Finetuning" and "fine-tuning" are one word here, as in the index.
      String lower = title.toLowerCase(Locale.ROOT).replace("-", "");
      for (String word : words) {
        if (!lower.contains(word.replace("-", ""))) {
          return false;
        }
      }
    }
    return true;
  }

  @Test
  void aWordOfAModelsNameIsNoFullMatch() { // issue 22's follow-up
    // the RAG paper writes "distill" only in DeepSeek-R1-Distill-Qwen: it came 3rd, above a
    // paper on distilling reasoning into small models
    String rag =
        "Enhancing Domain-Specific Retrieval-Augmented Generation: Synthetic Data Generation and"
            + " Evaluation using Reasoning Models";
    String tailored =
        "Democratizing Reasoning Ability: Tailored Learning from Large Language Model";
    Found found = search("distill reasoning small models");
    assertTrue(
        found.rank(tailored) >= 0 && found.rank(rag) > found.rank(tailored),
        found.titles().toString());
    // the whole name finds it, as does the word, after the papers writing it
    assertTrue(search("DeepSeek-R1-Distill-Qwen").titles().contains(rag));
    Found distill = search("distill");
    assertTrue(distill.count() > distill.titles().size(), distill.toString());
  }

  @Test
  void lowRankMeansTheCompoundNotRankingAlone() { // issue 22, item 12
    Found found = search("low-rank");
    String chain = "Chain of LoRA: Efficient Fine-tuning of Language Models via Residual Learning";
    String reranking = "Training Curricula for Open Domain Answer Re-Ranking";
    assertTrue(found.rank(chain) >= 0 && found.rank(chain) <= 2, found.titles().toString());
    assertTrue(
        found.rank(reranking) < 0 || found.rank(reranking) > found.rank(chain),
        found.titles().toString());
  }

  @Test
  void everyPaperWritingTheCompoundOrNamingItsEntityComesBeforeOnesWithItsWordsApart()
      throws Exception {
    // "low-rank" begins LoRA's name "low-rank adaptation": the papers writing the compound and
    // those the LoRA entity page lists come first; "Re-Ranking" with "low" elsewhere, or "low
    // ranked", after them
    java.util.Set<String> compound = new java.util.TreeSet<>();
    var papers =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.resolve("data/papers.json").toFile());
    var pattern = java.util.regex.Pattern.compile("(?i)\\blow[-\u2010\u2011]?rank\\b");
    for (var paper : papers) {
      String text = paper.get("title").asText() + " " + paper.get("abstract").asText();
      if (pattern.matcher(text).find()) {
        compound.add(paper.get("title").asText());
      }
    }
    assertTrue(compound.size() >= 5 && compound.size() < 10, compound.toString());
    java.util.Set<String> first = new java.util.TreeSet<>(compound);
    first.addAll(all("LoRA"));
    List<String> found = all("low-rank");
    assertEquals(first, new java.util.TreeSet<>(found.subList(0, first.size())), found.toString());
    assertTrue(found.size() > first.size(), "the words apart follow: " + found);
    assertEquals(found, all("low rank"), "as the compound is written or not");
  }

  @Test
  void theStartOfAnEntitysNameFindsTheEntitysPapers() { // review 7, section 6
    // LoRA's page: "Found as: LoRA, low-rank adaptation, low-rank adapters". LoRAMoE and CorDA,
    // two of the three papers of PEFT's "Low-rank adaptation" group, were not found; SaRA, a
    // diffusion paper writing "Low-Rank" in its title, came first.
    List<String> found = all("low-rank");
    for (String paper : List.of("LoRAMoE", "CorDA", "Chain of LoRA")) {
      int at = indexStarting(found, paper);
      assertTrue(at >= 0 && at < 10, paper + " at " + at + " in " + found);
    }
    // ranked by how central the entity is: titles naming it first (SaRA's among them)
    for (String title : found.subList(0, 4)) {
      assertTrue(
          namesLora(title) || title.startsWith("LoRAMoE") || title.contains("Low-Rank"), title);
    }
    // a name typed whole is still the entity's count, as its page says
    assertEquals(mentions("lora"), search("low-rank adaptation").exact());
    // a start that begins no name of one entity alone stays words: "low" is a word
    assertTrue(search("low").count() > found.size(), "low: " + search("low").count());
  }

  @Test
  void aPaperAboutTheQueryOutranksOneMentioningItInPassing() { // review 7, section 6
    // "reasoning length": BudgetThinker controls the length of reasoning (its summary says so);
    // OctoMed, on medical data recipes, mentions trace lengths in a result.
    Found found = search("reasoning length");
    int budget = indexStarting(found.titles(), "BudgetThinker");
    int cot = indexStarting(found.titles(), "CoT-Valve");
    int octo = indexStarting(all("reasoning length"), "OctoMed");
    assertTrue(cot >= 0 && cot < 3 && budget >= 0 && budget < 3, found.titles().toString());
    assertTrue(octo > budget, "OctoMed at " + octo);
    // "prefix tuning" is what one paper of the survey mentions, as the entity page counts it;
    // the words apart ("Prefix Sampling" with "Fine-Tuning") are not the method
    assertEquals(mentions("prefix-tuning"), search("prefix tuning").count());
    assertEquals(search("prefix tuning"), search("prefix-tuning"));
  }

  @Test
  void twoWordsTheIndexHoldsAsOneAreReadAsThatWordFirst() { // review 4, item 5
    // "fine-tuning", "Fine-Tuning" and "finetuning" are one word in the index; "fine" apart from
    // "tuning" is mostly "Fine-grained", which came first before
    Found words = search("fine tuning");
    assertEquals(search("fine-tuning"), words);
    assertTrue(allTitlesContain(words, 10, "fine-tun"), words.titles().toString());
    // The words apart still follow: every paper holding both is found.
    assertTrue(words.count() >= search("tuning fine").count(), words.count() + " papers");
  }

  @Test
  void aCompoundWrittenSpacedCountsAsTheCompound() { // issue 22, item 12 (search24)
    // the query reads "instruction following" as "instruction-following"; titles writing it spaced
    // counted only as its two words apart, so "Instruction Following without Instruction Tuning"
    // was not in the first ten, below titles naming only "Instruction Tuning"
    Found found = search("instruction following");
    assertTrue(allTitlesContain(found, 10, "instruction", "following"), found.titles().toString());
    assertTrue(
        found.rank("Instruction Following without Instruction Tuning") >= 0,
        found.titles().toString());
    assertEquals(found, search("instruction-following"), "as the compound is written or not");
  }

  @Test
  void aCompoundWrittenWithStopWordsBetweenCountsAsTheCompound() { // issue 22, item 12 (search25)
    // the query reads "learning to reason" as "learning-to-reason", which one paper hyphenates;
    // the three titles writing it spaced counted only as its words apart, so a survey writing the
    // compound came first and "DOTS: Learning to Reason Dynamically …" was not in the first ten
    Found found = search("learning to reason");
    assertTrue(allTitlesContain(found, 3, "learning to reason"), found.titles().toString());
    assertTrue(found.rank("Learning to Reason via Program Generation, Emulation, and Search") >= 0);
    assertEquals(found, search("learning-to-reason"), "as the compound is written or not");
  }

  @Test
  void aTypoIsReadAsTheCommonerOfTheWordsAsFarFromIt() { // review 4, item 5
    // "tunning" is one letter from "tuning" and from "turning"; many more papers write the first
    assertEquals(search("tuning").titles(), search("tunning").titles());
    Found found = search("instruction tunning");
    assertTrue(found.count() >= search("instruction tuning").count(), found.count() + " papers");
    assertTrue(
        found.titles().stream()
            .noneMatch(t -> t.matches("(?i).*\\bturn.*") && !t.matches("(?i).*\\btun.*")),
        found.titles().toString());
  }

  @Test
  void anEntitysNameFindsFirstExactlyThePapersItsPageCounts() { // issue 22, item 7
    assertEquals(mentions("lora"), search("LoRA").exact());
    assertEquals(mentions("lora"), search("lora").exact(), "LoRA matches in any case");
    assertEquals(mentions("grpo"), search("GRPO").exact());
    assertEquals(mentions("grpo"), search("Group Relative Policy Optimization").exact());
    assertEquals(
        search("Group Relative Policy Optimization").exact(),
        search("Group Relative Policy Optimization").count(),
        "a name of several words finds no longer words");
    assertEquals(mentions("gsm8k"), search("GSM8K").exact());
    assertEquals(mentions("chain-of-thought"), search("chain-of-thought").exact());
    assertTrue(search("GRPO").first().contains("GRPO"), "a title naming it comes first");
  }

  @Test
  void anEntitysWordAlsoFindsLongerWordsItBeginsAfterTheMentions() { // issue 22, review 4 item 5
    Found lora = search("LoRA");
    String loramoe =
        "LoRAMoE: Revolutionizing Mixture of Experts for Maintaining World Knowledge in Language"
            + " Model Alignment";
    // Papers the entity matcher does not count (LoRAMoE is another word), found by the prefix
    assertTrue(lora.count() > lora.exact(), lora.toString());
    // Its title begins with "LoRA": after the titles naming LoRA, before the abstracts' mentions.
    List<String> all = all("LoRA");
    int at = all.indexOf(loramoe);
    assertTrue(at > 0, all.toString());
    all.subList(0, at).forEach(t -> assertTrue(namesLora(t), "before LoRAMoE: " + t));
    all.subList(at + 1, all.size()).forEach(t -> assertTrue(!namesLora(t), "after LoRAMoE: " + t));
    // A LoRA variant, a PEFT paper naming LoRA once, before papers using it in passing
    // (CorDA was in the first five; LoRAMoE's title now ranks it above every abstract-only match,
    // so CorDA is among the first two of those.)
    String corda = "CorDA: Context-Oriented Decomposition Adaptation of Large Language Models";
    long titled = all.stream().filter(t -> namesLora(t) || t.equals(loramoe)).count();
    assertTrue(
        lora.rank(corda) >= titled && lora.rank(corda) < titled + 2, lora.titles().toString());
    // The search page counts as the entity page does, and says what the prefix added.
    driver.get(out.resolve("search.html").toUri() + "?q=LoRA");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
    int more = lora.count() - lora.exact();
    assertEquals(
        mentions("lora")
            + " papers mention \u201cLoRA\u201d; "
            + more
            + " more contain"
            + (more == 1 ? "s" : "")
            + " words starting with \u201clora\u201d.",
        driver.findElement(By.id("search-status")).getText());
    // The matched part of the longer word is marked, not all of it.
    List<String> marks =
        driver.findElements(By.cssSelector("#search-results .paper-title mark")).stream()
            .map(e -> e.getText())
            .toList();
    assertTrue(marks.contains("LoRA") && !marks.contains("LoRAMoE"), marks.toString());
    driver.get(out.resolve("search.html").toUri().toString());
  }

  private static boolean namesLora(String title) {
    return title.matches("(?i).*\\b(lora|low-rank adaptation)\\b.*");
  }

  /** Every title a query finds, best first. */
  private static List<String> all(String query) {
    @SuppressWarnings("unchecked")
    List<String> titles =
        (List<String>)
            driver.executeAsyncScript(
                "var q = arguments[0], done = arguments[1];"
                    + "SurveyorSearch.open().then(function (e) { return e.search(q).then(function (r) {"
                    + "  return e.fragments(r.docs).then(function (f) {"
                    + "    done(f.map(function (x) { return x.t; })); }); }); });",
                query);
    return titles;
  }

  @Test
  void aWordAsWrittenRanksAboveAnotherFormOfItsStem() throws Exception {
    // review 11: "curriculum reinforcement" ranked Vocabulary Curriculum ("reinforcing") 4th and
    // CLIMB ("reinforce") 7th, above Self-Evolving Curriculum, which writes "reinforcement"
    Map<String, String> texts = new java.util.HashMap<>();
    for (var paper :
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.resolve("data/papers.json").toFile())) {
      texts.put(
          paper.get("title").asText(),
          (paper.get("title").asText() + " " + paper.get("abstract").asText())
              .toLowerCase(Locale.ROOT));
    }
    List<String> found = all("curriculum reinforcement");
    assertTrue(found.size() >= 10, found.toString());
    // within each band of titles holding the same words (a title's words weigh by their rarity,
    // search20: "curriculum" more than "reinforcement"), the papers writing "reinforcement" come
    // before those writing only "reinforcing", "reinforce", ...
    java.util.function.ToIntFunction<String> titled =
        t -> {
          String title = t.toLowerCase(Locale.ROOT);
          return (title.contains("curriculum") ? 1 : 0) | (title.contains("reinforc") ? 2 : 0);
        };
    int variants = 0;
    for (int i = 0; i < found.size(); i++) {
      String text = texts.get(found.get(i));
      if (!text.contains("reinforcement")) {
        variants++;
        for (String later : found.subList(i + 1, found.size())) {
          assertFalse(
              titled.applyAsInt(later) == titled.applyAsInt(found.get(i))
                  && texts.get(later).contains("reinforcement"),
              later + " writes the word, yet follows " + found.get(i) + ": " + found);
        }
      }
    }
    assertTrue(variants >= 2, "papers found by another form: " + variants);
    assertTrue(
        found.indexOf("Self-Evolving Curriculum for LLM Reasoning")
            < found.indexOf("Scaling LLM Pre-training with Vocabulary Curriculum"),
        found.toString());
    // the count is the same: another form still finds the paper
    assertEquals(16, found.size());
  }

  @Test
  void aCaseSensitiveEntityIsFoundOnlyAsWritten() {
    Found benchmark = search("MATH");
    assertEquals(mentions("math"), benchmark.count());
    assertTrue(search("math").count() > benchmark.count(), "math the word is more than MATH");
  }

  @Test
  void aDistinctiveTitleComesFirst() {
    assertEquals(
        "Masked Thought: Simply Masking Partial Reasoning Steps Can Improve Mathematical Reasoning"
            + " Learning of Language Models",
        search("masked thought").first());
    assertEquals(
        "LoRA Fine-tuning Efficiently Undoes Safety Training in Llama 2-Chat 70B",
        search("lora safety").first());
    assertEquals(
        "Self-Evolving Curriculum for LLM Reasoning", search("self-evolving curriculum").first());
    assertTrue(
        search("Ukrainian").first().endsWith("for Ukrainian Exam Tasks"),
        search("Ukrainian").titles().toString());
    assertTrue(
        search("catastrophic forgetting")
                .rank(
                    "Understanding Catastrophic Forgetting in Language Models via Implicit Inference")
            <= 2);
    assertTrue(
        search("reward model")
                .rank(
                    "Enhancing Large Language Model Reasoning with Reward Models: An Analytical Survey")
            <= 2);
  }

  @Test
  void titleMatchesComeFirst() {
    Found both = search("curriculum reasoning");
    assertTrue(both.count() >= 10, "papers with both words: " + both.count());
    // Every paper whose title has both words comes before any that has not.
    int titled = 0;
    for (Element title : site.page("papers.html").select("li.paper-item .paper-title")) {
      String lower = title.text().toLowerCase(Locale.ROOT);
      titled += lower.contains("curricul") && lower.contains("reason") ? 1 : 0;
    }
    assertTrue(titled >= 2, "titles with both: " + titled);
    assertTrue(allTitlesContain(both, titled, "curricul", "reason"), both.titles().toString());
    assertTrue(allTitlesContain(search("instruction tuning"), 5, "instruct"));
    assertTrue(allTitlesContain(search("distillation"), 1, "distill"));
    Found fineTuning = search("fine-tuning");
    assertTrue(fineTuning.count() > 200, "fine-tuning: " + fineTuning.count());
    assertTrue(allTitlesContain(fineTuning, 10, "fine-tun"), fineTuning.titles().toString());
  }

  @Test
  void aTitleMatchOutranksEveryAbstractOnlyMatch() throws Exception { // review 5, section 5
    // "reasoning" names the Reasoning theme: its papers come first, then the others the word
    // finds (review 8); within each, every title holding the word first.
    List<String> found = all("reasoning");
    List<String> members = inThemes("reasoning");
    List<String> all = found.subList(0, members.size());
    assertEquals(new java.util.TreeSet<>(members), new java.util.TreeSet<>(all));
    int first = 0; // the first title without the word (its stem: "Reason over", "Reasoner")
    while (first < all.size() && all.get(first).toLowerCase(Locale.ROOT).contains("reason")) {
      first++;
    }
    assertTrue(first >= 50, "titles with the word first: " + first);
    for (String title : all.subList(first, all.size())) {
      assertTrue(!title.toLowerCase(Locale.ROOT).contains("reason"), "after the titles: " + title);
    }
    List<String> others = found.subList(members.size(), found.size());
    int titled = 0;
    while (titled < others.size()
        && others.get(titled).toLowerCase(Locale.ROOT).contains("reason")) {
      titled++;
    }
    for (String title : others.subList(titled, others.size())) {
      assertTrue(!title.toLowerCase(Locale.ROOT).contains("reason"), "after the titles: " + title);
    }
    int teachers = all.indexOf("Large Language Models Are Reasoning Teachers");
    assertTrue(teachers >= 0 && teachers < first, all.toString());
    for (String abstractOnly : List.of("Auto-RAG", "GemMaroc")) {
      int at = indexStarting(found, abstractOnly);
      assertTrue(at >= first, abstractOnly + " at " + at + ", first abstract-only " + first);
    }
  }

  private static int indexStarting(List<String> titles, String start) {
    for (int i = 0; i < titles.size(); i++) {
      if (titles.get(i).startsWith(start)) {
        return i;
      }
    }
    return -1;
  }

  /** The titles of the papers the site files under every one of the themes. */
  private static List<String> inThemes(String... themes) throws Exception {
    List<String> titles = new ArrayList<>();
    var papers =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.resolve("data/papers.json").toFile());
    for (var paper : papers) {
      List<String> its = new ArrayList<>();
      paper.get("themes").forEach(t -> its.add(t.asText()));
      if (its.containsAll(List.of(themes))) {
        titles.add(paper.get("title").asText());
      }
    }
    return titles;
  }

  private static String text(String title) throws Exception {
    var papers =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.resolve("data/papers.json").toFile());
    for (var paper : papers) {
      if (paper.get("title").asText().equals(title)) {
        return (title + " " + paper.get("abstract").asText()).toLowerCase(Locale.ROOT);
      }
    }
    throw new AssertionError("no paper " + title);
  }

  @Test
  void aQueryNamingThemesFindsTheirPapersFirstTheWritersOfItsWordsFirstAmongThem()
      throws Exception { // review 8, section 5: both-theme papers came 18th to 20th
    List<String> both = inThemes("curriculum", "reasoning");
    assertTrue(both.size() >= 5, both.toString());
    List<String> all = all("curriculum reasoning");
    assertTrue(all.containsAll(both), "every paper of both themes: " + all);
    // The count line names the papers in both themes first ("8 papers in both the Curriculum
    // learning and Reasoning themes; 13 more match"): they are the first results, a university
    // "curriculum" and Other papers after them.
    assertEquals(
        new java.util.TreeSet<>(both), new java.util.TreeSet<>(all.subList(0, both.size())));
    // Among them, filed under both without writing "curriculum" (the review's Warm Up, RewardMap,
    // Med-R³): found by membership, after those the words find.
    List<String> unwritten = new ArrayList<>();
    for (String title : both) {
      if (!text(title).contains("curricul")) {
        unwritten.add(title);
      }
    }
    assertTrue(unwritten.size() >= 2, unwritten.toString());
    assertTrue(indexStarting(unwritten, "Warm Up Before You Train") >= 0, unwritten.toString());
    for (int i = 0; i < both.size(); i++) {
      boolean written = !unwritten.contains(all.get(i));
      assertEquals(i < both.size() - unwritten.size(), written, all.get(i) + " at " + i);
    }
    // One number per fact on the search page: the theme's papers, then the others the word finds.
    int curriculum = inThemes("curriculum").size();
    int found = search("curriculum").count();
    assertTrue(found > curriculum, found + " against " + curriculum);
    driver.get(out.resolve("search.html").toUri() + "?q=curriculum");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
    assertEquals(
        curriculum
            + " papers in the Curriculum learning theme; "
            + (found - curriculum)
            + " more mention \u201ccurriculum\u201d.",
        driver.findElement(By.id("search-status")).getText());
    driver.get(out.resolve("search.html").toUri().toString());
    assertTrue(search("PEFT").count() >= inThemes("peft").size());
    assertTrue(search("instruction tuning").count() >= inThemes("instruction-tuning").size());
  }

  @Test
  void theThemeFacetIsMembership() throws Exception {
    // "curriculum" narrowed to Reasoning: every paper in both themes, and only Reasoning's papers
    @SuppressWarnings("unchecked")
    List<String> titles =
        (List<String>)
            driver.executeAsyncScript(
                "var done = arguments[0];"
                    + "SurveyorSearch.open().then(function (e) { return Promise.all([e.search('curriculum'),"
                    + "  e.filter('reasoning', '')]).then(function (b) {"
                    + "  return e.fragments(b[0].docs.filter(b[1])).then(function (f) {"
                    + "    done(f.map(function (x) { return x.t; })); }); }); });");
    List<String> reasoning = inThemes("reasoning");
    assertTrue(titles.containsAll(inThemes("curriculum", "reasoning")), titles.toString());
    assertTrue(reasoning.containsAll(titles), titles.toString());
  }

  @Test
  void anEntitysOtherNamesFindIt() { // review 5, section 5: "low-rank adaptation" found 6 of 16
    Found spelled = search("low-rank adaptation");
    assertEquals(mentions("lora"), spelled.exact());
    List<String> all = all("low-rank adaptation");
    // LoRAMoE by "LoRA", the abbreviation the name spells out, as the query "LoRA" finds it
    assertEquals(search("LoRA").count(), spelled.count());
    for (String paper : List.of("CorDA", "LIFT the Veil", "LoRAMoE")) {
      assertTrue(indexStarting(all, paper) >= 0, paper + " in " + all);
    }
    assertEquals(mentions("mcts"), search("Monte Carlo tree search").exact());
  }

  @Test
  void aTypoIsOneWordNotSeveral() { // review 5, section 5: "instrction tuning" 153 against 101
    assertEquals(search("instruction tuning"), search("instrction tuning"));
    assertEquals(search("curriculum").count(), search("curiculum").count());
  }

  @Test
  void wordsOnlyInAbstractsAreFound() {
    // Both stand deep inside their abstracts, past the first sentence.
    assertEquals(
        List.of("A & B == B & A: Triggering Logical Reasoning Failures in Large Language Models"),
        search("LogicAsker").titles());
    assertEquals(
        List.of("A Dataset for Statutory Reasoning in Tax Law Entailment and Question Answering"),
        search("legislation").titles());
  }

  @Test
  void anOrganisationIsSearchedAsListingsNameNoAuthors() {
    // The five listings give author counts, not names; a collection's authors are checked in
    // SourceFormatsTest. Qualcomm is the organisation one listing names.
    assertEquals(List.of("Video Reasoning without Training"), search("Qualcomm").titles());
  }

  @Test
  void aTypoFindsWhatTheWordFinds() {
    for (String[] pair :
        new String[][] {{"reinforcement", "reinforcment"}, {"distillation", "distilation"}}) {
      Found right = search(pair[0]);
      Found typo = search(pair[1]);
      assertTrue(right.count() > 10, pair[0]);
      assertTrue(typo.count() >= right.count(), pair[1]);
      assertEquals(right.titles().subList(0, 5), typo.titles().subList(0, 5), pair[1]);
    }
    assertEquals(search("curriculum").first(), search("curiculum").first());
    assertTrue(search("curiculum").count() > 20);
  }

  @Test
  void aPrefixFindsWhileTyping() {
    // (not "curriculum" itself: as a theme's name it finds the theme's papers too)
    Found prefix = search("curri");
    assertTrue(prefix.count() >= search("curricula").count());
    // at least the papers writing the word: "distillation" also finds its curated synonyms'
    assertTrue(search("distil").count() >= search("distillation").exact());
    assertTrue(allTitlesContain(prefix, 10, "curricul"), prefix.titles().toString());
    assertTrue(search("reinforcement lear").count() >= search("reinforcement learning").count());
  }

  @Test
  void nonsenseAndStopWordsFindNothing() {
    assertEquals(0, search("xyzzyqq").count());
    assertEquals(0, search("the of and").count());
    assertEquals(0, search("").count());
    // Words that are names of JavaScript's object methods are words like any other.
    for (String word : List.of("constructor", "__proto__", "hasOwnProperty", "toString")) {
      assertTrue(search(word).count() >= 0, word + ": " + search(word).titles());
    }
  }

  @Test
  void aQueryLoadsAFewPiecesOfTheIndexNotAllOfIt() throws Exception {
    driver.get(out.resolve("search.html").toUri() + "?q=curriculum+reasoning");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
    // The pieces the page holds (Resource Timing lists nothing from file://).
    @SuppressWarnings("unchecked")
    List<String> loaded =
        (List<String>) driver.executeScript("return Object.keys(self.SURVEYOR_SEARCH).sort();");
    long shards;
    try (var files = Files.list(out.resolve("assets/search"))) {
      shards = files.filter(f -> f.getFileName().toString().startsWith("s-")).count();
    }
    long used = loaded.stream().filter(n -> n.startsWith("s-")).count();
    assertTrue(used >= 2 && used <= 6, "shards loaded: " + loaded);
    assertTrue(shards > 20 * used, shards + " shards in all");
    // The query names two themes: their papers are found by membership, read from each theme's
    // own list of members, not from the facets (every paper's themes and year).
    List<String> themes = loaded.stream().filter(n -> n.matches("t-[0-9]+")).toList();
    assertEquals(2, themes.size(), "theme membership: " + loaded);
    assertTrue(loaded.stream().noneMatch(n -> n.equals("facets")), "no facets: " + loaded);
    long fragments = loaded.stream().filter(n -> n.startsWith("f-")).count();
    assertTrue(
        fragments >= 1 && fragments <= 20, "fragment files for the first 20 results: " + loaded);
    driver.get(out.resolve("search.html").toUri() + "?q=reward+model");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
    @SuppressWarnings("unchecked")
    List<String> plain =
        (List<String>) driver.executeScript("return Object.keys(self.SURVEYOR_SEARCH).sort();");
    assertTrue(plain.stream().noneMatch(n -> n.equals("facets")), "facets wait: " + plain);
    driver.get(out.resolve("search.html").toUri().toString());
  }

  @Test
  void aListFilterFindsWhatSearchFinds() { // issue 22, item 6
    // The entity counts a theme page shows beside "Most mentioned" are what its filter finds.
    driver.get(out.resolve("themes/reasoning.html").toUri().toString());
    List<Element> chips =
        site.page("themes/reasoning.html").select("a.chip[href^=../entities/]:has(.n)");
    assertTrue(chips.size() >= 3, "most mentioned entities: " + chips.size());
    for (Element chip : chips) { // GRPO among them: the issue's "2 of 206" against "17"
      String entity = chip.attr("href").replaceAll(".*/(.*)\\.html", "$1");
      String name = chip.ownText().trim();
      int count =
          Integer.parseInt(chip.selectFirst(".n").text().replaceAll("\\D", "")); // "· 17 papers"
      int shown = filtered("themes/reasoning.html", name);
      assertEquals(count, listMentions(name, shown), name);
      assertTrue(count <= mentions(entity));
    }
    int shown = filtered("papers.html", "LoRA");
    assertEquals(mentions("lora"), listMentions("LoRA", shown));
    assertEquals(search("LoRA").count(), shown, "the filter sees what search sees");
    assertEquals(
        search("curriculum reasoning").count(), filtered("papers.html", "curriculum reasoning"));
    driver.get(out.resolve("search.html").toUri().toString());
  }

  /** The search page's status line once it has answered {@code query}. */
  /**
   * What the search page shows for each of the first results: the title, the summary and, where
   * neither shows a word the query matched, a snippet of the abstract; each with the words marked.
   */
  private record Shown(String title, String snippet, List<String> marked) {}

  private static List<Shown> shown(String query) {
    driver.get(out.resolve("search.html").toUri() + "?q=" + query.replace(" ", "+"));
    // Snippets come with their abstracts, after the results: wait until every result is marked.
    String everyMarked =
        "var items = document.querySelectorAll('#search-results li');"
            + "return items.length > 0 && Array.from(items).every(li => li.querySelector('mark'));";
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(everyMarked)));
    } catch (org.openqa.selenium.TimeoutException e) {
      // asserted below, result by result
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items =
        (List<Map<String, Object>>)
            driver.executeScript(
                "return Array.from(document.querySelectorAll('#search-results li'), li => ({"
                    + " title: li.querySelector('.paper-title').textContent,"
                    + " snippet: (li.querySelector('.paper-snippet') || {}).textContent || '',"
                    + " marked: Array.from(li.querySelectorAll('mark'), m => m.textContent)}));");
    driver.get(out.resolve("search.html").toUri().toString());
    List<Shown> found = new ArrayList<>();
    for (Map<String, Object> item : items) {
      List<String> marked = new ArrayList<>();
      ((List<?>) item.get("marked")).forEach(m -> marked.add(String.valueOf(m)));
      found.add(
          new Shown(
              String.valueOf(item.get("title")), String.valueOf(item.get("snippet")), marked));
    }
    return found;
  }

  @Test
  void everyResultShowsWhyItMatched() { // review 8, section 5: "GRPO" 14 of 20 showed no GRPO
    for (String query : List.of("GRPO", "RLHF", "DPO", "low-rank", "soft prompt")) {
      List<Shown> found = shown(query);
      assertTrue(found.size() >= 3, query + ": " + found);
      for (Shown result : found) {
        assertTrue(!result.marked().isEmpty(), query + ": nothing marked in " + result);
      }
      assertTrue(
          found.stream().anyMatch(r -> !r.snippet().isEmpty()),
          query + ": the review's abstract-only matches have snippets");
    }
    // An entity found by another of its names is marked as written there: VerIPO's abstract
    // writes "Group Relative Policy Optimization (GRPO)".
    Shown verIpo =
        shown("GRPO").stream()
            .filter(r -> r.title().startsWith("VerIPO"))
            .findFirst()
            .orElseThrow();
    assertTrue(verIpo.snippet().startsWith("Abstract: "), verIpo.toString());
    assertTrue(
        verIpo.marked().stream()
            .anyMatch(m -> m.equalsIgnoreCase("Group Relative Policy Optimization")),
        verIpo.toString());
    // A snippet is a short part of the abstract, not all of it.
    for (Shown result : shown("low-rank")) {
      assertTrue(result.snippet().length() <= 300, result.toString());
    }
  }

  @Test
  void aSubtopicsNameFindsItsPapersFirstInAnyFormOfItsWords() { // review 8, section 5
    // "soft prompt" found 3 papers, not SoftCoT and RELIEF, which never write it but sit in PEFT's
    // "Soft prompts": a name a theme page shows a group under finds the group, as a theme's does.
    for (String query : List.of("soft prompt", "soft prompts", "soft-prompt", "Soft Prompts")) {
      List<String> found = all(query);
      List<String> group = subtopic("peft", "topic-soft-prompts");
      assertTrue(group.size() >= 3, group.toString());
      assertTrue(indexStarting(group, "SoftCoT") >= 0 && indexStarting(group, "RELIEF") >= 0);
      assertEquals(
          new java.util.TreeSet<>(group),
          new java.util.TreeSet<>(found.subList(0, Math.min(group.size(), found.size()))),
          query + ": " + found);
    }
    assertTrue(
        status("soft prompts")
            .startsWith(
                subtopic("peft", "topic-soft-prompts").size()
                    + " papers in the Soft prompts sub-topic of Parameter-efficient fine-tuning"),
        status("soft prompts"));
    // Every named group of every theme page, by its name as the page heads it.
    int checked = 0;
    java.util.Map<String, Integer> names = new java.util.HashMap<>();
    List<String[]> groups = new ArrayList<>();
    for (String theme : List.of("reasoning", "instruction-tuning", "curriculum", "peft", "other")) {
      for (Element heading :
          site.page("themes/" + theme + ".html").select("section.subtopic > h3")) {
        String id = heading.parent().id();
        if (id.equals("topic-ungrouped") || id.equals("topic-outside")) {
          continue;
        }
        String name = heading.ownText().trim();
        names.merge(name, 1, Integer::sum);
        groups.add(new String[] {theme, id, name});
      }
    }
    for (String[] g : groups) {
      if (names.get(g[2]) > 1) {
        continue; // a name two themes' groups share ("Curricula for instruction tuning")
      }
      List<String> group = subtopic(g[0], g[1]);
      List<String> found = all(g[2]);
      assertEquals(
          new java.util.TreeSet<>(group),
          new java.util.TreeSet<>(found.subList(0, Math.min(group.size(), found.size()))),
          g[2] + ": " + found);
      checked++;
    }
    assertTrue(checked >= 30, checked + " groups");
  }

  @Test
  void aSubtopicsNameOfSeveralWordsIsMentionedOnlyByPapersWritingItsWords()
      throws Exception { // search23
    // "soft prompt" listed A Sober Look at Progress in Language Model Reasoning 5th, counted among
    // the papers that mention it: "soft" began its "software-framework", and it writes "prompt
    // formatting". The papers after the group's now write both words as words.
    List<String> found = all("soft prompt");
    List<String> group = subtopic("peft", "topic-soft-prompts");
    assertTrue(found.size() > group.size(), found.toString());
    for (String title : found.subList(group.size(), found.size())) {
      assertTrue(text(title).matches("(?is).*\\bsoft\\b.*\\bprompt.*"), title);
    }
    assertEquals(-1, indexStarting(found, "A Sober Look"), found.toString());
    // the count line counts those papers only
    assertTrue(
        status("soft prompt")
            .matches(
                "(?s).*; "
                    + (found.size() - group.size())
                    + " more ha(s|ve) both words of \u201csoft prompt\u201d\\."),
        status("soft prompt"));
  }

  /** The titles a theme page lists under one of its sub-topics. */
  private static List<String> subtopic(String theme, String id) {
    return site.page("themes/" + theme + ".html").select("section#" + id + " .paper-title").stream()
        .map(Element::text)
        .toList();
  }

  @Test
  void aThemePagesFilterPointsToMatchesOutsideItAndShowsWhyItsOwnMatched() { // review 8, §6
    int all = search("GRPO").count();
    int shown = filtered("themes/reasoning.html", "GRPO");
    assertTrue(shown > 0 && shown < all, shown + " of " + all);
    var status = driver.findElement(By.className("list-status"));
    assertTrue(
        status
            .getText()
            .endsWith(" " + (all - shown) + " more outside Reasoning: search the whole survey."),
        status.getText());
    String href = status.findElement(By.linkText("search the whole survey")).getAttribute("href");
    assertTrue(href.endsWith("/search.html?q=GRPO"), href);
    // VerIPO's title and summary don't say GRPO; its abstract's words do, marked, below them.
    // Snippets load as their papers scroll into view: the reader scrolls to the list.
    driver.executeScript("document.querySelector('li.paper-item:not([hidden])').scrollIntoView();");
    String snippet = "document.querySelector('li.paper-item:not([hidden]) .paper-snippet')";
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> ((ChromeDriver) d).executeScript("return " + snippet) != null);
    @SuppressWarnings("unchecked")
    List<String> why =
        (List<String>)
            driver.executeScript(
                "var p = "
                    + snippet
                    + "; return [p.closest('li').querySelector('.paper-title')"
                    + ".textContent.trim(), p.textContent,"
                    + " Array.from(p.querySelectorAll('mark'), m => m.textContent).join('|')];");
    assertTrue(why.get(0).startsWith("VerIPO"), why.toString());
    assertTrue(why.get(2).contains("GRPO"), why.toString());
    // A list holding every paper has nothing outside it to point to.
    filtered("papers.html", "GRPO");
    assertTrue(
        !driver.findElement(By.className("list-status")).getText().contains("outside"),
        driver.findElement(By.className("list-status")).getText());
    driver.get(out.resolve("search.html").toUri().toString());
  }

  @Test
  void thePagingButtonSaysHowManyAreLeft() { // review 8, section 5: "Show 1 more of 1 remaining"
    int left = search("curriculum reasoning").count() - 20; // the review's query: 1 then
    assertTrue(left > 0 && left <= 20, left + " left");
    driver.get(out.resolve("search.html").toUri() + "?q=curriculum+reasoning");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("#search-results li")).size() == 20);
    assertEquals(
        left == 1 ? "Show the last one" : "Show the last " + left,
        driver.findElement(By.id("search-more")).getText());
    driver.get(out.resolve("search.html").toUri() + "?q=reasoning");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("#search-results li")).size() == 20);
    assertTrue(
        driver
            .findElement(By.id("search-more"))
            .getText()
            .matches("Show 20 more of [0-9,]+ remaining"),
        driver.findElement(By.id("search-more")).getText());
    driver.get(out.resolve("search.html").toUri().toString());
  }

  private static String status(String query) {
    driver.get(out.resolve("search.html").toUri() + "?q=" + query.replace(" ", "+"));
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
    String status = driver.findElement(By.id("search-status")).getText();
    driver.get(out.resolve("search.html").toUri().toString());
    return status;
  }

  @Test
  void aTypoSaysWhatWasSearchedNotThatPapersMentionTheTypo()
      throws Exception { // review 6, section 6
    int curriculum = inThemes("curriculum").size();
    int found = search("curriclum").count();
    assertEquals(search("curriculum").count(), found);
    assertEquals(
        curriculum
            + " papers in the Curriculum learning theme; "
            + (found - curriculum)
            + " more mention \u201ccurriculum\u201d (searched for \u201ccurriculum\u201d; no paper"
            + " has \u201ccurriclum\u201d).",
        status("curriclum"));
    assertTrue(
        status("instuction tuning").contains("of them mention \u201cinstruction tuning\u201d"),
        status("instuction tuning"));
  }

  @Test
  void aQueryNoPaperMatchesWhollyFindsThoseMatchingMostOfIt() { // review 9, section 11
    // No paper has "overoptimization": those with the other two words, ranked as those words
    // alone rank them, and said to match only part of the query.
    assertEquals(0, search("overoptimization").count());
    Found partial = search("reward model overoptimization");
    assertTrue(partial.count() > 10, partial.toString());
    assertEquals(search("model reward"), partial);
    assertEquals(
        "No paper has all three words of \u201creward model overoptimization\u201d; "
            + partial.count()
            + " have two of them.",
        status("reward model overoptimization"));
    // A theme page's filter says the same of the papers it shows.
    int shown = filtered("themes/reasoning.html", "reward model overoptimization");
    assertTrue(shown > 0 && shown < partial.count(), shown + " of " + partial.count());
    String said = driver.findElement(By.className("list-status")).getText();
    assertTrue(
        said.contains(
            " No paper has all three words of \u201creward model overoptimization\u201d; "
                + shown
                + " have two of them."),
        said);
    // One word that no paper has finds nothing, as before.
    assertEquals(0, search("xyzzyqq overoptimization").count());
    driver.get(out.resolve("search.html").toUri().toString());
  }

  @Test
  void aNamesPluralCountsInSearchAndOnItsEntityPageAlike() { // review 13
    // VerIPO writes "long chain-of-thoughts (CoTs)", Warm Up Before You Train "Long CoTs": both
    // were missed, here and on the entity page (4 of 6).
    Found found = search("long cot");
    assertEquals(mentions("long-cot"), found.count());
    assertEquals(found.count(), search("long chain-of-thought").count());
    assertTrue(found.titles().stream().anyMatch(t -> t.startsWith("VerIPO")), found.toString());
    assertTrue(
        found.titles().stream().anyMatch(t -> t.startsWith("Warm Up Before You Train")),
        found.toString());
  }

  @Test
  void aConnectiveBetweenTheThingsComparedIsNoWordToFind() { // review 13
    // "sft vs rl" said "No paper has all three words": "vs" and "versus" are read as stop words.
    Found found = search("sft rl");
    assertTrue(found.count() > 10, found.toString());
    assertEquals(found, search("sft vs rl"));
    assertEquals(found, search("SFT versus RL"));
    String status = status("sft vs rl");
    assertTrue(
        status.startsWith(found.count() + " papers have both words of \u201csft vs rl\u201d"),
        status);
  }

  @Test
  void aTitleHoldingAllButOneWordComesBeforeTextOnlyMatches() { // review 13
    // "math word problems": two surveys of reasoning writing all three words somewhere in their
    // abstracts came before the titles "... Solving Math Problems" and "... Grade-School Math
    // Problems"; those now join the list, after titles holding a word, before texts alone.
    Found found = search("math word problems");
    int improving =
        found.rank("Improving Large Language Model Fine-tuning for Solving Math Problems");
    int survey = found.rank("Reasoning with Large Language Models, a Survey");
    assertTrue(improving >= 0 && survey > improving, found.toString());
    assertTrue(
        found.rank(
                "Physics of Language Models: Part 2.2, How to Learn From Mistakes on Grade-School"
                    + " Math Problems")
            < survey,
        found.toString());
    assertTrue(
        status("math word problems")
            .matches(
                "\\d+ papers have all three words of \u201cmath word problems\u201d, \\d+ more"
                    + " have two of them in their titles; below them, \\d+ have two\\."),
        status("math word problems"));
  }

  @Test
  void aFilterFindingNothingOnItsPageStillSaysWhatItSearchedFor() { // review 9, section 11
    // "curriculm" on the PEFT page: the correction the Curriculum page's filter shows, in the
    // same words, though no PEFT paper matches.
    driver.get(out.resolve("themes/peft.html").toUri() + "?filter=curriculm");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.className("list-status")).getText().startsWith("No paper"));
    String peft = driver.findElement(By.className("list-status")).getText();
    String read = "(searched for \u201ccurriculum\u201d; no paper has \u201ccurriculm\u201d)";
    assertTrue(peft.startsWith("No paper matches " + read + ". Clear the filter"), peft);
    assertTrue(peft.contains(" more outside Parameter-efficient fine-tuning"), peft);
    filtered("themes/curriculum.html", "curriculm");
    String curriculum = driver.findElement(By.className("list-status")).getText();
    assertTrue(curriculum.contains(read), curriculum);
    driver.get(out.resolve("search.html").toUri().toString());
  }

  @Test
  void twoLettersSwappedAreOneTypo() throws Exception { // review 6: "lroa", "chain of thougth"
    assertEquals(mentions("lora"), search("lroa").exact());
    assertEquals(search("LoRA"), search("lroa"), "LoRAMoE too, by the name's longer words");
    assertEquals(search("chain of thought"), search("chain of thougth"));
    assertTrue(search("chain of thougth").count() > 50);
    assertTrue(status("lroa").startsWith(mentions("lora") + " papers mention \u201clora\u201d"));
  }

  /** How often a paper's title and abstract use a word's stem, per hundred words. */
  private static double density(String title, String stem) throws Exception {
    String text = text(title);
    int words = text.split("\\s+").length;
    int uses = text.split(java.util.regex.Pattern.quote(stem), -1).length - 1;
    return 100.0 * uses / words;
  }

  @Test
  void titleMatchesRankByHowMuchTheirTextsUseTheWord() throws Exception { // review 6, section 6
    // "reinforcement" is in about 60 titles; they listed alphabetically (Boosting, CARFT,
    // Efficient, ...), tied in a score of 16 steps. Ranked, the first five use the word more
    // than the median title match, and the titles are not in the site's order.
    List<String> all = all("reinforcement");
    int titled = 0;
    while (titled < all.size() && all.get(titled).toLowerCase(Locale.ROOT).contains("reinforc")) {
      titled++;
    }
    assertTrue(titled >= 20, "titles: " + titled);
    List<Double> densities = new ArrayList<>();
    for (String title : all.subList(0, titled)) {
      densities.add(density(title, "reinforc"));
    }
    List<Double> sorted = densities.stream().sorted().toList();
    double median = sorted.get(sorted.size() / 2);
    for (int i = 0; i < 5; i++) {
      assertTrue(densities.get(i) >= median, all.get(i) + ": " + densities.get(i) + " < " + median);
    }
    List<String> alphabetical = new ArrayList<>(all.subList(0, titled));
    alphabetical.sort(String.CASE_INSENSITIVE_ORDER);
    assertTrue(!alphabetical.subList(0, 5).equals(all.subList(0, 5)), all.toString());
  }

  @Test
  void anEntitysShortNameRanksItsOwnPapersFirst() throws Exception { // review 6: "o1"
    // "o1" is OpenAI o1's slug and alias: the query is the entity's, as "LoRA" is, and papers of
    // the entity's theme (Reasoning) come before a compiler paper naming GPT-o1 as a tool.
    Found o1 = search("o1");
    assertEquals(mentions("o1"), o1.exact());
    List<String> reasoning = inThemes("reasoning");
    for (String title : o1.titles().subList(0, 5)) {
      assertTrue(reasoning.contains(title), title);
    }
    int compiler = indexStarting(all("o1"), "Towards LLM-based optimization compilers");
    assertTrue(compiler >= 5, "the compiler paper at " + compiler);
  }

  @Test
  void aThemePagesFilterSaysAndOrdersWhatSearchDoes() throws Exception { // review 6: one framing
    driver.get(out.resolve("themes/reasoning.html").toUri() + "?filter=curriculum");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.className("list-status")).getText().startsWith("Showing"));
    String listStatus = driver.findElement(By.className("list-status")).getText();
    @SuppressWarnings("unchecked")
    List<String> listed =
        (List<String>)
            driver.executeScript(
                "return Array.from(document.querySelectorAll('#papers li.paper-item:not([hidden])"
                    + " .paper-title'), h => h.textContent.trim());");
    driver.get(out.resolve("search.html").toUri() + "?q=curriculum&theme=reasoning");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
    String searchStatus = driver.findElement(By.id("search-status")).getText();
    @SuppressWarnings("unchecked")
    List<String> searched =
        (List<String>)
            driver.executeScript(
                "return Array.from(document.querySelectorAll('#search-results .paper-title'),"
                    + " h => h.textContent.trim());");
    driver.get(out.resolve("search.html").toUri().toString());
    // "8 papers in the Curriculum learning theme; 3 more mention “curriculum” (Reasoning)."
    String line = searchStatus.replace(" (Reasoning).", ".");
    // The list then points to the papers outside the theme, which search with the facet leaves out.
    listStatus =
        listStatus.replaceFirst(" \\d+ more outside Reasoning: search the whole survey\\.$", "");
    assertTrue(listed.size() >= 5, listed.toString());
    assertTrue(listStatus.endsWith(" " + line), listStatus + " | " + searchStatus);
    assertEquals(
        searched.subList(0, Math.min(20, searched.size())),
        listed.subList(0, Math.min(20, listed.size())));
  }

  @Test
  void aThemeThatIsAnEntitySaysBothCounts()
      throws Exception { // review 6: 89 + 43 = 132 against "101 papers"
    int mentioned = mentions("instruction-tuning");
    int members = inThemesCount("instruction-tuning");
    Found found = search("instruction tuning");
    String status = status("instruction tuning");
    // review 7: the reader had to work out 58 + 43 = 101; now every figure says what it counts
    java.util.regex.Matcher said =
        java.util.regex.Pattern.compile(
                "(\\d+) papers in the Instruction tuning theme, (\\d+) of them mention"
                    + " \u201cinstruction tuning\u201d; (\\d+) more mention it outside the"
                    + " theme \\((\\d+) in all, as its entity page counts\\)\\.")
            .matcher(status);
    assertTrue(said.matches(), status);
    int inTheme = Integer.parseInt(said.group(1));
    int inThemeMentioning = Integer.parseInt(said.group(2));
    int outside = Integer.parseInt(said.group(3));
    assertEquals(members, inTheme);
    assertEquals(found.count() - members, outside);
    assertEquals(mentioned, Integer.parseInt(said.group(4)));
    assertEquals(mentioned, inThemeMentioning + outside, status);
    assertTrue(inThemeMentioning < inTheme, status);
  }

  private static int inThemesCount(String theme) {
    try {
      return inThemes(theme).size();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /**
   * How many of the papers a list shows its status says mention an entity: " 16 papers mention
   * “LoRA”;" (all it shows where no longer word was found).
   */
  private static int listMentions(String name, int shown) {
    String status = driver.findElement(By.className("list-status")).getText();
    // a name that is a theme's too says the total last: "(28 in all, as its entity page counts)"
    var total = java.util.regex.Pattern.compile("\\((\\d+) in all, as its entity").matcher(status);
    if (total.find()) {
      return Integer.parseInt(total.group(1));
    }
    var m =
        java.util.regex.Pattern.compile(
                "(\\d+) (?:papers? |of them )?mentions? \u201c"
                    + java.util.regex.Pattern.quote(name)
                    + "\u201d")
            .matcher(status);
    assertTrue(m.find(), status);
    int mentioned = Integer.parseInt(m.group(1));
    assertTrue(
        mentioned == shown || status.contains(" more contain") || status.contains(" theme"),
        "the rest are said: " + status);
    return mentioned;
  }

  /** How many papers a list page shows once its filter holds {@code words}. */
  private static int filtered(String page, String words) {
    driver.get(out.resolve(page).toUri() + "?filter=" + words.replace(" ", "+"));
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.className("list-status")).getText().startsWith("Showing"));
    return ((Number)
            driver.executeScript(
                "return document.querySelectorAll('#papers li.paper-item:not([hidden])').length"))
        .intValue();
  }

  @Test
  void aThemesNameSaysItsOtherPapersHaveItsWordsNotThatTheyWriteIt() { // issue 22
    // "77 more mention “efficient reasoning”": few of them write the phrase; the index knows each
    // paper has both words, not that it writes them side by side.
    String status = status("efficient reasoning");
    var m =
        java.util.regex.Pattern.compile(
                "^(\\d+) papers in the Efficient reasoning sub-topic of Reasoning; (\\d+) more"
                    + " have both words of \u201cefficient reasoning\u201d\\.$")
            .matcher(status);
    assertTrue(m.find(), status);
    int more = Integer.parseInt(m.group(2));
    // Of those more, how many write the phrase in their title or abstract.
    Number writing =
        (Number)
            driver.executeAsyncScript(
                "var done = arguments[0];"
                    + "SurveyorSearch.open().then(function (e) { return e.search('efficient"
                    + " reasoning').then(function (r) {"
                    + "  var docs = r.docs.filter(function (d) { return !r.themes.members[d]; });"
                    + "  return Promise.all([e.fragments(docs), e.abstracts(docs)]).then(function"
                    + " (both) {"
                    + "    done(docs.filter(function (d, i) { return /efficient[\\s-]+reasoning/i"
                    + "      .test(both[0][i].t + ' ' + both[1][i]); }).length); }); }); })"
                    + ".catch(function () { done(-1); });");
    assertEquals(more, search("efficient reasoning").count() - Integer.parseInt(m.group(1)));
    assertTrue(
        writing.intValue() >= 0 && writing.intValue() < more / 2,
        writing + " of " + more + " write the phrase: " + status);
    // one word is mentioned, as before
    assertTrue(status("curriculum").endsWith(" more mention \u201ccurriculum\u201d."));
  }

  @Test
  void aCountOfWordsNamesTheStopWordsItLeavesOut() { // issue 22
    // "rl vs sft generalization" said "all three words of" a query of four: "vs" is not searched.
    assertEquals(search("rl sft generalization"), search("rl vs sft generalization"));
    String status = status("rl vs sft generalization");
    assertTrue(
        status.matches(
            "^\\d+ papers have all three words of \u201crl vs sft generalization\u201d"
                + " \\(not counting \u201cvs\u201d(\\)[,;.]|; .*counting for \u201crl\u201d\\)[,;.]).*"),
        status);
    // nothing to say of a query without stop words
    assertFalse(status("rl sft generalization").contains("not counting"));
  }

  @Test
  void aCountOfPartsNamesThePartsWhereWordsTypedApartReadAsOne() { // issue 22
    // "long cot overthinking" said "both words of" a query of three: "long cot" reads as
    // "long-cot". The count names what it counted, as the reader typed it.
    String status = status("instruction following benchmark");
    assertTrue(
        status.matches(
            "^\\d+ papers have both \u201cinstruction following\u201d and \u201cbenchmark\u201d[,;.].*"),
        status);
    assertTrue(
        status("long cot overthinking")
            .startsWith("No paper has both \u201clong cot\u201d and \u201coverthinking\u201d;"),
        status("long cot overthinking"));
    // words read as typed keep the count of words
    assertTrue(
        status("long-cot overthinking")
            .startsWith("No paper has both words of \u201clong-cot overthinking\u201d;"),
        status("long-cot overthinking"));
  }

  @Test
  void aSynonymOfSeveralWordsCountsOnlyWhereItsWordsStandTogether() { // issue 22, item 12
    // "reinforcement learning" widens "rl": read as its words anywhere, it found CLIMB ("to
    // reinforce linguistic generalization", "learning") and Vocabulary Curriculum, 7th and 8th
    // for "curriculum rl". Papers writing the phrase (or "reinforcement finetuning") still count.
    Found found = search("curriculum rl");
    List<String> all = search("curriculum rl", found.count());
    assertTrue(
        all.stream().noneMatch(t -> t.startsWith("CLIMB") || t.contains("Vocabulary Curriculum")),
        all.toString());
    assertEquals(
        List.of(
            "Boosting the Generalization and Reasoning of Vision Language Models with Curriculum"
                + " Reinforcement Learning",
            "Efficient Reinforcement Finetuning via Adaptive Curriculum Learning"),
        found.titles().subList(0, 2));
    assertTrue(
        status("curriculum rl").contains("\u201creinforcement learning\u201d"),
        status("curriculum rl"));
  }

  @Test
  void anEntityNamedLikeAThemeIsTheThemeByEveryNameSearchFindsItBy() { // issue 22
    // "peft" gave the PEFT theme and 8 more, "parameter-efficient" 18 plain mentions: one thing
    // (the entity shares the theme's name) by two names, framed and counted apart.
    String theme = "Parameter-efficient fine-tuning theme";
    int members = inThemesCount("peft");
    Found peft = search("peft");
    String said = status("peft").replace("\u201cpeft\u201d", "\u201c\u201d");
    assertTrue(said.startsWith(members + " papers in the " + theme), said);
    assertTrue(said.contains("(" + mentions("peft") + " in all, as its entity page counts)"), said);
    for (String name :
        List.of(
            "PEFT",
            "parameter-efficient",
            "parameter-efficient fine-tuning",
            "Parameter efficient")) {
      assertEquals(peft.count(), search(name).count(), name);
      assertEquals(said, status(name).replace("\u201c" + name + "\u201d", "\u201c\u201d"), name);
    }
    // an alias that is a narrower thing is no name of the theme
    assertFalse(status("curriculum dpo").contains("theme"), status("curriculum dpo"));
  }

  @Test
  void aComparativeFindsItsBase() { // issue 22, item 12 (review20)
    // "shorter reasoning" found 2 papers: "shorter" was not read as "short" (Porter keeps them
    // apart), so CoT-Valve, which writes "short" reasoning paths, was missing.
    Found shorter = search("shorter reasoning");
    List<String> all = search("shorter reasoning", shorter.count());
    assertTrue(shorter.count() > 10, String.valueOf(shorter.count()));
    assertTrue(
        all.contains("CoT-Valve: Length-Compressible Chain-of-Thought Tuning"), all.toString());
    // the base is not widened to the comparative: "short" finds "shorter" only as a longer word
    assertTrue(search("short reasoning").count() >= shorter.count());
    // a base most papers hold is no widening: "large" of "large language models" for "larger"
    assertTrue(
        search("larger models").count() * 2 < search("large models").count(),
        search("larger models").count() + " of " + search("large models").count());
    // and ranks after the word as typed, as another form of a word does: VerIPO writes "faster",
    // LLM Post-Training only "fast-evolving"; neither title holds a word of the query
    Found faster = search("faster inference");
    int verIpo =
        faster.rank(
            "VerIPO: Cultivating Long Reasoning in Video-LLMs via Verifier-Gudied Iterative Policy"
                + " Optimization");
    int onlyFast =
        faster.rank("LLM Post-Training: A Deep Dive into Reasoning Large Language Models");
    assertTrue(verIpo >= 0 && onlyFast >= 0 && verIpo < onlyFast, faster.titles().toString());
  }
}
