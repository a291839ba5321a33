package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.analyze.TextAnalyzer;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Entity;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.render.OutputFile;
import dev.surveyor.render.SearchIndexScript;
import dev.surveyor.support.RealSurvey;
import dev.surveyor.text.SearchWords;
import dev.surveyor.view.SearchIndex.Shard;
import dev.surveyor.view.SearchIndex.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search index of the real survey, read back as the browser reads it: a word written as in a
 * paper leads, through its shard (and its stem's home shard), to postings that hold that paper.
 */
class SearchIndexTest {
  private static Survey survey;
  private static SearchIndex index;
  private static Map<String, Shard> shards;
  private static SearchIndexer.ShardKeys keys;

  @BeforeAll
  static void analyse() throws Exception {
    survey = RealSurvey.analysed();
    index = new SearchViews(new ViewContext(survey, new Diagnostics())).index();
    shards = new HashMap<>();
    index.shards().forEach(s -> shards.put(s.key(), s));
    keys = new SearchIndexer.ShardKeys(index.manifest().shards());
  }

  /** The papers a word leads to, as search-core.js follows it (exact form only). */
  private static Set<Integer> papers(String form) {
    Shard shard = shards.get(keys.of(form));
    Set<Integer> found = new HashSet<>();
    for (Object ref : shard.forms().getOrDefault(form, List.of())) {
      Term term;
      if (ref instanceof Integer n) {
        term = shard.terms().get(n);
      } else {
        Shard home = shards.get(keys.of((String) ref));
        term = home.terms().get((Integer) home.forms().get((String) ref).get(0));
      }
      found.addAll(docs(term));
    }
    return found;
  }

  /** Every paper a term holds: its scored postings, or with a common term its bits. */
  private static List<Integer> docs(Term term) {
    if (term.a() != null) {
      return Arrays.stream(SearchCodes.readBits(term.a())).boxed().toList();
    }
    return scored(term).keySet().stream().toList();
  }

  /** A term's scored postings: paper to score, in paper order. */
  private static Map<Integer, Integer> scored(Term term) {
    Map<Integer, Integer> scores = new java.util.TreeMap<>();
    int[] values = SearchCodes.read(term.p());
    List<Integer> docs = new ArrayList<>();
    int doc = -1;
    for (int i = 0; i < values.length; i += 2) {
      doc += values[i];
      scores.put(doc, values[i + 1]);
      assertTrue(
          values[i + 1] >= 1 && values[i + 1] <= SearchIndexer.TITLE_TOP,
          "a score within the term: " + term);
    }
    return scores;
  }

  /** The term a form leads to in shards, following a form to its stem's home shard. */
  private static Term termOf(String form, Map<String, Shard> in, SearchIndexer.ShardKeys keys) {
    Shard shard = in.get(keys.of(form));
    Object ref = shard.forms().get(form).get(0);
    if (ref instanceof String homeForm) {
      shard = in.get(keys.of(homeForm));
      ref = shard.forms().get(homeForm).get(0);
    }
    return shard.terms().get((Integer) ref);
  }

  @Test
  void anAliasItsAbbreviationSpellsOutIsAName() { // review 5: "low-rank adaptation" found 6 of 16
    assertTrue(SearchIndexer.spellsOut("low-rank adaptation", "LoRA"));
    assertTrue(SearchIndexer.spellsOut("Monte Carlo tree search", "MCTS"));
    assertTrue(!SearchIndexer.spellsOut("self-evolving curriculum", "Curriculum learning"));
    assertTrue(!SearchIndexer.spellsOut("rank adaptation", "LoRA"), "starts as it starts");
    assertTrue(!SearchIndexer.spellsOut("LoRA", "LoRA"), "one word is not spelled out");
  }

  @Test
  void theStartOfANameOfSeveralWordsLeadsToItsEntity() { // review 7, section 6: "low-rank"
    assertEquals(List.of("low rank"), SearchIndexer.nameStarts("low-rank adaptation"));
    assertEquals(
        List.of("group relative", "group relative policy"),
        SearchIndexer.nameStarts("Group Relative Policy Optimization"));
    assertEquals(List.of(), SearchIndexer.nameStarts("prefix tuning"), "one word is a word");
    assertEquals(List.of(), SearchIndexer.nameStarts("Fine-tune-CoT"), "a compound is not cut");
    Shard shard = shards.get(keys.of("low rank"));
    SearchIndex.Phrase start = shard.phrases().get("low rank").get(0);
    SearchIndex.Phrase name = shard.phrases().get("low rank adaptation").get(0);
    assertEquals(1, start.p(), "marked as a start");
    assertEquals(null, name.p());
    assertEquals(name.t(), start.t(), "the same entity's papers");
    assertEquals("lora", start.s(), "and the longer words its abbreviation begins");
    // every start of a name leads to one entity, and is no entity's name itself
    int starts = 0;
    for (Shard each : index.shards()) {
      for (var named : each.phrases().entrySet()) {
        if (named.getValue().stream().anyMatch(p -> p.p() != null)) {
          assertEquals(1, named.getValue().size(), named.getKey());
          starts++;
        }
      }
    }
    assertTrue(starts >= 5, "starts: " + starts);
  }

  @Test
  void aTermInTheSentenceSayingWhatThePaperDoesScoresMore() { // review 7, section 6
    // BudgetThinker's summary says "control over the length of their thought processes"; OctoMed
    // writes "reasoning trace lengths" in a later result. Both abstracts hold the stem twice.
    Term term = termOf("length", shards, keys);
    Map<Integer, Integer> scores = scored(term);
    int budget = numberTitled("BudgetThinker:");
    int octo = numberTitled("OctoMed:");
    assertTrue(
        survey.analysisOf(survey.papers().get(budget)).summary().contains("length")
            && !survey.analysisOf(survey.papers().get(octo)).summary().contains("length"));
    assertTrue(scores.get(budget) > scores.get(octo), scores.get(budget) + " " + scores.get(octo));
    // still within the abstract's band: a title holding the word outranks it
    assertTrue(scores.values().stream().filter(v -> v < SearchIndexer.TITLE_BAND).count() > 10);
  }

  @Test
  void aTermSaysWhichPapersHoldItOnlyInAModelsName() { // search23
    // "Reinforcement Learning for Reasoning in Small LLMs" writes "distill" only in
    // DeepSeek-R1-Distill-Qwen-1.5B, a checkpoint it trains; its summary names that checkpoint,
    // which gave it a tenth of the term's most. It is marked, scored as low as a score goes, and
    // a paper writing "distill" in its prose is not marked.
    Term term = termOf("distill", shards, keys);
    int small = numberTitled("Reinforcement Learning for Reasoning in Small LLMs");
    int teaching = numberTitled("Distilling Instruction-following Abilities");
    assertTrue(survey.papers().get(small).abstractText().contains("R1-Distill-Qwen"));
    Set<Integer> named = new HashSet<>();
    int doc = -1;
    for (int gap : SearchCodes.read(term.n())) {
      doc += gap;
      named.add(doc);
    }
    assertTrue(named.contains(small), named.toString());
    assertFalse(named.contains(teaching), named.toString());
    assertEquals(1, scored(term).get(small));
    // every marked paper holds the word, and no title writes it as prose
    assertTrue(scored(term).keySet().containsAll(named), named.toString());
    named.forEach(d -> assertTrue(scored(term).get(d) < SearchIndexer.TITLE_BAND));
  }

  private static int numberTitled(String start) {
    for (int i = 0; i < survey.papers().size(); i++) {
      if (survey.papers().get(i).title().startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError(start);
  }

  @Test
  void noEntityPostingRunsIntoTheClip() { // search25
    // An entity's postings had room for its home theme's boost but not for its summary's too: 40
    // reached the clip, and the 7 titles naming chain-of-thought at home whose summaries name it
    // tied at the top, listed alphabetically ("CARFT" first).
    int terms = 0;
    for (Shard shard : index.shards()) {
      for (List<SearchIndex.Phrase> named : shard.phrases().values()) {
        for (SearchIndex.Phrase p : named) {
          Term term = shard.terms().get(p.t());
          assertFalse(scored(term).containsValue(SearchIndexer.TITLE_TOP), term.toString());
          terms++;
        }
      }
    }
    assertTrue(terms > 100, "entity terms checked: " + terms);
    Shard shard = shards.get(keys.of("chain of thought"));
    Term cot = shard.terms().get(shard.phrases().get("chain of thought").get(0).t());
    List<Integer> titles =
        scored(cot).values().stream().filter(v -> v >= SearchIndexer.TITLE_BAND).toList();
    assertTrue(titles.size() > 10, titles.toString());
    int top = titles.stream().max(Integer::compare).orElseThrow();
    assertEquals(1, titles.stream().filter(v -> v == top).count(), titles.toString());
  }

  @Test
  void aTitleMatchScoresInItsOwnBand() {
    // The browser tells a title match from its score: every title score above every text one.
    assertEquals(SearchIndexer.TITLE_BAND - 1, SearchIndexer.score(1, false));
    assertEquals(1, SearchIndexer.score(0, false));
    assertEquals(SearchIndexer.TITLE_BAND, SearchIndexer.score(0, true));
    assertEquals(SearchIndexer.TITLE_TOP, SearchIndexer.score(1.5, true));
  }

  @Test
  void aCommonTermKeepsItsBestPostingsAndEveryPaperThatHoldsIt() {
    int head = 32; // as a survey of thousands keeps 1,024 of a word in most of its papers
    List<Shard> capped = new SearchIndexer(survey, head).shards();
    Map<String, Shard> byKey = new HashMap<>();
    capped.forEach(s -> byKey.put(s.key(), s));
    SearchIndexer.ShardKeys cappedKeys =
        new SearchIndexer.ShardKeys(capped.stream().map(Shard::key).toList());
    int common = 0;
    for (Shard shard : capped) {
      for (String form : shard.forms().keySet()) {
        Term term = termOf(form, byKey, cappedKeys);
        Term whole = termOf(form, shards, keys);
        assertEquals(whole.w(), term.w(), form);
        if (term.a() == null) {
          assertEquals(whole, term, form);
          continue;
        }
        common++;
        assertEquals(docs(whole), docs(term), form + ": every paper that holds it");
        Map<Integer, Integer> all = scored(whole);
        Map<Integer, Integer> best = scored(term);
        assertEquals(head, best.size(), form);
        best.forEach((doc, score) -> assertEquals(all.get(doc), score, form + " in " + doc));
        int least = best.values().stream().min(Integer::compare).orElseThrow();
        List<Integer> rest =
            all.entrySet().stream()
                .filter(e -> !best.containsKey(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        long mean = Math.round(rest.stream().mapToInt(i -> i).average().orElseThrow());
        assertEquals(Math.max(1, mean), (long) term.f(), form + ": the rest score their mean");
        int most = rest.stream().mapToInt(i -> i).max().orElseThrow();
        assertTrue(least >= most, form + ": the best are kept");
      }
    }
    assertTrue(common > 20, "common terms: " + common);
    Term model = termOf("models", byKey, cappedKeys);
    assertTrue(model.a() != null && docs(model).size() > survey.papers().size() / 3);
  }

  @Test
  void everyWordOfEveryTitleAbstractEntityAndOrganisationLeadsToItsPaper() {
    Set<String> stop = new HashSet<>(TextAnalyzer.stopWords());
    List<Paper> papers = survey.papers();
    // Each word's postings decoded once: common words recur in most of the 50,000 checks.
    Map<String, Set<Integer>> found = new HashMap<>();
    int checked = 0;
    for (int i = 0; i < papers.size(); i++) {
      Paper paper = papers.get(i);
      List<String> texts = new ArrayList<>(List.of(paper.title(), paper.abstractText()));
      survey.entities().of(paper).forEach(use -> texts.add(use.entity().name()));
      if (paper.organization() != null) {
        texts.add(paper.organization());
      }
      for (String text : texts) {
        // The whole abstract: its last words too, not only its first sentence.
        for (String word : SearchWords.of(text)) {
          if (!stop.contains(word)) {
            assertTrue(
                found.computeIfAbsent(word, SearchIndexTest::papers).contains(i),
                word + " does not find " + paper.slug());
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 50_000, "words checked: " + checked);
  }

  @Test
  void hyphenatedCompoundsAreWordsOfTheirOwnAndStemsMeet() {
    assertEquals(
        List.of("low", "rank", "lowrank", "adaptation"), SearchWords.of("Low-Rank adaptation"));
    assertEquals(List.of("gpt", "4o", "gpt4o"), SearchWords.of("GPT-4o"));
    assertEquals(List.of("naive", "resume"), SearchWords.of("naïve Résumé"));
    assertEquals(papers("fine-tuned".replace("-", "")), papers("finetuning"), "one stem, one term");
    assertTrue(papers("lowrank").size() > 5);
    assertTrue(papers("lowrank").size() < papers("rank").size());
  }

  @Test
  void anEntitysNamesLeadToExactlyThePapersThatMentionIt() {
    int entities = 0;
    for (Entity entity : survey.entities().entities()) {
      List<String> mentioning = survey.entities().papersMentioning(entity);
      if (mentioning.isEmpty()) {
        continue;
      }
      Set<Integer> expected = new HashSet<>();
      for (String slug : mentioning) {
        expected.add(number(slug));
      }
      for (String name : List.of(entity.name(), entity.shortName())) {
        String phrase = SearchWords.phrase(name);
        Shard shard = shards.get(keys.of(phrase));
        List<SearchIndex.Phrase> named = shard.phrases().get(phrase);
        assertTrue(named != null, name + " is not a phrase of shard " + shard.key());
        boolean found = false;
        for (SearchIndex.Phrase p : named) {
          found |= new HashSet<>(docs(shard.terms().get(p.t()))).equals(expected);
        }
        assertTrue(found, name + ": not the " + expected.size() + " papers its page lists");
      }
      entities++;
    }
    assertTrue(entities > 50, "entities checked: " + entities);
  }

  private static int number(String slug) {
    for (int i = 0; i < survey.papers().size(); i++) {
      if (survey.papers().get(i).slug().equals(slug)) {
        return i;
      }
    }
    throw new AssertionError(slug);
  }

  @Test
  void aTitleMatchOutranksMentionsInAbstracts() {
    // "GRPO" in the title of one paper, several times in the abstract of another without it.
    Shard shard = shards.get(keys.of("grpo"));
    Term term = shard.terms().get((Integer) shard.forms().get("grpo").get(0));
    int[] values = SearchCodes.read(term.p());
    int doc = -1;
    int titled = Integer.MAX_VALUE;
    int untitled = 0;
    for (int i = 0; i < values.length; i += 2) {
      doc += values[i];
      boolean inTitle = SearchWords.of(survey.papers().get(doc).title()).contains("grpo");
      if (inTitle) {
        titled = Math.min(titled, values[i + 1]);
      } else {
        untitled = Math.max(untitled, values[i + 1]);
      }
    }
    assertTrue(titled > untitled, "least title score " + titled + ", most without " + untitled);
  }

  @Test
  void shardsStayWithinTheirBudgetUnlessOneWordFillsThem() {
    List<OutputFile> files = SearchIndexScript.of(index);
    for (OutputFile file : files) {
      if (file.path().contains("/s-")) {
        String key = file.path().replaceAll(".*/s-(.*)\\.js", "$1");
        Shard shard =
            index.shards().stream()
                .filter(s -> SearchIndexScript.shardName(s.key()).equals("s-" + key))
                .findFirst()
                .orElseThrow();
        int words = shard.forms().size() + shard.phrases().size();
        assertTrue(
            file.bytes().length <= SearchIndexer.BUDGET * 1.3 || words == 1,
            file.path() + ": " + file.bytes().length + " bytes, " + words + " words");
      }
    }
    // The abstracts, loaded only for the results shown without a matched word, are the rest.
    long total =
        files.stream()
            .filter(f -> !f.path().contains("/a-"))
            .mapToLong(f -> f.bytes().length)
            .sum();
    assertTrue(total < 800_000, "the index without the abstracts: " + total + " bytes");
  }

  @Test
  void theAbstractFilesHoldEachPapersAbstractInPaperOrder() throws Exception {
    // A snippet shows the abstract's own words: the one a paper's page shows (a curator's, if any).
    List<Paper> papers = survey.papers();
    int per = index.manifest().excerpts();
    assertEquals((papers.size() + per - 1) / per, index.abstracts().size());
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (OutputFile file : SearchIndexScript.of(index)) {
      var name = java.util.regex.Pattern.compile(".*/a-(\\d+)\\.js").matcher(file.path());
      if (!name.matches()) {
        continue;
      }
      int n = Integer.parseInt(name.group(1));
      String script = new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8);
      var texts = json.readTree(script.substring(script.indexOf('=') + 1, script.lastIndexOf(';')));
      for (int k = 0; k < texts.size(); k++) {
        assertEquals(papers.get(n * per + k).abstractText(), texts.get(k).asText(), file.path());
      }
    }
  }

  @Test
  void twoBuildsWriteTheSameBytes() {
    SearchIndex again = new SearchViews(new ViewContext(survey, new Diagnostics())).index();
    List<OutputFile> a = SearchIndexScript.of(index);
    List<OutputFile> b = SearchIndexScript.of(again);
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).path(), b.get(i).path());
      assertTrue(Arrays.equals(a.get(i).bytes(), b.get(i).bytes()), a.get(i).path());
    }
  }

  @Test
  void filesStreamedAsTheBuildWritesThemHoldTheSameBytes() throws Exception {
    // The build streams each file's JSON as bytes; escaped non-ASCII must come out as the string
    // did.
    boolean escaped = false;
    for (int i = 0; i < SearchIndexScript.count(index); i++) {
      OutputFile file = SearchIndexScript.file(index, i);
      var out = new java.io.ByteArrayOutputStream();
      SearchIndexScript.write(index, i, out);
      assertTrue(Arrays.equals(file.bytes(), out.toByteArray()), file.path());
      escaped |=
          new String(file.bytes(), java.nio.charset.StandardCharsets.US_ASCII).contains("\\u");
    }
    assertTrue(escaped, "the real survey writes some character as an escape");
  }

  @Test
  void numbersRoundTripThroughTheirCharacters() {
    StringBuilder text = new StringBuilder();
    int[] values = {0, 1, 31, 32, 1023, 1024, 123_456, 4_000_000};
    for (int v : values) {
      SearchCodes.append(text, v);
    }
    assertTrue(Arrays.equals(values, SearchCodes.read(text.toString())));
    assertEquals(1, text.indexOf("B"), "numbers below 32 are one character");
  }

  @Test
  void facetsHoldEveryPapersThemesAndYear() {
    int[] values = SearchCodes.read(index.facets());
    assertEquals(2 * survey.papers().size(), values.length);
    List<String> themes = index.manifest().themes().stream().map(t -> t.slug()).toList();
    for (int i = 0; i < survey.papers().size(); i++) {
      Paper paper = survey.papers().get(i);
      int mask = 0;
      for (String slug : survey.themesOf(paper)) {
        mask |= 1 << themes.indexOf(slug);
      }
      assertEquals(mask, values[2 * i], paper.slug());
      Integer year = Facets.year(paper);
      assertEquals(
          year == null ? 0 : index.manifest().years().indexOf(year) + 1, values[2 * i + 1]);
    }
  }

  @Test
  void eachThemesMembersAreItsPapersExactly() {
    List<String> themes = index.manifest().themes().stream().map(t -> t.slug()).toList();
    assertEquals(themes.size() - 1, index.members().size(), "every theme but Other");
    int n = survey.papers().size();
    for (int t = 0; t < index.members().size(); t++) {
      SearchIndex.Members members = index.members().get(t);
      List<Integer> read = new ArrayList<>();
      if (members.a() != null) {
        Arrays.stream(SearchCodes.readBits(members.a())).forEach(read::add);
      } else {
        int doc = -1;
        for (int gap : SearchCodes.read(members.p())) {
          doc += gap;
          read.add(doc);
        }
      }
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (survey.themesOf(survey.papers().get(i)).contains(themes.get(t))) {
          expected.add(i);
        }
      }
      assertTrue(expected.size() > 0, themes.get(t));
      assertEquals(expected, read, themes.get(t));
      // Far smaller than the facets, which hold every paper.
      int chars = members.a() != null ? members.a().length() : members.p().length();
      assertTrue(chars <= (n + 5) / 6, themes.get(t) + ": " + chars);
    }
  }

  @Test
  void membersAreGapsOrBitsWhicheverIsShorter() {
    int[] few = {3, 40, 41, 900};
    SearchIndex.Members sparse = SearchCodes.members(few, few.length, 1000);
    assertEquals(null, sparse.a());
    assertTrue(Arrays.equals(new int[] {4, 37, 1, 859}, SearchCodes.read(sparse.p())));
    int[] most = new int[900];
    Arrays.setAll(most, i -> i + 50);
    SearchIndex.Members dense = SearchCodes.members(most, most.length, 1000);
    assertEquals(null, dense.p());
    assertTrue(Arrays.equals(most, SearchCodes.readBits(dense.a())));
  }

  @Test
  void aComparativeIsFoundAsItsBaseTooButNotAnAgentNoun() { // issue 22, item 12 (review20)
    // "shorter reasoning" found 2 papers: Porter keeps "shorter" apart from "short" (it strips
    // "-er" only from long stems), so CoT-Valve ("short") was missing. A comparative's form leads
    // to its base's postings as well as its own; the base does not lead to the comparative.
    for (String[] pair :
        new String[][] {
          {"shorter", "short"},
          {"smaller", "small"},
          {"smallest", "small"},
          {"easier", "easy"},
          {"bigger", "big"},
          {"faster", "fast"}
        }) {
      assertEquals(2, refs(pair[0]).size(), pair[0]);
      assertTrue(papers(pair[0]).containsAll(papers(pair[1])), pair[0]);
    }
    assertFalse(papers("short").containsAll(papers("shorter")), "the base is not widened");
    // nouns of "-er" (a plural, a verb's forms) and words of a closed class stay themselves
    // nor does a comparative whose base most papers hold ("large" of "large language models")
    for (String noun :
        List.of("teacher", "layer", "planner", "writer", "thinker", "after", "former", "larger")) {
      assertEquals(1, refs(noun).size(), noun);
    }
  }

  private static List<Object> refs(String form) {
    return shards.get(keys.of(form)).forms().get(form);
  }
}
