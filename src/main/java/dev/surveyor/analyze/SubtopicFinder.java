package dev.surveyor.analyze;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.SubtopicPin;
import dev.surveyor.text.Slugs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Splits a group of papers into sub-topics: spherical k-means on their TF-IDF vectors, seeded from
 * the curator's pinned sub-topics and then k-means++ with a seed fixed by the group's name, for
 * every k from 2 to a size-dependent limit; the k with the best silhouette (measured against
 * centroids, so it stays linear) wins. A cluster keeps its curator's name, or is named by a phrase
 * most of its papers write ({@link ClusterNames}), or is not named: the terms that set it apart are
 * kept for curators, never shown to readers as a name.
 */
public final class SubtopicFinder {
  private static final int MIN_PAPERS = 10;
  private static final int PAPERS_PER_CLUSTER = 6;
  private static final int MAX_CLUSTERS = 8;

  /** The fewest papers a group is shown with under a name (a curator's or a phrase's). */
  static final int MIN_CLUSTER = 3;

  private static final int ITERATIONS = 30;
  private static final int SAMPLE = 2000;
  private static final int LABEL_TERMS = 3;
  private static final int OUTSIDE = -1;
  static final String OUTSIDE_LABEL = "outside the named sub-topics";

  private final TermVectors vectors;
  private final ClusterNames names;

  SubtopicFinder(TermVectors vectors, ClusterNames names) {
    this.vectors = vectors;
    this.names = names;
  }

  /**
   * @param name names the group; seeds the random start, so each group clusters the same way
   * @param members indexes into the vectors, in the order papers should keep inside a sub-topic
   * @param slugs the slug of every paper, by vector index
   * @param pins the curator's pinned sub-topics
   * @param naming for each pin, whether the paper of a vector index names one of its phrases
   */
  public List<Subtopic> find(
      String name,
      List<Integer> members,
      List<String> slugs,
      List<SubtopicPin> pins,
      List<IntPredicate> naming) {
    if (members.size() < MIN_PAPERS) {
      return List.of();
    }
    List<double[]> seeds = new ArrayList<>();
    for (IntPredicate names : naming) {
      seeds.add(seed(names, members));
    }
    int limit = Math.max(seeds.size(), Math.min(MAX_CLUSTERS, members.size() / PAPERS_PER_CLUSTER));
    // Each k clusters on its own (its random start is seeded by name and k), so all run in
    // parallel; the best is then chosen in order of k, exactly as one k after another would.
    // A large group chooses k and the centroids on an even sample, then puts every paper in its
    // nearest cluster once: the search over k costs the same for 500 papers or 50,000.
    List<Integer> sample = sample(members);
    int first = Math.max(2, seeds.size());
    List<Clustering> tries =
        Cores.mapIndices(
            Math.max(2, limit) - first + 1,
            i -> {
              int k = first + i;
              double[][] centroids = start(name, k, seeds, sample);
              int[] assignment = cluster(sample, centroids);
              return new Clustering(
                  assignment, centroids, silhouette(sample, assignment, centroids));
            });
    Clustering best = null;
    for (Clustering t : tries) {
      if (best == null || t.score() > best.score() + 1e-9) {
        best = t;
      }
    }
    if (sample.size() < members.size()) {
      double[][] centroids = best.centroids();
      best = new Clustering(assign(members, centroids), centroids, best.score());
    }
    return describe(members, slugs, pins, naming, best.assignment(), best.centroids());
  }

  /** One k's clustering and its silhouette. */
  private record Clustering(int[] assignment, double[][] centroids, double score) {}

  /** Every n-th member, so that at most {@link #SAMPLE} papers choose k. */
  private static List<Integer> sample(List<Integer> members) {
    if (members.size() <= SAMPLE) {
      return members;
    }
    int step = (members.size() + SAMPLE - 1) / SAMPLE;
    List<Integer> sample = new ArrayList<>();
    for (int i = 0; i < members.size(); i += step) {
      sample.add(members.get(i));
    }
    return sample;
  }

  /** The mean vector of the members that name one of a pin's phrases. */
  private double[] seed(IntPredicate names, List<Integer> members) {
    double[] sum = new double[vectors.dimensions()];
    for (int m : members) {
      if (names.test(m)) {
        Centroids.add(sum, vectors.vector(m));
      }
    }
    return Centroids.normalise(sum);
  }

  private double[][] start(String name, int k, List<double[]> seeds, List<Integer> members) {
    double[][] centroids = new double[k][];
    for (int c = 0; c < seeds.size(); c++) {
      centroids[c] = seeds.get(c).clone();
    }
    Random random = new Random(name.hashCode() * 31L + k);
    double[] nearest = new double[members.size()];
    Arrays.fill(nearest, 1);
    for (int c = 0; c < seeds.size(); c++) {
      updateNearest(members, centroids[c], nearest);
    }
    for (int c = seeds.size(); c < k; c++) {
      // k-means++: pick a paper with probability growing with its distance from the chosen ones.
      double total = Arrays.stream(nearest).map(d -> d * d).sum();
      double target = random.nextDouble() * total;
      int pick = 0;
      for (double acc = 0; pick < members.size() - 1; pick++) {
        acc += nearest[pick] * nearest[pick];
        if (acc >= target) {
          break;
        }
      }
      double[] centroid = new double[vectors.dimensions()];
      Centroids.add(centroid, vectors.vector(members.get(pick)));
      centroids[c] = Centroids.normalise(centroid);
      updateNearest(members, centroids[c], nearest);
    }
    return centroids;
  }

  private void updateNearest(List<Integer> members, double[] centroid, double[] nearest) {
    for (int i = 0; i < members.size(); i++) {
      nearest[i] = Math.min(nearest[i], 1 - vectors.vector(members.get(i)).dot(centroid));
    }
  }

  /** Lloyd iterations until no paper moves; the centroids are updated in place. */
  private int[] cluster(List<Integer> members, double[][] centroids) {
    int[] assignment = new int[members.size()];
    Arrays.fill(assignment, -1);
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      boolean moved = false;
      for (int i = 0; i < members.size(); i++) {
        int c = nearest(vectors.vector(members.get(i)), centroids, -1);
        if (c != assignment[i]) {
          assignment[i] = c;
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
      // One pass over the members; each centroid still sums its members in member order.
      double[][] sums = new double[centroids.length][vectors.dimensions()];
      for (int i = 0; i < members.size(); i++) {
        Centroids.add(sums[assignment[i]], vectors.vector(members.get(i)));
      }
      for (int c = 0; c < centroids.length; c++) {
        if (Arrays.stream(sums[c]).anyMatch(x -> x != 0)) {
          centroids[c] = Centroids.normalise(sums[c]);
        }
      }
    }
    return assignment;
  }

  /** Each member's nearest centroid. */
  private int[] assign(List<Integer> members, double[][] centroids) {
    int[] assignment = new int[members.size()];
    for (int i = 0; i < members.size(); i++) {
      assignment[i] = nearest(vectors.vector(members.get(i)), centroids, -1);
    }
    return assignment;
  }

  private static int nearest(SparseVector v, double[][] centroids, int except) {
    int best = -1;
    double bestSimilarity = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      double similarity = v.dot(centroids[c]);
      if (c != except && similarity > bestSimilarity) {
        best = c;
        bestSimilarity = similarity;
      }
    }
    return best;
  }

  /** Mean silhouette with cosine distances to centroids instead of to every other paper. */
  private double silhouette(List<Integer> members, int[] assignment, double[][] centroids) {
    double sum = 0;
    for (int i = 0; i < members.size(); i++) {
      SparseVector v = vectors.vector(members.get(i));
      double own = 1 - v.dot(centroids[assignment[i]]);
      double other = 1 - v.dot(centroids[nearest(v, centroids, assignment[i])]);
      double larger = Math.max(own, other);
      sum += larger == 0 ? 0 : (other - own) / larger;
    }
    return sum / members.size();
  }

  private List<Subtopic> describe(
      List<Integer> members,
      List<String> slugs,
      List<SubtopicPin> pins,
      List<IntPredicate> naming,
      int[] assignment,
      double[][] centroids) {
    int k = centroids.length;
    // Papers of a tiny unpinned cluster join their next nearest cluster.
    int[] sizes = new int[k];
    for (int a : assignment) {
      sizes[a]++;
    }
    for (int i = 0; i < members.size(); i++) {
      int c = assignment[i];
      if (c >= pins.size() && sizes[c] < MIN_CLUSTER) {
        int next = nearestKept(vectors.vector(members.get(i)), centroids, sizes, pins.size());
        if (next >= 0) {
          assignment[i] = next;
        }
      }
    }
    keepPinsToTheirOwn(members, naming, assignment, centroids);
    List<Subtopic> found = new ArrayList<>();
    Set<String> usedSlugs = new HashSet<>();
    Centroids.Background page = Centroids.Background.of(vectors, members);
    // the papers a pinned sub-topic did not keep (OUTSIDE) come last, as one unnamed group
    for (int c = 0; c <= k; c++) {
      List<String> papers = new ArrayList<>();
      List<Integer> inCluster = new ArrayList<>();
      int group = c == k ? OUTSIDE : c;
      for (int i = 0; i < members.size(); i++) {
        if (assignment[i] == group) {
          papers.add(slugs.get(members.get(i)));
          inCluster.add(members.get(i));
        }
      }
      if (papers.isEmpty()) {
        continue;
      }
      List<String> terms = Centroids.distinctive(vectors, inCluster, page, LABEL_TERMS);
      boolean pinned = c < pins.size();
      Optional<String> name =
          c == k
              ? Optional.<String>empty()
              : pinned ? Optional.of(pins.get(c).name()) : names.name(inCluster, members);
      String label = c == k ? OUTSIDE_LABEL : name.orElse(String.join(", ", terms));
      String slug = unique(Slugs.of(label), usedSlugs);
      found.add(new Subtopic(slug, label, pinned, name.isPresent(), terms, papers));
    }
    found.sort(
        Comparator.comparing((Subtopic s) -> !s.pinned())
            .thenComparing(s -> !s.named())
            .thenComparing(s -> s.pinned() ? pinOrder(pins, s.label()) : -s.papers().size())
            .thenComparing(Subtopic::label));
    return List.copyOf(found);
  }

  /**
   * A curator's sub-topic keeps the papers that name one of its phrases, and of the others only
   * those as near the centre of these as the median one of them is: nearest is not near, and a pin
   * must not become a catch-all ("Logical reasoning and benchmarks" once held 80 of 206 papers).
   * The rest are marked {@link #OUTSIDE}.
   */
  private void keepPinsToTheirOwn(
      List<Integer> members, List<IntPredicate> naming, int[] assignment, double[][] centroids) {
    for (int c = 0; c < naming.size(); c++) {
      // the centre of the papers that name the pin, not of all the clustering gave it
      double[] sum = new double[vectors.dimensions()];
      List<Integer> namers = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        if (assignment[i] == c && naming.get(c).test(members.get(i))) {
          namers.add(members.get(i));
          Centroids.add(sum, vectors.vector(members.get(i)));
        }
      }
      if (namers.isEmpty()) {
        continue;
      }
      double[] centre = Centroids.normalise(sum);
      double[] similarity =
          namers.stream().mapToDouble(p -> vectors.vector(p).dot(centre)).sorted().toArray();
      double near = similarity[similarity.length / 2];
      for (int i = 0; i < members.size(); i++) {
        int paper = members.get(i);
        if (assignment[i] == c
            && !naming.get(c).test(paper)
            && vectors.vector(paper).dot(centre) < near) {
          assignment[i] = OUTSIDE;
        }
      }
    }
  }

  private static int pinOrder(List<SubtopicPin> pins, String label) {
    for (int i = 0; i < pins.size(); i++) {
      if (pins.get(i).name().equals(label)) {
        return i;
      }
    }
    return pins.size();
  }

  private static int nearestKept(SparseVector v, double[][] centroids, int[] sizes, int pinned) {
    int best = -1;
    double bestSimilarity = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      double similarity = v.dot(centroids[c]);
      if ((c < pinned || sizes[c] >= MIN_CLUSTER) && similarity > bestSimilarity) {
        best = c;
        bestSimilarity = similarity;
      }
    }
    return best;
  }

  private static String unique(String slug, Set<String> used) {
    String base = slug.isEmpty() ? "topic" : slug;
    String candidate = base;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }
}
