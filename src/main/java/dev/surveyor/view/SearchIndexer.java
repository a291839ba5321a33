package dev.surveyor.view;

import dev.surveyor.analyze.TextAnalyzer;
import dev.surveyor.concurrent.Cores;
import dev.surveyor.model.Entity;
import dev.surveyor.model.EntityUse;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
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

/**
 * The term shards of the search index: every word of every paper's title, abstract, entity names,
 * authors, venue and organisation, stemmed at build time (Lucene's Porter, as the themes use), so
 * the browser needs no stemmer: it looks a word up as written and finds the stem's papers.
 *
 * <p>Scores are BM25's (k1 1.2, b 0.75) over the abstract and the other fields, plus a title boost
 * of {@link #TITLE_BOOST} when the title holds the term, so a title match outranks any number of
 * mentions in an abstract. Each posting keeps its score within the term in five bits; the term's
 * inverse document frequency multiplies it in the browser.
 *
 * <p>Shards are cut by word prefix: one shard while the words under a prefix fit {@link #BUDGET}
 * characters, else one per next letter, so a common prefix gets short shards and a rare one long. A
 * stem's postings live in the shard of its commonest written form; other forms point there.
 */
final class SearchIndexer {
  static final int BUDGET = 24_000;
  static final double K1 = 1.2;
  static final double B = 0.75;
  static final double TITLE_BOOST = 2.0;
  private static final double MAX_LOCAL = K1 + 1 + TITLE_BOOST;
  private static final int CHUNK = 256;

  private final Survey survey;
  private final TextAnalyzer analyzer = new TextAnalyzer();
  private final Set<String> stop = new HashSet<>(TextAnalyzer.stopWords());

  SearchIndexer(Survey survey) {
    this.survey = survey;
  }

  /** One paper's words: its terms with their counts (in the title or not), and its length. */
  private record DocWords(int length, String[] stems, int[] counts, boolean[] title) {}

  /** The papers of a slice, and how often each form was written in them. */
  private record Chunk(List<DocWords> docs, Map<String, int[]> forms) {}

  /** A growable list of postings, each packed as paper, count (capped) and title bit. */
  private static final class Postings {
    int[] packed = new int[4];
    int size;

    void add(int doc, int count, boolean title) {
      if (size == packed.length) {
        packed = Arrays.copyOf(packed, size * 2);
      }
      packed[size++] = doc << 9 | Math.min(count, 255) << 1 | (title ? 1 : 0);
    }
  }

  List<Shard> shards() {
    List<Paper> papers = survey.papers();
    int n = papers.size();
    List<Chunk> chunks =
        Cores.mapIndices(
            (n + CHUNK - 1) / CHUNK,
            c -> {
              List<DocWords> docs = new ArrayList<>();
              Map<String, int[]> forms = new HashMap<>();
              Map<String, String> stems = new HashMap<>();
              for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
                docs.add(words(papers.get(i), forms, stems));
              }
              return new Chunk(docs, forms);
            });
    Map<String, Postings> byStem = new HashMap<>();
    Map<String, int[]> formCounts = new HashMap<>();
    int[] lengths = new int[n];
    int doc = 0;
    for (Chunk chunk : chunks) {
      for (DocWords words : chunk.docs()) {
        lengths[doc] = words.length();
        for (int k = 0; k < words.stems().length; k++) {
          byStem
              .computeIfAbsent(words.stems()[k], s -> new Postings())
              .add(doc, words.counts()[k], words.title()[k]);
        }
        doc++;
      }
      chunk
          .forms()
          .forEach(
              (form, count) -> formCounts.computeIfAbsent(form, f -> new int[1])[0] += count[0]);
    }
    double average = Arrays.stream(lengths).average().orElse(1);
    Map<String, Term> stemTerms = new HashMap<>();
    byStem.forEach((stem, postings) -> stemTerms.put(stem, term(postings, lengths, average, n)));

    // Each stem's home: its commonest form, the smallest string on a tie.
    List<String> forms = new ArrayList<>(formCounts.keySet());
    forms.sort(null);
    Map<String, String> stemOf = new HashMap<>();
    Map<String, String> home = new HashMap<>();
    for (String form : forms) {
      String stem = analyzer.stem(form);
      stemOf.put(form, stem);
      String best = home.get(stem);
      if (best == null || formCounts.get(form)[0] > formCounts.get(best)[0]) {
        home.put(stem, form);
      }
    }
    Map<String, List<EntityTerm>> phrases = entityPhrases(lengths, average, n);

    TreeMap<String, Integer> sizes = new TreeMap<>();
    for (String form : forms) {
      String stem = stemOf.get(form);
      int size = form.length() + 8;
      if (home.get(stem).equals(form)) {
        size += stemTerms.get(stem).p().length() + 16;
      }
      sizes.put(form, size);
    }
    phrases.forEach(
        (phrase, terms) ->
            sizes.merge(
                phrase,
                terms.stream().mapToInt(t -> phrase.length() + 16 + t.term().p().length()).sum(),
                Integer::sum));
    List<String> keys = new ArrayList<>(sizes.keySet());
    int[] size = keys.stream().mapToInt(sizes::get).toArray();
    List<String> shardKeys = new ArrayList<>();
    split("", keys, size, 0, keys.size(), shardKeys);
    ShardKeys lookup = new ShardKeys(shardKeys);

    Map<String, ShardBuilder> builders = new TreeMap<>();
    shardKeys.forEach(key -> builders.put(key, new ShardBuilder(key)));
    for (String form : forms) {
      String stem = stemOf.get(form);
      String at = lookup.of(form);
      String homeForm = home.get(stem);
      ShardBuilder shard = builders.get(at);
      if (lookup.of(homeForm).equals(at)) {
        shard.forms.put(form, List.of(shard.term(stem, stemTerms.get(stem))));
      } else {
        shard.forms.put(form, List.of(homeForm));
      }
    }
    phrases.forEach(
        (phrase, terms) -> {
          ShardBuilder shard = builders.get(lookup.of(phrase));
          List<Phrase> named = new ArrayList<>();
          for (EntityTerm t : terms) {
            named.add(new Phrase(shard.term("entity:" + t.slug(), t.term()), t.cased()));
          }
          shard.phrases.put(phrase, named);
        });
    return builders.values().stream().map(ShardBuilder::build).toList();
  }

  List<String> stopWords() {
    return TextAnalyzer.stopWords();
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

    Shard build() {
      return new Shard(key, forms, terms, phrases);
    }
  }

  private record EntityTerm(String slug, String cased, Term term) {}

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
            .add(i, use.count(), use.inTitle());
      }
    }
    Map<String, List<EntityTerm>> phrases = new TreeMap<>();
    for (Entity entity : survey.entities().entities()) {
      Postings postings = byEntity.get(entity.slug());
      if (postings == null) {
        continue;
      }
      Term term = term(postings, lengths, average, n);
      // The names its page goes by, not every alias: "self-evolving curriculum", an alias of
      // curriculum learning, is a search for that phrase, not for all of curriculum learning.
      Set<String> names = new java.util.LinkedHashSet<>();
      names.add(entity.name());
      names.add(entity.shortName());
      int open = entity.name().lastIndexOf(" (");
      if (open > 0 && entity.name().endsWith(")")) {
        names.add(entity.name().substring(0, open));
      }
      Map<String, EntityTerm> mine = new TreeMap<>();
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
        mine.put(phrase, new EntityTerm(entity.slug(), cased, term));
      }
      mine.forEach((phrase, t) -> phrases.computeIfAbsent(phrase, p -> new ArrayList<>()).add(t));
    }
    return phrases;
  }

  /** The postings as text, with BM25 scores within the term and its inverse document frequency. */
  private static Term term(Postings postings, int[] lengths, double average, int n) {
    int df = postings.size;
    double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    StringBuilder out = new StringBuilder(df * 3);
    int previous = -1;
    for (int k = 0; k < df; k++) {
      int packed = postings.packed[k];
      int doc = packed >>> 9;
      int count = (packed >>> 1) & 255;
      boolean title = (packed & 1) == 1;
      double norm = K1 * (1 - B + B * lengths[doc] / average);
      double local = count * (K1 + 1) / (count + norm) + (title ? TITLE_BOOST : 0);
      int score = (int) Math.max(1, Math.min(31, Math.round(local / MAX_LOCAL * 31)));
      SearchCodes.append(out, doc - previous);
      SearchCodes.append(out, score);
      previous = doc;
    }
    return new Term((int) Math.round(idf * 100), out.toString());
  }

  /**
   * A paper's words: title, abstract, the names of entities it mentions, authors, venue. Counts the
   * forms of the slice into {@code forms}; {@code stems} remembers the slice's stems.
   */
  private DocWords words(Paper paper, Map<String, int[]> forms, Map<String, String> stems) {
    List<String> texts = new ArrayList<>();
    texts.add(paper.abstractText());
    for (EntityUse use : survey.entities().of(paper)) {
      texts.add(use.entity().name());
    }
    texts.addAll(paper.details().authors());
    if (paper.details().venue() != null) {
      texts.add(paper.details().venue());
    }
    if (paper.organization() != null) { // listings name the organisation, not the authors
      texts.add(paper.organization());
    }
    Map<String, int[]> byStem = new HashMap<>(); // count, title
    int length = 0;
    for (String text : texts) {
      for (String word : SearchWords.of(text)) {
        if (!stop.contains(word)) {
          forms.computeIfAbsent(word, f -> new int[1])[0]++;
          byStem.computeIfAbsent(stemOf(word, stems), s -> new int[2])[0]++;
          length++;
        }
      }
    }
    for (String word : SearchWords.of(paper.title())) {
      if (!stop.contains(word)) {
        forms.computeIfAbsent(word, f -> new int[1])[0]++;
        byStem.computeIfAbsent(stemOf(word, stems), s -> new int[2])[1] = 1;
      }
    }
    String[] stemList = new String[byStem.size()];
    int[] counts = new int[stemList.length];
    boolean[] title = new boolean[stemList.length];
    int k = 0;
    for (Map.Entry<String, int[]> e : byStem.entrySet()) {
      stemList[k] = e.getKey();
      counts[k] = e.getValue()[0];
      title[k] = e.getValue()[1] == 1;
      k++;
    }
    return new DocWords(length, stemList, counts, title);
  }

  private String stemOf(String word, Map<String, String> stems) {
    String stem = stems.get(word);
    if (stem == null) {
      stem = analyzer.stem(word);
      stems.put(word, stem);
    }
    return stem;
  }
}
