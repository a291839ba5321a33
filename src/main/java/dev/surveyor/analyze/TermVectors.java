package dev.surveyor.analyze;

import dev.surveyor.concurrent.Cores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TF-IDF vectors of every paper over its analysed title and abstract, the shared ground of related
 * papers, sub-topics, characteristic terms and the map. Title words count double; terms found in a
 * single paper or made only of digits are left out, as they relate nothing.
 */
public final class TermVectors {
  private static final int TITLE_BOOST = 2;

  /**
   * A word that names a subject recurs within the papers that use it ("policy": 90 uses in 40
   * papers); a word used in passing occurs once in each ("assess": 19 in 19). Below this ratio of
   * uses to papers a word names nothing (Church and Gale's burstiness).
   */
  private static final double MIN_USES_PER_PAPER = 1.3;

  private final List<String> terms;
  private final List<String> surfaces;
  private final int[] documentFrequency;
  // In how many papers each term occurs twice or more, the title counted once.
  private final int[] recurring;
  private final List<SparseVector> vectors;
  private final List<SparseVector> titles;
  // Asked for every term two related papers share: worked out once per term.
  private final boolean[] nameable;

  private TermVectors(
      List<String> terms,
      List<String> surfaces,
      int[] df,
      int[] uses,
      int[] recurring,
      List<SparseVector> vectors,
      List<SparseVector> titles) {
    this.terms = terms;
    this.surfaces = surfaces;
    this.documentFrequency = df;
    this.recurring = recurring;
    this.vectors = vectors;
    this.titles = titles;
    this.nameable = new boolean[surfaces.size()];
    for (int t = 0; t < nameable.length; t++) {
      nameable[t] = uses[t] >= MIN_USES_PER_PAPER * df[t] && LabelWords.nameable(surfaces.get(t));
    }
  }

  /**
   * Vectors of the papers counted by {@code slices}, in slice order. Slices are counted apart (on
   * several cores); their counts are sums, so merging them gives what one pass would.
   */
  static TermVectors build(List<Counter> slices) {
    Map<String, Integer> df = new HashMap<>();
    Map<String, Integer> uses = new HashMap<>();
    Map<String, Integer> recurring = new HashMap<>();
    for (Counter slice : slices) {
      for (int t = 0; t < slice.terms.size(); t++) {
        String term = slice.terms.get(t);
        df.merge(term, slice.df[t], Integer::sum);
        uses.merge(term, slice.uses[t], Integer::sum);
        if (slice.recurring[t] > 0) {
          recurring.merge(term, slice.recurring[t], Integer::sum);
        }
      }
    }
    // Ids in term order, so vectors and everything derived from them are the same every build.
    TreeMap<String, Integer> vocabulary = new TreeMap<>();
    df.forEach(
        (term, n) -> {
          if (n >= 2 && !term.chars().allMatch(Character::isDigit)) {
            vocabulary.put(term, 0);
          }
        });
    List<String> terms = new ArrayList<>(vocabulary.keySet());
    Map<String, Integer> ids = new HashMap<>();
    for (int id = 0; id < terms.size(); id++) {
      ids.put(terms.get(id), id);
    }
    // Spellings only of the terms kept: most distinct terms occur in a single paper.
    List<Map<String, Integer>> surfaceCounts = new ArrayList<>(terms.size());
    for (int id = 0; id < terms.size(); id++) {
      surfaceCounts.add(new HashMap<>());
    }
    List<Counts> counts = new ArrayList<>();
    List<Counts> titleCounts = new ArrayList<>();
    List<int[]> idsOf = new ArrayList<>(); // per paper, its slice's term numbers' ids (-1: none)
    for (Counter slice : slices) {
      int[] idOf = new int[slice.terms.size()];
      for (int t = 0; t < idOf.length; t++) {
        Integer id = ids.get(slice.terms.get(t));
        idOf[t] = id == null ? -1 : id;
        if (id != null) {
          Map<String, Integer> all = surfaceCounts.get(id);
          slice.spellings.get(t).forEach((surface, n) -> all.merge(surface, n, Integer::sum));
        }
      }
      counts.addAll(slice.counts);
      titleCounts.addAll(slice.titles);
      idsOf.addAll(Collections.nCopies(slice.counts.size(), idOf));
    }
    int[] frequency = new int[terms.size()];
    int[] used = new int[terms.size()];
    int[] recurs = new int[terms.size()];
    List<String> surfaces = new ArrayList<>(terms.size());
    for (int id = 0; id < terms.size(); id++) {
      String term = terms.get(id);
      frequency[id] = df.get(term);
      used[id] = uses.get(term);
      recurs[id] = recurring.getOrDefault(term, 0);
      surfaces.add(mostCommon(surfaceCounts.get(id)));
    }
    double n = counts.size();
    // Each paper's weights depend only on its counts and the (now fixed) vocabulary: in parallel.
    List<SparseVector> vectors =
        Cores.mapIndices(counts.size(), p -> weigh(counts.get(p), idsOf.get(p), frequency, n));
    List<SparseVector> titles =
        Cores.mapIndices(counts.size(), p -> weigh(titleCounts.get(p), idsOf.get(p), frequency, n));
    return new TermVectors(
        List.copyOf(terms),
        List.copyOf(surfaces),
        frequency,
        used,
        recurs,
        List.copyOf(vectors),
        List.copyOf(titles));
  }

  /**
   * Counts terms of papers as they are analysed: each paper's term counts, in how many papers each
   * term occurs, and how each is spelled. One thread's; the analysed text need not be kept. Terms
   * are numbered in the slice as first seen, so a token costs one lookup and the rest is arrays.
   */
  static final class Counter {
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private final List<Spellings> spellings = new ArrayList<>();
    private int[] df = new int[1024];
    private int[] uses = new int[1024];
    // In how many papers the term occurs twice or more, the title counted once.
    private int[] recurring = new int[1024];
    // Each paper's counts and its title's, by this slice's term numbers.
    private final List<Counts> counts = new ArrayList<>();
    private final List<Counts> titles = new ArrayList<>();
    // One paper's counts by term number (a title's words TITLE_BOOST each), its title's own, and
    // the terms it touched, the title's first.
    private int[] tf = new int[1024];
    private int[] inTitle = new int[1024];
    private int[] touched = new int[256];
    private int touchedSize;

    void add(AnalyzedPaper paper) {
      count(paper.title(), paper.paper().title(), TITLE_BOOST);
      int titleTerms = touchedSize;
      count(paper.abstractTokens(), paper.paper().abstractText(), 1);
      // kept as two arrays: a map per paper would not fit 100k papers
      int[] termNumbers = Arrays.copyOf(touched, touchedSize);
      int[] termCounts = new int[touchedSize];
      int[] titleCounts = new int[titleTerms];
      for (int k = 0; k < touchedSize; k++) {
        int t = touched[k];
        termCounts[k] = tf[t];
        if (k < titleTerms) {
          titleCounts[k] = inTitle[t];
        }
        df[t]++;
        uses[t] += tf[t];
        // the title counted once: a word only the title says is not one the paper returns to
        if (tf[t] - (TITLE_BOOST - 1) * inTitle[t] >= 2) {
          recurring[t]++;
        }
        tf[t] = 0;
        inTitle[t] = 0;
      }
      counts.add(new Counts(termNumbers, termCounts));
      titles.add(new Counts(Arrays.copyOf(termNumbers, titleTerms), titleCounts));
      touchedSize = 0;
    }

    private void count(List<Token> tokens, String text, int weight) {
      for (Token token : tokens) {
        int t = number(token.term());
        if (tf[t] == 0) {
          if (touchedSize == touched.length) {
            touched = Arrays.copyOf(touched, touchedSize * 2);
          }
          touched[touchedSize++] = t;
        }
        tf[t] += weight;
        if (weight == TITLE_BOOST) {
          inTitle[t]++;
        }
        spellings.get(t).add(text, token.start(), token.end());
      }
    }

    private int number(String term) {
      Integer known = numbers.get(term);
      if (known != null) {
        return known;
      }
      int t = terms.size();
      numbers.put(term, t);
      terms.add(term);
      spellings.add(new Spellings());
      if (t == df.length) {
        df = Arrays.copyOf(df, t * 2);
        uses = Arrays.copyOf(uses, t * 2);
        recurring = Arrays.copyOf(recurring, t * 2);
        tf = Arrays.copyOf(tf, t * 2);
        inTitle = Arrays.copyOf(inTitle, t * 2);
      }
      return t;
    }
  }

  /** A paper's unit TF-IDF vector over the vocabulary's ids. */
  private static SparseVector weigh(Counts tf, int[] idOf, int[] frequency, double n) {
    // (id, position) packed in longs and sorted: the entries in id order without boxing.
    long[] order = new long[tf.terms().length];
    int size = 0;
    for (int i = 0; i < tf.terms().length; i++) {
      int id = idOf[tf.terms()[i]];
      if (id >= 0) {
        order[size++] = ((long) id << 32) | i;
      }
    }
    Arrays.sort(order, 0, size);
    int[] sortedIds = new int[size];
    double[] weights = new double[size];
    for (int k = 0; k < size; k++) {
      int id = (int) (order[k] >>> 32);
      int i = (int) order[k];
      double idf = Math.log((n + 1) / (frequency[id] + 1)) + 1;
      sortedIds[k] = id;
      weights[k] = (1 + Math.log(tf.counts()[i])) * idf;
    }
    double norm = Math.sqrt(Arrays.stream(weights).map(w -> w * w).sum()); // compensated, as ever

    float[] values = new float[size];
    for (int k = 0; k < size; k++) {
      values[k] = (float) (norm == 0 ? 0 : weights[k] / norm);
    }
    return new SparseVector(sortedIds, values);
  }

  /** One paper's term counts, compactly: its slice's term numbers, and their counts. */
  private record Counts(int[] terms, int[] counts) {}

  /**
   * The spelling written most often, case kept ("SFT", "reasoning"); words capitalised only at the
   * start of a sentence or in a title count toward their lowercase form.
   */
  private static String mostCommon(Map<String, Integer> counts) {
    Map<String, Integer> folded = new HashMap<>();
    counts.forEach((surface, n) -> folded.merge(foldCapitalised(surface, counts), n, Integer::sum));
    return folded.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElseThrow();
  }

  private static String foldCapitalised(String surface, Map<String, Integer> all) {
    String lower = surface.toLowerCase(java.util.Locale.ROOT);
    boolean capitalisedOnly =
        surface.length() > 1
            && Character.isUpperCase(surface.charAt(0))
            && surface.substring(1).equals(lower.substring(1));
    return capitalisedOnly
            || all.containsKey(lower) && !surface.equals(surface.toUpperCase(java.util.Locale.ROOT))
        ? lower
        : surface;
  }

  public int dimensions() {
    return terms.size();
  }

  public SparseVector vector(int paper) {
    return vectors.get(paper);
  }

  public int papers() {
    return vectors.size();
  }

  /**
   * The TF-IDF vector of the paper's title alone: what a paper is about, said in a few words, which
   * the abstract's many words can outweigh in {@link #vector}.
   */
  public SparseVector title(int paper) {
    return titles.get(paper);
  }

  /** The analysed form of a term ("reason"). */
  public String term(int id) {
    return terms.get(id);
  }

  /** The term as readers most often wrote it ("reasoning"), for labels and reasons. */
  public String surface(int id) {
    return surfaces.get(id);
  }

  /** Whether the term may be shown as a name: not a function word or a piece of an address. */
  public boolean nameable(int id) {
    return nameable[id];
  }

  public int documentFrequency(int id) {
    return documentFrequency[id];
  }

  /**
   * The share of the papers using a term that use it twice or more (the title counted once): what
   * papers are about they return to ("medical", "robot"); a word said in passing ("right", "half",
   * "emulate") they write once.
   */
  public double recurrence(int id) {
    return (double) recurring[id] / documentFrequency[id];
  }
}
