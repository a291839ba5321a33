package dev.surveyor.view;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Entity;
import dev.surveyor.model.EntityUse;
import dev.surveyor.model.Paper;
import dev.surveyor.model.SearchTerms;
import dev.surveyor.model.SearchTerms.PaperTerms;
import dev.surveyor.model.Survey;
import dev.surveyor.text.NameForms;
import dev.surveyor.text.SearchWords;
import dev.surveyor.view.SearchIndex.Phrase;
import dev.surveyor.view.SearchIndex.Shard;
import dev.surveyor.view.SearchIndex.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The term shards of the search index: every word of every paper's title, abstract, entity names,
 * authors, venue and organisation, stemmed at build time (Lucene's Porter, as the themes use), so
 * the browser needs no stemmer: it looks a word up as written and finds the stem's papers.
 *
 * <p>Scores are BM25's (k1 1.2, b 0.75) over the abstract and the other fields. Each posting keeps
 * its score within the term: 1 to {@value #TITLE_BAND} - 1 (one character) when only the text holds
 * the term, {@value #TITLE_BAND} to {@value #TITLE_TOP} (two characters) when the title does, so
 * the browser knows a title match from its score and ranks it above any number of mentions in an
 * abstract, and tells apart the many title matches of a common word by how much their texts hold it
 * (in 32 levels they tied, and listed in paper order, alphabetically). The browser reads a title
 * score as {@value #TITLE_BAND} to {@code 2 * TITLE_BAND - 1}, twice the text's at most. Within
 * either band a paper whose summary holds the term gains {@value #SUMMARY_BOOST}. The term's
 * inverse document frequency multiplies the score in the browser.
 *
 * <p>Shards are cut by word prefix: one shard while the words under a prefix fit {@link #BUDGET}
 * characters, else one per next letter, so a common prefix gets short shards and a rare one long. A
 * stem's postings live in the shard of its commonest written form; other forms point there.
 */
final class SearchIndexer {
  static final int BUDGET = 24_000;
  static final double K1 = 1.2;
  static final double B = 0.75;

  /** The lowest score of a posting whose paper's title holds the term. */
  static final int TITLE_BAND = 32;

  /** The highest score: a title score takes two characters however fine its steps. */
  static final int TITLE_TOP = 1023;

  private static final double MAX_LOCAL = K1 + 1;

  /**
   * At most what an entity's posting gains for a paper clearly in the entity's theme (the theme
   * holding most of its papers), reached at {@link #CLEAR} times the theme's threshold: a search
   * for "LoRA" lists the LoRA variants, PEFT papers, before papers naming LoRA once as their tool.
   * Within its band, so a title naming the entity still comes first.
   */
  static final double HOME_BOOST = 1.0;

  private static final double CLEAR = 3;

  /**
   * How many times its share of the survey a theme must hold of an entity's papers to be the
   * entity's home: its papers gather there, as LoRA's do in PEFT (6 of 16 against 16 of 469).
   */
  static final double CONCENTRATION = 1.5;

  /**
   * What a posting gains when the paper's summary, the sentence that says what it does, holds the
   * term: a word the paper is about ("control over the length of their thought processes") before
   * one its abstract mentions in passing ("varying reasoning trace lengths" in a paper on medical
   * data). Within its band, so a title holding the term still comes first.
   */
  static final double SUMMARY_BOOST = 1.0;

  /**
   * What an entity's posting gains when the lead of the paper's summary names the entity: the
   * paper's method is it (Learning Planning-based Reasoning "through direct preference
   * optimization"), where one using it as a stage names its own method there (VerIPO). Half a
   * word's boost: a summary that names an entity only as a baseline ("existing methods, including
   * GRPO, struggle") should not outweigh an abstract built around it. The term's most has room for
   * it, so a posting it lifts is not clipped to tie with others.
   */
  static final double ENTITY_SUMMARY_BOOST = 0.5;

  /** Postings a common term keeps with their scores: a first page, and more. */
  static final int HEAD = 1024;

  private final Survey survey;
  private final int head;

  SearchIndexer(Survey survey) {
    this(survey, HEAD);
  }

  /** An indexer that keeps at most {@code head} scored postings of a common term. */
  SearchIndexer(Survey survey, int head) {
    this.survey = survey;
    this.head = head;
  }

  List<Shard> shards() {
    SearchTerms words = survey.searchTerms();
    int n = words.papers().size();
    int[] lengths = words.papers().stream().mapToInt(PaperTerms::length).toArray();
    double average = Arrays.stream(lengths).average().orElse(1);
    Term[] stemTerms = stemTerms(words, lengths, average);
    Integer[] order = formsInOrder(words.forms());
    int[] home = HomeForms.of(words);
    withVariants(words, stemTerms, home);
    Map<String, List<EntityTerm>> phrases = entityPhrases(lengths, average, n);
    List<String> shardKeys = shardKeys(words, order, home, stemTerms, phrases);
    ShardKeys lookup = new ShardKeys(shardKeys);

    Map<String, ShardBuilder> builders = new TreeMap<>();
    shardKeys.forEach(key -> builders.put(key, new ShardBuilder(key)));
    List<String> formList = words.forms();
    int[] stemOf = words.stemOf();
    Map<String, Integer> formNumber = new HashMap<>(formList.size() * 2);
    for (int f = 0; f < formList.size(); f++) {
      formNumber.put(formList.get(f), f);
    }
    Map<String, String> bases = Comparatives.of(formList);
    int[] held = papersHolding(words);
    for (int f : order) {
      String form = formList.get(f);
      String at = lookup.of(form);
      ShardBuilder shard = builders.get(at);
      List<Object> refs = new ArrayList<>(2);
      refs.add(shard.ref(stemOf[f], words, stemTerms, home, lookup));
      // A comparative is found as its base too ("shorter" as "short"), not the base as it; a base
      // most papers hold ("large" of "large language models") says nothing "larger" asks.
      String base = bases.get(form);
      if (base != null
          && stemOf[formNumber.get(base)] != stemOf[f]
          && held[stemOf[formNumber.get(base)]] * 2 < n) {
        refs.add(shard.ref(stemOf[formNumber.get(base)], words, stemTerms, home, lookup));
      }
      shard.forms.put(form, List.copyOf(refs));
    }
    phrases.forEach(
        (phrase, named) -> {
          ShardBuilder shard = builders.get(lookup.of(phrase));
          List<Phrase> found = new ArrayList<>();
          for (EntityTerm t : named) {
            found.add(
                new Phrase(
                    shard.term("entity:" + t.slug(), t.term()),
                    t.cased(),
                    t.via(),
                    t.start() ? 1 : null,
                    t.written()));
          }
          shard.phrases.put(phrase, found);
        });
    return builders.values().stream().map(ShardBuilder::build).toList();
  }

  /** How many papers hold each stem. */
  private static int[] papersHolding(SearchTerms words) {
    int[] held = new int[words.stems().size()];
    for (PaperTerms paper : words.papers()) {
      for (int packed : paper.terms()) {
        held[PaperTerms.stem(packed)]++;
      }
    }
    return held;
  }

  /**
   * Marks in each stem's term the papers that hold it only in other forms than its home form, which
   * a query for the home form ranks after the papers writing it.
   */
  private static void withVariants(SearchTerms words, Term[] stemTerms, int[] home) {
    List<PaperTerms> papers = words.papers();
    int stems = stemTerms.length;
    int[] start = new int[stems + 1];
    for (PaperTerms paper : papers) {
      for (int stem : paper.variants()) {
        start[stem + 1]++;
      }
    }
    for (int s = 0; s < stems; s++) {
      start[s + 1] += start[s];
    }
    int[] docs = new int[start[stems]];
    int[] fill = Arrays.copyOf(start, stems);
    for (int doc = 0; doc < papers.size(); doc++) {
      for (int stem : papers.get(doc).variants()) {
        docs[fill[stem]++] = doc;
      }
    }
    List<String> forms = words.forms();
    for (int s = 0; s < stems; s++) {
      if (start[s + 1] > start[s]) {
        int[] some = Arrays.copyOfRange(docs, start[s], start[s + 1]);
        stemTerms[s] =
            stemTerms[s].withVariants(
                forms.get(home[s]), SearchCodes.members(some, some.length, papers.size()));
      }
    }
  }

  /** Each stem's scored postings, the stems scored on all cores. */
  private Term[] stemTerms(SearchTerms words, int[] lengths, double average) {
    List<SearchTerms.PaperTerms> papers = words.papers();
    int n = papers.size();
    int stemCount = words.stems().size();
    // The postings of every stem in one array, stem after stem, each in paper order.
    int[] start = new int[stemCount + 1];
    for (PaperTerms paper : papers) {
      for (int packed : paper.terms()) {
        start[PaperTerms.stem(packed) + 1]++;
      }
    }
    for (int s = 0; s < stemCount; s++) {
      start[s + 1] += start[s];
    }
    int[] postings = new int[start[stemCount]];
    int[] fill = Arrays.copyOf(start, stemCount);
    for (int doc = 0; doc < n; doc++) {
      for (int packed : papers.get(doc).terms()) {
        postings[fill[PaperTerms.stem(packed)]++] = doc << 9 | (packed & 511);
      }
    }
    int[][] summaries = summaryStems(words);
    Term[] stemTerms = new Term[stemCount];
    Cores.forEachIndex(
        stemCount,
        s ->
            stemTerms[s] =
                term(
                    postings,
                    start[s],
                    start[s + 1],
                    lengths,
                    average,
                    n,
                    head,
                    summaryBoosts(postings, start[s], start[s + 1], s, summaries),
                    SUMMARY_BOOST,
                    SUMMARY_BOOST,
                    null));
    return stemTerms;
  }

  /** Each paper's summary's stems, sorted: the stems of the forms its words are written in. */
  private int[][] summaryStems(SearchTerms words) {
    List<String> forms = words.forms();
    Map<String, Integer> formNumber = new HashMap<>(forms.size() * 2);
    for (int f = 0; f < forms.size(); f++) {
      formNumber.put(forms.get(f), f);
    }
    int[] stemOf = words.stemOf();
    List<Paper> papers = survey.papers();
    int[][] stems = new int[papers.size()][];
    Cores.forEachIndex(
        papers.size(),
        doc -> {
          List<String> said = SearchWords.of(survey.analysisOf(papers.get(doc)).summary());
          int[] found = new int[said.size()];
          int size = 0;
          for (String word : said) {
            Integer form = formNumber.get(SearchWords.fold(word));
            if (form != null) {
              found[size++] = stemOf[form];
            }
          }
          stems[doc] = Arrays.stream(found, 0, size).sorted().distinct().toArray();
        });
    return stems;
  }

  /**
   * What each of a stem's postings gains when its paper's summary holds the stem (see {@link
   * #SUMMARY_BOOST}), or null when no summary does.
   */
  private static double[] summaryBoosts(
      int[] postings, int from, int to, int stem, int[][] summaries) {
    double[] boosts = null;
    for (int k = from; k < to; k++) {
      if (Arrays.binarySearch(summaries[postings[k] >>> 9], stem) >= 0) {
        if (boosts == null) {
          boosts = new double[to - from];
        }
        boosts[k - from] = SUMMARY_BOOST;
      }
    }
    return boosts;
  }

  /** The written forms' indexes, in string order. */
  private static Integer[] formsInOrder(List<String> forms) {
    Integer[] order = new Integer[forms.size()];
    for (int f = 0; f < order.length; f++) {
      order[f] = f;
    }
    Arrays.sort(order, (a, b) -> forms.get(a).compareTo(forms.get(b)));
    return order;
  }

  /** The first key of each shard, cut from every form's and phrase's size in characters. */
  private static List<String> shardKeys(
      SearchTerms words,
      Integer[] order,
      int[] home,
      Term[] stemTerms,
      Map<String, List<EntityTerm>> phrases) {
    List<String> formList = words.forms();
    int[] stemOf = words.stemOf();
    TreeMap<String, Integer> sizes = new TreeMap<>();
    for (int f : order) {
      String form = formList.get(f);
      int size = form.length() + 8;
      if (home[stemOf[f]] == f) {
        size += stemTerms[stemOf[f]].size() + 16;
      }
      sizes.put(form, size);
    }
    phrases.forEach(
        (phrase, named) ->
            sizes.merge(
                phrase,
                named.stream().mapToInt(t -> phrase.length() + 16 + t.term().size()).sum(),
                Integer::sum));
    List<String> keys = new ArrayList<>(sizes.keySet());
    int[] size = keys.stream().mapToInt(sizes::get).toArray();
    List<String> shardKeys = new ArrayList<>();
    split("", keys, size, 0, keys.size(), shardKeys);
    return shardKeys;
  }

  List<String> stopWords() {
    return survey.searchTerms().stop();
  }

  /** Cuts the sorted keys from {@code from} to {@code to}, all starting with {@code prefix}. */
  private static void split(
      String prefix, List<String> keys, int[] size, int from, int to, List<String> out) {
    if (from == to) {
      return;
    }
    long total = 0;
    for (int i = from; i < to; i++) {
      total += size[i];
    }
    if (total <= BUDGET || to - from == 1) {
      out.add(prefix);
      return;
    }
    int i = from;
    if (keys.get(i).equals(prefix)) { // the word that is the prefix itself keeps its own shard
      out.add(prefix);
      i++;
    }
    while (i < to) {
      char next = keys.get(i).charAt(prefix.length());
      int end = i;
      while (end < to && keys.get(end).charAt(prefix.length()) == next) {
        end++;
      }
      split(prefix + next, keys, size, i, end, out);
      i = end;
    }
  }

  /** The shard a key belongs to: the longest shard key it starts with. */
  static final class ShardKeys {
    private final Set<String> keys;

    ShardKeys(List<String> keys) {
      this.keys = new HashSet<>(keys);
    }

    String of(String word) {
      for (int end = word.length(); end >= 0; end--) {
        if (keys.contains(word.substring(0, end))) {
          return word.substring(0, end);
        }
      }
      throw new IllegalStateException("no shard holds " + word);
    }
  }

  private static final class ShardBuilder {
    final String key;
    final Map<String, List<Object>> forms = new TreeMap<>();
    final Map<String, List<Phrase>> phrases = new TreeMap<>();
    final List<Term> terms = new ArrayList<>();
    final Map<String, Integer> numbers = new HashMap<>();

    ShardBuilder(String key) {
      this.key = key;
    }

    /** The term's number in this shard, added on first use (forms come in sorted order). */
    int term(String name, Term term) {
      return numbers.computeIfAbsent(
          name,
          k -> {
            terms.add(term);
            return terms.size() - 1;
          });
    }

    /**
     * A stem's postings as a form of this shard refers to them: its term's number, if here, else
     * its home form.
     */
    Object ref(int stem, SearchTerms words, Term[] stemTerms, int[] home, ShardKeys lookup) {
      String homeForm = words.forms().get(home[stem]);
      return lookup.of(homeForm).equals(key)
          ? term(words.stems().get(stem), stemTerms[stem])
          : homeForm;
    }

    Shard build() {
      return new Shard(key, forms, terms, phrases);
    }
  }

  /** A growable list of an entity's postings, each packed as paper, count and title bit. */
  private static final class Postings {
    int[] packed = new int[4];
    int size;

    void add(int posting) {
      if (size == packed.length) {
        packed = Arrays.copyOf(packed, size * 2);
      }
      packed[size++] = posting;
    }
  }

  /**
   * @param start whether the phrase only begins one of the entity's names
   * @param written every way a paper may write the entity (its aliases and names), to mark
   */
  private record EntityTerm(
      String slug, String cased, Term term, String via, boolean start, List<String> written) {}

  /**
   * Every way the entity matcher finds the entity written, so a result's snippet marks "Group
   * Relative Policy Optimization" for "GRPO": its aliases, short name and name without the
   * parenthesis ("Chain-of-thought" of "Chain-of-thought (CoT)").
   */
  private static List<String> written(Entity entity) {
    Set<String> written = new TreeSet<>(entity.aliases());
    written.add(entity.shortName());
    int open = entity.name().lastIndexOf(" (");
    written.add(open > 0 ? entity.name().substring(0, open) : entity.name());
    return List.copyOf(written);
  }

  /**
   * Every entity's names as a query writes them (its name, the abbreviation it ends with, the name
   * without it), each with the papers that mention it.
   */
  private Map<String, List<EntityTerm>> entityPhrases(int[] lengths, double average, int n) {
    Map<String, Integer> number = new HashMap<>();
    List<Paper> papers = survey.papers();
    for (int i = 0; i < papers.size(); i++) {
      number.put(papers.get(i).slug(), i);
    }
    Map<String, Postings> byEntity = new TreeMap<>();
    for (int i = 0; i < papers.size(); i++) {
      for (EntityUse use : survey.entities().of(papers.get(i))) {
        byEntity
            .computeIfAbsent(use.entity().slug(), s -> new Postings())
            .add(i << 9 | PaperTerms.pack(0, use.count(), use.inTitle()));
      }
    }
    Map<String, List<EntityTerm>> phrases = new TreeMap<>();
    Map<String, Map<String, EntityTerm>> starts = new TreeMap<>();
    Map<String, Map<String, EntityTerm>> forms = new TreeMap<>();
    Standing standing = Standing.of(survey);
    EntityFields fields = byEntity.isEmpty() ? null : new EntityFields(survey);
    for (Entity entity : survey.entities().entities()) {
      Postings postings = byEntity.get(entity.slug());
      if (postings == null) {
        continue;
      }
      Set<String> names = names(entity);
      List<String> spelled =
          entity.aliases().stream().filter(alias -> spellsOut(alias, entity.shortName())).toList();
      Term term = entityTerm(entity, postings, names, standing, fields, lengths, average, n);
      // Such a name finds what the abbreviation finds, longer words it begins too ("LoRAMoE").
      String abbreviation = SearchWords.phrase(entity.shortName());
      boolean begins =
          !entity.caseSensitive() && abbreviation.length() >= 4 && !abbreviation.contains(" ");
      Map<String, EntityTerm> mine = new TreeMap<>();
      List<String> written = written(entity);
      for (String name : names) {
        String phrase = SearchWords.phrase(name);
        if (phrase.isEmpty()) {
          continue;
        }
        String cased = entity.caseSensitive() ? SearchWords.casedPhrase(name) : null;
        // Two case-sensitive spellings that fold alike: either matches.
        EntityTerm before = mine.get(phrase);
        if (before != null && before.cased() != null && cased != null) {
          cased = before.cased() + "|" + cased;
        } else if (before != null) {
          cased = null;
        }
        String via = begins && spelled.contains(name) ? abbreviation : null;
        mine.put(phrase, new EntityTerm(entity.slug(), cased, term, via, false, written));
      }
      mine.forEach((phrase, t) -> phrases.computeIfAbsent(phrase, p -> new ArrayList<>()).add(t));
      if (!entity.caseSensitive()) { // "reward models" and "reward modeling" name it too
        for (String name : names) {
          EntityTerm t = mine.get(SearchWords.phrase(name));
          for (String form : t == null ? List.<String>of() : NameForms.of(name)) {
            forms
                .computeIfAbsent(SearchWords.phrase(form), f -> new TreeMap<>())
                .putIfAbsent(t.slug(), t);
          }
        }
      }
      if (!entity.caseSensitive()) { // a name matched only as written has no start to type
        for (String name : names) {
          EntityTerm t = mine.get(SearchWords.phrase(name));
          for (String start : t == null ? List.<String>of() : nameStarts(name)) {
            starts
                .computeIfAbsent(start, s -> new TreeMap<>())
                .putIfAbsent(
                    t.slug(), new EntityTerm(t.slug(), null, t.term(), t.via(), true, t.written()));
          }
        }
      }
    }
    // A name's other form names the entity when it is no entity's name and only its form.
    forms.forEach(
        (form, named) -> {
          if (named.size() == 1 && !phrases.containsKey(form)) {
            phrases.put(form, List.copyOf(named.values()));
          }
        });
    // A name's start names the entity when it is no entity's name and begins only its names.
    starts.forEach(
        (start, named) -> {
          if (named.size() == 1 && !phrases.containsKey(start)) {
            phrases.put(start, List.copyOf(named.values()));
          }
        });
    return phrases;
  }

  /**
   * An entity's postings: BM25 over its mentions, with what the paper's standing in the entity's
   * theme adds ({@link #HOME_BOOST}) and what its summary's lead naming the entity adds ({@link
   * #ENTITY_SUMMARY_BOOST}); a title writing most of its spelled-out name counts as a title below
   * those naming it ({@link EntityFields}).
   */
  private Term entityTerm(
      Entity entity,
      Postings postings,
      Set<String> names,
      Standing standing,
      EntityFields fields,
      int[] lengths,
      double average,
      int n) {
    double[] boosts = homeBoosts(postings, standing);
    // Every entity's postings are scored out of the most one may take, home or not, so a summary
    // naming the entity lifts a paper without running into the clip (without that room, the
    // titles naming reinforcement learning whose summaries name it tied at the top). The summary's
    // boost goes beyond that room: what boosts add above the most mentions give is squeezed into
    // it (search25: 40 postings reached the clip, and the 7 titles naming chain-of-thought at home
    // whose summaries name it tied at the top, listed alphabetically).
    double most = HOME_BOOST;
    List<String> phrases = EntityFields.summaryPhrases(entity, written(entity));
    List<int[]> spelledOut = fields.nameStems(names);
    boolean[] partly = null;
    for (int k = 0; k < postings.size; k++) {
      int doc = postings.packed[k] >>> 9;
      if (fields.inSummary(doc, phrases, entity.caseSensitive())) {
        boosts = boosts == null ? new double[postings.size] : boosts;
        boosts[k] += ENTITY_SUMMARY_BOOST;
      }
      if ((postings.packed[k] & 1) == 0 && fields.partlyInTitle(doc, spelledOut)) {
        partly = partly == null ? new boolean[postings.size] : partly;
        partly[k] = true;
      }
    }
    return term(
        postings.packed,
        0,
        postings.size,
        lengths,
        average,
        n,
        head,
        boosts,
        most,
        HOME_BOOST + ENTITY_SUMMARY_BOOST,
        partly);
  }

  /**
   * The names a query finds an entity by, as its page goes by them, not every alias: "self-evolving
   * curriculum", an alias of curriculum learning, is a search for that phrase, not for all of
   * curriculum learning.
   */
  static Set<String> names(Entity entity) {
    Set<String> names = new java.util.LinkedHashSet<>();
    names.add(entity.name());
    names.add(entity.shortName());
    int open = entity.name().lastIndexOf(" (");
    if (open > 0 && entity.name().endsWith(")")) {
      names.add(entity.name().substring(0, open));
    }
    // An alias written as the entity's slug is its short name too ("o1" for OpenAI o1), so
    // that query ranks the entity's own papers first, as "LoRA" does.
    String slugPhrase = SearchWords.phrase(entity.slug().replace('-', ' '));
    entity.aliases().stream()
        .filter(alias -> SearchWords.phrase(alias).equals(slugPhrase))
        .forEach(names::add);
    // An alias its abbreviation stands for is another name ("low-rank adaptation" for LoRA).
    entity.aliases().stream()
        .filter(alias -> spellsOut(alias, entity.shortName()))
        .forEach(names::add);
    return names;
  }

  /**
   * The starts of a name, cut where it has a space, that are two words or more as a query writes
   * them ("low rank" of "low-rank adaptation"): a reader typing the start of a name, or writing its
   * compound alone, means the entity. One word alone ("low", "group") is a word, not a name, and a
   * name's compound is not cut ("fine tune" is not a start of "Fine-tune-CoT").
   */
  static List<String> nameStarts(String name) {
    String whole = SearchWords.phrase(name);
    List<String> starts = new ArrayList<>();
    for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
      String start = SearchWords.phrase(name.substring(0, space));
      if (start.indexOf(' ') > 0 && !start.equals(whole) && !starts.contains(start)) {
        starts.add(start);
      }
    }
    return starts;
  }

  /**
   * Whether a name of several words is what an abbreviation stands for: the abbreviation starts
   * with the name's first letter and holds each word's first letter in order ("low-rank
   * adaptation", "LoRA"; "Monte Carlo tree search", "MCTS").
   */
  static boolean spellsOut(String name, String abbreviation) {
    List<String> words = List.of(SearchWords.phrase(name).split(" "));
    String letters = SearchWords.phrase(abbreviation);
    if (words.size() < 2 || letters.isEmpty() || letters.contains(" ")) {
      return false;
    }
    if (words.get(0).isEmpty() || letters.charAt(0) != words.get(0).charAt(0)) {
      return false;
    }
    int at = 1;
    for (int w = 1; w < words.size(); w++) {
      at = letters.indexOf(words.get(w).charAt(0), at) + 1;
      if (at == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * What each of an entity's postings gains for its paper's standing in the entity's theme (see
   * {@link #HOME_BOOST}), or null where no theme holds more of its papers than every other.
   */
  private double[] homeBoosts(Postings postings, Standing standing) {
    int[] held = new int[standing.themes];
    for (int k = 0; k < postings.size; k++) {
      int mask = standing.masks[postings.packed[k] >>> 9];
      for (int t = 0; mask != 0; t++, mask >>>= 1) {
        held[t] += mask & 1;
      }
    }
    int home = -1;
    int most = 0;
    boolean tie = false;
    for (int t = 0; t < held.length; t++) {
      if (held[t] > most) {
        home = t;
        most = held[t];
        tie = false;
      } else if (held[t] == most) {
        tie = true;
      }
    }
    // A theme the entity's papers are no likelier to be in than any paper is not its home: the
    // survey's largest theme holds most entities' papers by its size alone (search22: DPO's 15
    // papers are 6 in Reasoning, which holds 206 of 469, so a Reasoning paper naming DPO once
    // came before the paper evaluating DPO and its variants).
    if (home < 0 || tie || (double) most / postings.size < CONCENTRATION * standing.share[home]) {
      return null;
    }
    double[] boosts = new double[postings.size];
    for (int k = 0; k < postings.size; k++) {
      boosts[k] = HOME_BOOST * standing.clear[postings.packed[k] >>> 9][home];
    }
    return boosts;
  }

  /**
   * Each paper's themes (bits in theme order) and, for each theme it is a member of, how clearly:
   * its score's share of {@link #CLEAR} times the theme's threshold, at most 1; and each theme's
   * share of the papers. Read once for all entities instead of once per posting.
   */
  private record Standing(int themes, int[] masks, double[][] clear, double[] share) {
    static Standing of(Survey survey) {
      Map<String, Integer> bit = new HashMap<>();
      for (int t = 0; t < survey.themes().size(); t++) {
        bit.put(survey.themes().get(t).slug(), t);
      }
      List<Paper> papers = survey.papers();
      int[] masks = new int[papers.size()];
      double[][] clear = new double[papers.size()][];
      for (int doc = 0; doc < papers.size(); doc++) {
        Paper paper = papers.get(doc);
        for (String slug : survey.themesOf(paper)) {
          masks[doc] |= 1 << bit.get(slug);
        }
        clear[doc] = new double[bit.size()];
        for (Assignment a : survey.assignmentsOf(paper)) {
          Integer t = bit.get(a.theme());
          if (a.member() && t != null) {
            clear[doc][t] = Math.max(0, Math.min(1, a.score() / (CLEAR * a.threshold())));
          }
        }
      }
      double[] share = new double[bit.size()];
      for (int mask : masks) {
        for (int t = 0; mask != 0; t++, mask >>>= 1) {
          share[t] += mask & 1;
        }
      }
      for (int t = 0; t < share.length; t++) {
        share[t] /= Math.max(1, papers.size());
      }
      return new Standing(bit.size(), masks, clear, share);
    }
  }

  /**
   * The postings as text, with BM25 scores within the term and its inverse document frequency. A
   * term in most papers keeps its {@code head} best-scored postings and, for the rest, only which
   * papers hold it and their mean score, when that is shorter: BM25 gives such a term little
   * weight, and a query of common words then loads a few kilobytes per word, not a posting per
   * paper. {@code partlyTitled}, when not null, marks the postings whose title writes most of an
   * entity's name: they take the title band's lower half, the titles naming it whole the upper.
   * {@code mostBoost} is the room the scores leave for boosts, {@code boosted} the most they add:
   * where that is more, what boosts add above the most mentions give is scaled to fit the room, so
   * the scores mentions alone give are kept and no boosted one is clipped to tie with another.
   */
  private static Term term(
      int[] postings,
      int from,
      int to,
      int[] lengths,
      double average,
      int n,
      int head,
      double[] boosts,
      double mostBoost,
      double boosted,
      boolean[] partlyTitled) {
    double most = MAX_LOCAL + mostBoost;
    double squeeze = mostBoost / Math.max(mostBoost, boosted);
    int df = to - from;
    double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    int weight = (int) Math.round(idf * 100);
    short[] scores = new short[df];
    StringBuilder named = new StringBuilder();
    int lastNamed = -1;
    for (int k = 0; k < df; k++) {
      int packed = postings[from + k];
      int doc = packed >>> 9;
      int count = (packed >>> 1) & 255;
      boolean title = (packed & 1) == 1;
      // held but never counted: the term is only a part of a model's name in the paper, which
      // gains nothing from a summary naming the model either
      boolean nameOnly = count == 0 && !title;
      if (nameOnly) {
        SearchCodes.append(named, doc - lastNamed);
        lastNamed = doc;
      }
      double norm = K1 * (1 - B + B * lengths[doc] / average);
      double local =
          nameOnly ? 0 : count * (K1 + 1) / (count + norm) + (boosts == null ? 0 : boosts[k]);
      local = local > MAX_LOCAL ? MAX_LOCAL + (local - MAX_LOCAL) * squeeze : local;
      double share = local / most;
      if (partlyTitled != null) {
        // Titles writing the name whole in the band's upper half, those writing most of it below.
        share = title ? 0.5 + 0.5 * Math.min(1, share) : partlyTitled[k] ? 0.5 * share : share;
        title |= partlyTitled[k];
      }
      scores[k] = (short) score(share, title);
    }
    String all = encode(postings, from, scores, -1, Integer.MAX_VALUE);
    String nameOnly = named.isEmpty() ? null : named.toString();
    if (df <= head) {
      return new Term(weight, all, null, null, nameOnly);
    }
    // The head: every posting scored above the threshold, then those at it in paper order.
    int[] atScore = new int[TITLE_TOP + 1];
    for (short score : scores) {
      atScore[score]++;
    }
    int threshold = TITLE_TOP;
    int above = 0;
    while (above + atScore[threshold] < head) {
      above += atScore[threshold--];
    }
    String best = encode(postings, from, scores, threshold, head - above);
    long restSum = 0;
    int[] docs = new int[df];
    int taken = 0;
    for (int k = 0; k < df; k++) {
      docs[k] = postings[from + k] >>> 9;
      boolean inHead = scores[k] > threshold || (scores[k] == threshold && taken++ < head - above);
      if (!inHead) {
        restSum += scores[k];
      }
    }
    String bits = SearchCodes.bits(docs, df, n);
    if (best.length() + bits.length() >= all.length()) {
      return new Term(weight, all, null, null, nameOnly);
    }
    // The rest score their mean: which of them scores more is lost, not how much they score.
    int rest = (int) Math.max(1, Math.round((double) restSum / (df - head)));
    return new Term(weight, best, bits, rest, nameOnly);
  }

  /** A posting's score: its share of the most a term gives, in its band. */
  static int score(double share, boolean title) {
    double within = Math.max(0, Math.min(1, share));
    return title
        ? TITLE_BAND + (int) Math.round(within * (TITLE_TOP - TITLE_BAND))
        : 1 + (int) Math.round(within * (TITLE_BAND - 2));
  }

  /**
   * Postings as gaps and scores: all of them ({@code threshold} -1), or those scored above {@code
   * threshold} and the first {@code atThreshold} scored at it.
   */
  private static String encode(
      int[] postings, int from, short[] scores, int threshold, int atThreshold) {
    StringBuilder out = new StringBuilder(scores.length * 3);
    int previous = -1;
    for (int k = 0; k < scores.length; k++) {
      if (scores[k] < threshold || (scores[k] == threshold && atThreshold-- <= 0)) {
        continue;
      }
      int doc = postings[from + k] >>> 9;
      SearchCodes.append(out, doc - previous);
      SearchCodes.append(out, scores[k]);
      previous = doc;
    }
    return out.toString();
  }
}
