package dev.surveyor.analyze;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.model.EntityIndex;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Related;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds each paper's most similar papers: TF-IDF cosine over title and abstract, plus the cosine of
 * the titles alone, a little for every rare method or benchmark both name, for the themes they
 * share and for a named sub-topic they share. Models (the baselines every paper compares with) and
 * common entities add nothing. A paper whose nearest neighbours are not close enough gets fewer, or
 * none, rather than filler. No paper is compared with all others: each term keeps a "champion list"
 * of the papers weighting it most, a paper looks up only its strongest terms, and only the best
 * partial matches get an exact score; a list they leave short is filled from the paper's named
 * sub-topics. The cost grows with the number of papers, not its square. What a pair shares is said
 * by {@link RelatedReasons}.
 */
public final class RelatedFinder {
  private static final int QUERY_TERMS = 16;
  private static final int CHAMPIONS = 200;
  private static final int CANDIDATES = 40;
  // a named sub-topic of at most this many papers offers those the lookup missed
  private static final int GROUP_MATES = 100;
  // What a title says outweighs a single abstract word: a shared title counts this much besides.
  static final double TITLE_WEIGHT = 0.25;
  // No one word makes two papers alike: each term adds at most this much to a cosine, so a single
  // rare word both use ("diffusion", "arithmetic") cannot stand in for a shared subject.
  static final double TERM_CAP = 0.04;
  static final double TITLE_TERM_CAP = 0.2;
  private static final double ENTITY_BOOST = 0.03;
  private static final int MAX_ENTITY_BOOSTS = 3;
  // The share of their themes two papers have in common (Jaccard) counts this much.
  private static final double THEME_WEIGHT = 0.1;

  /**
   * Two papers of one named sub-topic ("Curricula for reinforcement fine-tuning", a curator's or a
   * phrase most of its papers write) work on one line of work: this counts as much as sharing every
   * theme. On the pairs four blind panels rated, 1% of the ratings of such pairs were "not related"
   * against 15-22% of the others'.
   */
  private static final double SUBTOPIC_WEIGHT = 0.1;

  /**
   * Below this score a neighbour is filler: tuned by reading lists of papers outside the blind
   * panel's forty (see README, "Related papers").
   */
  static final double MIN_SCORE = 0.25;

  /**
   * A pair with nothing to say it shares (no rare method, title phrase or subject in common) is
   * shown only this close: about half the pairs between this and {@link #MIN_SCORE} were read as
   * not related, against few above it.
   */
  static final double MIN_SCORE_UNSAID = 0.31;

  /**
   * ... and this close, and in one theme at least, when the two are in no named sub-topic together:
   * of such pairs with no reason that main showed, 13% of the blind panels' ratings were "not
   * related" (0% of those of pairs in one sub-topic; 50% of those of a theme's paper and one in no
   * theme).
   */
  static final double MIN_SCORE_UNSAID_APART = 0.34;

  /**
   * However much shared methods and themes add, two papers whose whole texts are less alike than
   * this are not related: of the pairs blind panels rated, about 30% of those below were read as
   * not related ("GRPO" shared by a tutoring and a video paper), 2-7% of those above ...
   */
  static final double MIN_TEXT = 0.18;

  /**
   * ... unless their titles are this alike (titles' cosine; none of those pairs read as not) ...
   */
  static final double TITLES_ALIKE = 0.3;

  /**
   * ... or they write a phrase that names what they share ("mathematical reasoning", "vocabulary
   * curriculum") and their texts are this alike: on the rated pairs this kept 8 more "relevant"
   * ratings and no "not related" one.
   */
  static final double MIN_TEXT_PHRASE = 0.15;

  /**
   * ... or they are in one named sub-topic and their texts are this alike: intent detection with a
   * reward-based curriculum and adaptive curriculum reinforcement fine-tuning (0.17) write the same
   * idea in different words. In a named group of the Other page, only when both write a word that
   * names its subject ({@link GroupSubjects}) or both name a method or model the reader is shown:
   * such a group may hold several subjects under one name, and a clinical and a shopping paper of
   * "Fine-tuning for specific domains" (0.16) were read as not related. In a theme's sub-topic,
   * only in one that holds together: a catch-all's pairs need more, up to {@link #MIN_TEXT}, unless
   * both write of what most of its papers write or the pair names a thing both write (not a
   * benchmark alone).
   */
  static final double MIN_TEXT_SUBTOPIC = 0.12;

  /**
   * Titles whose cosine is under this share at most words a sixth or more of the survey's titles
   * write ("reasoning", "language models", "LLM", "fine-tuning"): nothing that names a subject.
   */
  static final double TITLES_SHARE_NOTHING = 0.05;

  /**
   * Titles whose cosine is at least this share a word that names a subject ("logical", "data
   * selection", "robot": 0.11-0.25 between a survey and a paper of its area); titles sharing only
   * "reasoning" and "large language models" reach 0.05-0.07.
   */
  static final double TITLES_SHARE_SUBJECT = 0.1;

  private final List<Paper> papers;
  private final TermVectors vectors;
  private final EntityTable entityTable;
  private final PaperGroups groups;
  private final GroupSubjects subjects;
  private final RelatedReasons reasons;
  private final SurveyPapers surveys;
  private final int[][] championPapers;
  private final float[][] championWeights;

  /**
   * @param papers in the order of the vectors
   * @param groups the themes and named sub-topics of the same papers
   * @param subjects what each named group of {@code groups} is about
   * @param stem the analyser's stem of a lowercase word
   */
  RelatedFinder(
      List<Paper> papers,
      TermVectors vectors,
      EntityIndex entityIndex,
      PaperGroups groups,
      GroupSubjects subjects,
      UnaryOperator<String> stem) {
    this.papers = papers;
    this.vectors = vectors;
    this.entityTable = new EntityTable(papers, entityIndex, vectors.papers());
    this.groups = groups;
    this.subjects = subjects;
    this.reasons = new RelatedReasons(papers, vectors, entityTable, groups, stem);
    this.surveys = new SurveyPapers(papers);
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
    List<List<Related>> found =
        PageReasons.distinguish(
            ReasonSpellings.unify(
                Cores.mapIndices(papers.size(), p -> find(p, count, scratch.get()))));
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
  private record Scratch(double[] partial, float[] query, int[] touched) {
    Scratch(int papers, int dimensions) {
      // a lookup touches at most every champion of every query term
      this(new double[papers], new float[dimensions], new int[QUERY_TERMS * CHAMPIONS]);
    }
  }

  private List<Related> find(int paper, int count, Scratch scratch) {
    double[] partial = scratch.partial();
    SparseVector query = vectors.vector(paper);
    int[] touched = scratch.touched();
    int touchedCount = 0;
    // the innermost loop of the step, run for every champion of every query term of every paper:
    // each weight and partial score read once
    for (int k : strongest(query, QUERY_TERMS)) {
      int term = query.id(k);
      float weight = query.weight(k);
      int[] champs = championPapers[term];
      float[] weights = championWeights[term];
      for (int c = 0; c < champs.length; c++) {
        int other = champs[c];
        if (other == paper) {
          continue;
        }
        double sum = partial[other];
        if (sum == 0) {
          touched[touchedCount++] = other;
        }
        partial[other] = sum + weight * weights[c];
      }
    }
    // The best partial scores (papers in index order break ties), kept in a small bounded heap.
    List<Integer> best = best(touched, touchedCount, partial);
    for (int i = 0; i < touchedCount; i++) {
      partial[touched[i]] = 0;
    }
    query.scatter(scratch.query());
    List<Related> related = pick(paper, best, count, false, true, scratch);
    if (related.size() < count) {
      // the terms found too few: the paper's group's papers they missed may fill the places
      List<Related> more =
          pick(paper, groupMates(paper, best), count - related.size(), true, true, scratch);
      if (!more.isEmpty()) {
        List<Related> all = new ArrayList<>(related);
        all.addAll(more);
        all.sort(
            Comparator.comparingDouble((Related r) -> -r.score()).thenComparing(Related::slug));
        related = all;
      }
    }
    if (related.isEmpty()) {
      // the field-word rule trims lists, it does not empty them: a paper with nothing else keeps
      // its closest such pair (EpiCoder and "Complex Logical Instruction Generation", both
      // generating complex instructions, read as somewhat related by every rating)
      related = pick(paper, best, 1, false, false, scratch);
    }
    query.clear(scratch.query());
    return List.copyOf(related);
  }

  /**
   * Up to {@code count} of the candidates that are related to the paper, best first; the paper's
   * weights are scattered in {@code scratch}.
   *
   * @param missed whether the candidates are group mates the paper's terms did not find: such a
   *     pair's texts share no strong term, so under {@link #MIN_TEXT} with titles sharing nothing
   *     it needs something said in common, whatever the group's subject words add
   * @param trimFieldWords whether a pair that shows nothing must be close without titles sharing
   *     only the field's words ({@link #closeBeyondFieldWords})
   */
  private List<Related> pick(
      int paper,
      List<Integer> candidates,
      int count,
      boolean missed,
      boolean trimFieldWords,
      Scratch scratch) {
    double[] exact = new double[candidates.size()];
    boolean[] alike = new boolean[candidates.size()];
    boolean[] phraseAlike = new boolean[candidates.size()];
    boolean[] alikeIfSaid = new boolean[candidates.size()];
    boolean[] byName = new boolean[candidates.size()];
    boolean[] floorAlone = new boolean[candidates.size()];
    boolean[] surveyByGroup = new boolean[candidates.size()];
    double[] textOf = new double[candidates.size()];
    double[] titlesOf = new double[candidates.size()];
    String[] subtopic = new String[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      int other = candidates.get(i);
      double text = vectors.vector(other).dotCapped(scratch.query(), TERM_CAP);
      double titles = vectors.title(paper).dotCapped(vectors.title(other), TITLE_TERM_CAP);
      textOf[i] = text;
      titlesOf[i] = titles;
      int group = groups.sharedSubtopicId(paper, other);
      subtopic[i] = group < 0 ? "" : groups.label(group);
      boolean together = group >= 0;
      alike[i] =
          text >= MIN_TEXT
              || titles >= TITLES_ALIKE
              || (together && sameLine(paper, other, group, text));
      floorAlone[i] =
          text < MIN_TEXT
              && titles < TITLES_SHARE_NOTHING
              && together
              && (missed || onlyByFloor(paper, other, group, text));
      // a survey covers its whole area: a group it shares with a paper that is no survey vouches
      // for the two only when their texts are alike by themselves or their titles name one subject
      surveyByGroup[i] =
          together
              && surveys.oneSurveys(paper, other)
              && text < MIN_TEXT
              && titles < TITLES_SHARE_SUBJECT;
      // a catch-all's pair under its floor is alike when it names a thing both write, shown or
      // not ("medical" alone is not shown): of the pairs blind panels rated that were in one
      // group, unalike and said why, none was read as not; a benchmark alone says only what both
      // were evaluated on. A named group of the Other page may hold several subjects under one
      // name, so there only a method or model both name and the reader is shown will do
      // ("Continual learning": HFT and Task-Specific Skill Localization, which had none)
      alikeIfSaid[i] = together && text >= MIN_TEXT_SUBTOPIC;
      byName[i] = together && subjects.curated(group);
      phraseAlike[i] = text >= MIN_TEXT_PHRASE;
      exact[i] =
          Math.round((score(paper, other, text, titles) + (together ? SUBTOPIC_WEIGHT : 0)) * 10000)
              / 10000.0;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingDouble((Integer i) -> -exact[i])
            .thenComparing(i -> papers.get(candidates.get(i)).slug()));
    List<Related> related = new ArrayList<>();
    for (int i : order) {
      if (related.size() == count || exact[i] < MIN_SCORE) {
        break;
      }
      int other = candidates.get(i);
      boolean vouched = alike[i] || (phraseAlike[i] && reasons.sharePhrase(paper, other));
      if (!vouched && !alikeIfSaid[i]) {
        continue;
      }
      // whether a pair is shown rests on all it shares; the reader is shown what says something
      List<String> said = reasons.of(paper, other);
      // a group's coherence lowers the floor its pairs' texts must reach, but two papers still
      // need a subject in common: a reason, the group's subject words or a title word
      if (said.isEmpty() && floorAlone[i]) {
        continue;
      }
      if (said.isEmpty() && !shownUnsaid(paper, other, exact[i], subtopic[i])) {
        continue;
      }
      List<String> shown = reasons.shown(paper, other, said);
      // a pair listed with no reason and no group says only that it is close in wording: it must
      // be close without titles that share only the field's words
      if (trimFieldWords
          && said.isEmpty()
          && shown.isEmpty()
          && subtopic[i].isEmpty()
          && !closeBeyondFieldWords(paper, other, exact[i], titlesOf[i])) {
        continue;
      }
      // one method many papers name says they share a tool, not a subject: outside a named group,
      // with titles not alike, the texts must make up what the method adds to the score (a
      // personalised-preference paper and a multimodal-math one shared only "Reward model",
      // forgetting and instruction data only "Preference optimization": 0.208, both read as not
      // related by a blind panel); two or more such methods only when the pair says nothing else
      // (VR-Thinker and VeriPO share GRPO and RFT, and "video", which is not shown); titles alike
      // only by words of the kind of paper ("Towards ... Survey") are not alike
      if (subtopic[i].isEmpty()
          && (titlesOf[i] < TITLES_ALIKE || !reasons.titlesShareSubjectWord(paper, other))
          && reasons.broadMethodOnly(shown)
          && (shown.size() == 1 || reasons.broadMethodOnly(said))
          && textOf[i] < MIN_TEXT + ENTITY_BOOST) {
        continue;
      }
      if (surveyByGroup[i] && shown.isEmpty()) {
        continue;
      }
      if (!vouched && shown.isEmpty() && reasons.benchmarksOnly(said)) {
        continue;
      }
      if (!vouched && byName[i] && !namesMethod(shown)) {
        continue;
      }
      // listed on all it shares; told only what names a subject of both
      related.add(
          new Related(
              papers.get(other).slug(), exact[i], reasons.told(shown, paper, other), subtopic[i]));
    }
    return related;
  }

  /**
   * Whether a shown reason names a method or model both papers name (not a benchmark: what both
   * were evaluated on), such as "Continual learning".
   */
  private boolean namesMethod(List<String> shown) {
    return shown.stream()
        .map(r -> r.toLowerCase(Locale.ROOT))
        .anyMatch(r -> entityTable.namesEntity(r) && !entityTable.namesBenchmark(r));
  }

  /**
   * Whether two papers of one named sub-topic, whose texts are less alike than {@link #MIN_TEXT},
   * work on one line of work all the same: when their texts reach the floor the group's coherence
   * sets (a named group of the Other page vouches for nothing by itself), or both write its subject
   * words ({@link GroupSubjects}). Papers of a catch-all ("Curricula for specific domains and
   * tasks": a medical paper and a code one, 0.12) otherwise are not, unless they have a reason to
   * show.
   */
  private boolean sameLine(int paper, int other, int group, double text) {
    return text >= textFloor(group)
        || (text >= MIN_TEXT_SUBTOPIC && subjects.shareSubject(group, paper, other));
  }

  /**
   * Whether two papers of a theme's named sub-topic are alike only because the group's coherence
   * lowers their texts' floor ({@link #textFloor}): neither writes the group's subject words with
   * the other. Of such pairs that also share no title word and nothing to say, the blind panel of
   * last round (related15) read 2 of 6 as not related ("Metacognitive Reuse" and an
   * antidistillation paper, both in "Learning from reasoning traces"), none as relevant.
   */
  private boolean onlyByFloor(int paper, int other, int group, double text) {
    return text >= textFloor(group)
        && !(text >= MIN_TEXT_SUBTOPIC && subjects.shareSubject(group, paper, other));
  }

  /**
   * How alike the texts of two papers of a named sub-topic must be: {@link #MIN_TEXT_SUBTOPIC} in a
   * group that holds together, up to {@link #MIN_TEXT} in a catch-all or a named group of the Other
   * page ({@link GroupSubjects#vouch}).
   */
  private double textFloor(int subtopic) {
    return MIN_TEXT - (MIN_TEXT - MIN_TEXT_SUBTOPIC) * subjects.vouch(subtopic);
  }

  /**
   * Whether a pair with nothing to say it shares is shown all the same: two papers of one named
   * sub-topic when close, others when closer and in one theme at least (a survey of pretraining for
   * deep RL, in no theme, and one of mathematical reasoning were read as not related).
   */
  private boolean shownUnsaid(int paper, int other, double score, String subtopic) {
    if (!subtopic.isEmpty()) {
      return score >= MIN_SCORE_UNSAID;
    }
    return score >= MIN_SCORE_UNSAID_APART
        && EntityTable.shared(groups.themes(paper), groups.themes(other)).length > 0;
  }

  /**
   * Whether a pair that shows nothing and shares no named group is close enough by what its titles
   * share: titles sharing only words of the whole field ({@link
   * RelatedReasons#titlesShareOnlyFieldWords}), or those and a word one title writes only inside a
   * compound, with no subject of the abstracts in common ({@link
   * RelatedReasons#titlesShareOnlyAFragment}: "Teaching-Inspired Prompting" and "Teaching LLMs to
   * Plan"), add nothing to what the shared theme counts already. "Preemptive Answer 'Attacks' on
   * Chain-of-Thought Reasoning" and CoT-Valve's "Length-Compressible Chain-of-Thought Tuning" (one
   * judge read them as not related), or "Resa: Transparent Reasoning Models" and "ReSearch:
   * Learning to Reason", were over the bar only by "chain-of-thought" and "reasoning".
   */
  private boolean closeBeyondFieldWords(int paper, int other, double score, double titles) {
    return !(reasons.titlesShareOnlyFieldWords(paper, other)
            || reasons.titlesShareOnlyAFragment(paper, other))
        || score - TITLE_WEIGHT * titles >= MIN_SCORE_UNSAID_APART;
  }

  /**
   * The papers of the paper's named sub-topics that the partial scores did not find: a group's
   * papers may say one line of work in other words than the terms a paper is looked up by (three
   * papers of "Supervised fine-tuning objectives and procedures", alike by every rule, were not
   * among the forty best partial matches of "Selective Self-to-Supervised Fine-Tuning", which had
   * no related paper). The rules judge them as any pair. They only fill the places the terms leave:
   * offered with the others, they displaced 169 items on this survey, among them four
   * efficient-reasoning papers from BudgetThinker's list for papers of its other group. A group
   * larger than {@link #GROUP_MATES} offers none: its papers fill a list through the terms they
   * share.
   */
  private List<Integer> groupMates(int paper, List<Integer> found) {
    Set<Integer> seen = new HashSet<>(found);
    seen.add(paper);
    List<Integer> mates = new ArrayList<>();
    for (int group : groups.subtopics(paper)) {
      int[] members = groups.members(group);
      if (members.length <= GROUP_MATES) {
        for (int other : members) {
          if (seen.add(other)) {
            mates.add(other);
          }
        }
      }
    }
    return mates;
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

  /**
   * Cosine of the whole texts and of the titles (both given), plus a little for each shared rare
   * method or benchmark (up to a cap) and for the share of their themes the two have in common.
   */
  private double score(int paper, int other, double text, double titles) {
    double score = text + TITLE_WEIGHT * titles;
    int sharedEntities = entityTable.sharedTelling(paper, other).length;
    return score
        + ENTITY_BOOST * Math.min(MAX_ENTITY_BOOSTS, sharedEntities)
        + THEME_WEIGHT * themeOverlap(groups.themes(paper), groups.themes(other));
  }

  /** Shared themes over the themes of either; papers in no theme share none. */
  private static double themeOverlap(int[] a, int[] b) {
    int both = EntityTable.shared(a, b).length;
    int either = a.length + b.length - both;
    return either == 0 ? 0 : (double) both / either;
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
    int kept = Math.min(CHAMPIONS, posting.length);
    // the least keys, sorted, are the same whether the rest are sorted or only set apart, and a
    // common term has tens of thousands of papers
    if (posting.length > kept) {
      selectLeast(posting, kept);
    }
    Arrays.sort(posting, 0, kept);
    championPapers[term] = new int[kept];
    championWeights[term] = new float[kept];
    for (int i = 0; i < kept; i++) {
      championPapers[term][i] = (int) posting[i];
      championWeights[term][i] =
          Float.intBitsToFloat(Integer.MAX_VALUE - (int) (posting[i] >>> 32));
    }
  }

  /** Moves the {@code k} least keys to the front, in no order (Hoare's selection). */
  static void selectLeast(long[] keys, int k) {
    int from = 0;
    int to = keys.length - 1;
    while (from < to) {
      long pivot = median(keys[from], keys[(from + to) >>> 1], keys[to]);
      int i = from;
      int j = to;
      while (i <= j) {
        while (keys[i] < pivot) {
          i++;
        }
        while (keys[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long t = keys[i];
          keys[i++] = keys[j];
          keys[j--] = t;
        }
      }
      // [from, j] <= pivot <= [i, to]
      if (k - 1 <= j) {
        to = j;
      } else if (k - 1 >= i) {
        from = i;
      } else {
        return;
      }
    }
  }

  private static long median(long a, long b, long c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
