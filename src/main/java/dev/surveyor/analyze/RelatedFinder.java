package dev.surveyor.analyze;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.model.Entity;
import dev.surveyor.model.EntityIndex;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Related;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds each paper's most similar papers: TF-IDF cosine over title and abstract, plus a little for
 * every shared entity and theme. No paper is compared with all others: each term keeps a "champion
 * list" of the papers weighting it most, a paper looks up only its strongest terms, and only the
 * best partial matches get an exact score. The cost grows with the number of papers, not its
 * square.
 */
public final class RelatedFinder {
  private static final int QUERY_TERMS = 16;
  private static final int CHAMPIONS = 200;
  private static final int CANDIDATES = 40;
  private static final double ENTITY_BOOST = 0.03;
  private static final int MAX_ENTITY_BOOSTS = 3;
  private static final double THEME_BOOST = 0.04;
  private static final int SHOWN_REASONS = 4;
  private static final int SHOWN_ENTITIES = 2;
  private static final int MIN_REASONS = 2;
  private static final int CANDIDATE_TERMS = 12;
  // A word in more than a tenth of the papers ("models", "reasoning" in a reasoning survey) is
  // shared by too many pairs to say what this pair has in common.
  private static final double COMMON_SHARE = 0.1;

  private final List<Paper> papers;
  private final TermVectors vectors;
  // Entities and themes as sorted small ids per paper: counting shared ones is a merge.
  private final int[][] entities;
  private final int[][] themes;
  private final List<Entity> entityById = new ArrayList<>();
  private final int[] entityPapers;
  private final int[][] championPapers;
  private final float[][] championWeights;

  /**
   * @param papers in the order of the vectors
   * @param themesOf each paper's themes, by slug
   */
  public RelatedFinder(
      List<Paper> papers,
      TermVectors vectors,
      EntityIndex entityIndex,
      Map<String, List<String>> themesOf) {
    this.papers = papers;
    this.vectors = vectors;
    Map<String, Integer> entityIds = new HashMap<>();
    for (Entity entity : entityIndex.entities()) {
      if (entityIds.putIfAbsent(entity.slug(), entityById.size()) == null) {
        entityById.add(entity);
      }
    }
    this.entityPapers = new int[entityById.size()];
    for (int e = 0; e < entityById.size(); e++) {
      entityPapers[e] = entityIndex.papersMentioning(entityById.get(e)).size();
    }
    Map<String, Integer> themeIds = new HashMap<>();
    this.entities = new int[papers.size()][];
    this.themes = new int[papers.size()][];
    for (int p = 0; p < papers.size(); p++) {
      Paper paper = papers.get(p);
      entities[p] =
          entityIndex.of(paper).stream()
              .mapToInt(use -> entityIds.get(use.entity().slug()))
              .sorted()
              .distinct()
              .toArray();
      themes[p] =
          themesOf.getOrDefault(paper.slug(), List.of()).stream()
              .mapToInt(theme -> themeIds.computeIfAbsent(theme, t -> themeIds.size()))
              .sorted()
              .distinct()
              .toArray();
    }
    long[][] postings = postings();
    this.championPapers = new int[postings.length][];
    this.championWeights = new float[postings.length][];
    for (int term = 0; term < postings.length; term++) {
      champions(term, postings[term]);
    }
  }

  /** For every paper, by slug, up to {@code count} related papers, best first. */
  public Map<String, List<Related>> findAll(int count) {
    // Papers are looked up independently, so in parallel, each thread with its own scratch scores.
    ThreadLocal<Scratch> scratch =
        ThreadLocal.withInitial(() -> new Scratch(papers.size(), vectors.dimensions()));
    List<List<Related>> found = Cores.mapIndices(papers.size(), p -> find(p, count, scratch.get()));
    Map<String, List<Related>> related = new HashMap<>();
    for (int p = 0; p < papers.size(); p++) {
      related.put(papers.get(p).slug(), found.get(p));
    }
    return related;
  }

  /**
   * One thread's working arrays, all zero between lookups: partial scores by paper, and the query's
   * weights by term, so an exact cosine reads only the other paper's terms.
   */
  private record Scratch(double[] partial, float[] query) {
    Scratch(int papers, int dimensions) {
      this(new double[papers], new float[dimensions]);
    }
  }

  private List<Related> find(int paper, int count, Scratch scratch) {
    double[] partial = scratch.partial();
    SparseVector query = vectors.vector(paper);
    int[] touched = new int[16];
    int touchedCount = 0;
    for (int k : strongest(query, QUERY_TERMS)) {
      int term = query.id(k);
      int[] champs = championPapers[term];
      float[] weights = championWeights[term];
      for (int c = 0; c < champs.length; c++) {
        int other = champs[c];
        if (other == paper) {
          continue;
        }
        if (partial[other] == 0) {
          if (touchedCount == touched.length) {
            touched = Arrays.copyOf(touched, touchedCount * 2);
          }
          touched[touchedCount++] = other;
        }
        partial[other] += query.weight(k) * weights[c];
      }
    }
    // The best partial scores (papers in index order break ties), kept in a small bounded heap.
    List<Integer> best = best(touched, touchedCount, partial);
    for (int i = 0; i < touchedCount; i++) {
      partial[touched[i]] = 0;
    }
    List<Integer> candidates = new ArrayList<>(best);
    double[] exact = new double[candidates.size()];
    query.scatter(scratch.query());
    for (int i = 0; i < candidates.size(); i++) {
      exact[i] = Math.round(score(paper, candidates.get(i), scratch.query()) * 10000) / 10000.0;
    }
    query.clear(scratch.query());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingDouble((Integer i) -> -exact[i])
            .thenComparing(i -> papers.get(candidates.get(i)).slug()));
    List<Related> related = new ArrayList<>();
    for (int i : order.subList(0, Math.min(count, order.size()))) {
      int other = candidates.get(i);
      related.add(new Related(papers.get(other).slug(), exact[i], reasons(paper, other)));
    }
    return List.copyOf(related);
  }

  /**
   * The {@link #CANDIDATES} touched papers with the best partial scores (ties to the lower index),
   * by a min-heap of primitives: this runs for every paper, over thousands of candidates.
   */
  private static List<Integer> best(int[] touched, int count, double[] partial) {
    int[] heap = new int[CANDIDATES];
    int size = 0;
    for (int i = 0; i < count; i++) {
      int paper = touched[i];
      if (size < CANDIDATES) {
        heap[size] = paper;
        siftUp(heap, size++, partial);
      } else if (better(paper, heap[0], partial)) {
        heap[0] = paper;
        siftDown(heap, size, partial);
      }
    }
    List<Integer> kept = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      kept.add(heap[i]);
    }
    return kept;
  }

  private static boolean better(int a, int b, double[] partial) {
    return partial[a] > partial[b] || (partial[a] == partial[b] && a < b);
  }

  private static void siftUp(int[] heap, int at, double[] partial) {
    while (at > 0) {
      int parent = (at - 1) / 2;
      if (!better(heap[parent], heap[at], partial)) {
        break;
      }
      int t = heap[parent];
      heap[parent] = heap[at];
      heap[at] = t;
      at = parent;
    }
  }

  private static void siftDown(int[] heap, int size, double[] partial) {
    int at = 0;
    while (true) {
      int worst = at;
      for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
        if (better(heap[worst], heap[child], partial)) {
          worst = child;
        }
      }
      if (worst == at) {
        return;
      }
      int t = heap[worst];
      heap[worst] = heap[at];
      heap[at] = t;
      at = worst;
    }
  }

  /** Cosine, plus a little for each shared entity (up to a cap) and each shared theme. */
  private double score(int paper, int other, float[] query) {
    double score = vectors.vector(other).dot(query);
    int sharedEntities = shared(entities[paper], entities[other]).length;
    int sharedThemes = shared(themes[paper], themes[other]).length;
    return score
        + ENTITY_BOOST * Math.min(MAX_ENTITY_BOOSTS, sharedEntities)
        + THEME_BOOST * sharedThemes;
  }

  /** The ids in both sorted arrays. */
  private static int[] shared(int[] a, int[] b) {
    int[] both = new int[Math.min(a.length, b.length)];
    int n = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        both[n++] = a[i];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n == both.length ? both : Arrays.copyOf(both, n);
  }

  /**
   * What two papers share: their rarest shared entities, then the words adding most to the cosine,
   * leaving out what a tenth of the papers share.
   */
  private List<String> reasons(int paper, int other) {
    int[] sharedEntities =
        Arrays.stream(shared(entities[paper], entities[other]))
            .boxed()
            .sorted(
                Comparator.comparingInt((Integer e) -> entityPapers[e])
                    .thenComparing(e -> entityById.get(e).slug()))
            .mapToInt(Integer::intValue)
            .toArray();
    Set<String> reasons = new LinkedHashSet<>();
    for (int entity : sharedEntities) {
      if (reasons.size() < SHOWN_ENTITIES
          && entityPapers[entity] <= COMMON_SHARE * vectors.papers()) {
        reasons.add(entityById.get(entity).shortName());
      }
    }
    // A word an entity names is not shown again, nor when the entity is too common to show.
    List<String> entityNames =
        Arrays.stream(sharedEntities)
            .mapToObj(e -> entityById.get(e).shortName().toLowerCase(Locale.ROOT))
            .toList();
    // Words in either title say what the papers are about; a word shared only in passing by two
    // abstracts ("entails", "future") is shown only when nothing better is.
    String titles =
        (papers.get(paper).title() + " " + papers.get(other).title()).toLowerCase(Locale.ROOT);
    List<String> inPassing = new ArrayList<>();
    for (String term : sharedTerms(vectors.vector(paper), vectors.vector(other), false)) {
      String lower = term.toLowerCase(Locale.ROOT);
      boolean named = entityNames.stream().anyMatch(name -> name.contains(lower));
      if (named) {
        continue;
      }
      if (!inTitle(titles, lower)) {
        inPassing.add(term);
      } else if (reasons.size() < SHOWN_REASONS) {
        reasons.add(term);
      }
    }
    for (String term : inPassing) {
      if (reasons.size() < MIN_REASONS) {
        reasons.add(term);
      }
    }
    // Papers alike only in what many share still share something: the rarest of their entities.
    if (reasons.isEmpty() && sharedEntities.length > 0) {
      reasons.add(entityById.get(sharedEntities[0]).shortName());
    }
    if (reasons.isEmpty()) {
      sharedTerms(vectors.vector(paper), vectors.vector(other), true).stream()
          .limit(1)
          .forEach(reasons::add);
    }
    return List.copyOf(reasons);
  }

  /** Shared nameable terms, by how much each adds to the cosine; common ones only if asked for. */
  private List<String> sharedTerms(SparseVector a, SparseVector b, boolean withCommon) {
    List<double[]> shared = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      if (a.id(i) == b.id(j)) {
        if (vectors.nameable(a.id(i)) && (withCommon || !common(a.id(i)))) {
          shared.add(new double[] {a.id(i), (double) a.weight(i) * b.weight(j)});
        }
        i++;
        j++;
      } else if (a.id(i) < b.id(j)) {
        i++;
      } else {
        j++;
      }
    }
    shared.sort(Comparator.comparingDouble((double[] s) -> -s[1]).thenComparingDouble(s -> s[0]));
    return shared.stream().limit(CANDIDATE_TERMS).map(s -> vectors.surface((int) s[0])).toList();
  }

  /**
   * Whether {@code word} starts a word of {@code titles}: "rule" is in "Rule-based", not
   * "overrule".
   */
  private static boolean inTitle(String titles, String word) {
    for (int at = titles.indexOf(word); at >= 0; at = titles.indexOf(word, at + 1)) {
      if (at == 0 || !Character.isLetterOrDigit(titles.charAt(at - 1))) {
        return true;
      }
    }
    return false;
  }

  private boolean common(int term) {
    return vectors.documentFrequency(term) > COMMON_SHARE * vectors.papers();
  }

  /** Positions in {@code v} of its heaviest entries, ties to the lower term id. */
  private static int[] strongest(SparseVector v, int limit) {
    // Weight descending, then position (in term id order) ascending, packed in longs: positive
    // floats order like their bits, so sorting needs no boxing.
    long[] keys = new long[v.size()];
    for (int i = 0; i < v.size(); i++) {
      keys[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(v.weight(i))) << 32) | i;
    }
    Arrays.sort(keys);
    int[] positions = new int[Math.min(limit, keys.length)];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = (int) keys[i];
    }
    return positions;
  }

  /**
   * For each term, its papers as sort keys: weight descending, then paper ascending, packed in one
   * long (positive floats order like their bits), so sorting needs no boxing.
   */
  private long[][] postings() {
    int[] sizes = new int[vectors.dimensions()];
    for (int p = 0; p < vectors.papers(); p++) {
      SparseVector v = vectors.vector(p);
      for (int i = 0; i < v.size(); i++) {
        sizes[v.id(i)]++;
      }
    }
    long[][] postings = new long[sizes.length][];
    for (int t = 0; t < sizes.length; t++) {
      postings[t] = new long[sizes[t]];
    }
    int[] fill = new int[sizes.length];
    for (int p = 0; p < vectors.papers(); p++) {
      SparseVector v = vectors.vector(p);
      for (int i = 0; i < v.size(); i++) {
        long weightKey = Integer.MAX_VALUE - Float.floatToIntBits(v.weight(i));
        postings[v.id(i)][fill[v.id(i)]++] = (weightKey << 32) | p;
      }
    }
    return postings;
  }

  /** Keeps the papers that weight a term most; papers in ascending order break ties. */
  private void champions(int term, long[] posting) {
    Arrays.sort(posting);
    int kept = Math.min(CHAMPIONS, posting.length);
    championPapers[term] = new int[kept];
    championWeights[term] = new float[kept];
    for (int i = 0; i < kept; i++) {
      championPapers[term][i] = (int) posting[i];
      championWeights[term][i] =
          Float.intBitsToFloat(Integer.MAX_VALUE - (int) (posting[i] >>> 32));
    }
  }
}
