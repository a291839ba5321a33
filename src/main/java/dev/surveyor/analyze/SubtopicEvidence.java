package dev.surveyor.analyze;

import dev.surveyor.model.Subtopic;
import dev.surveyor.model.SubtopicPin;
import dev.surveyor.text.Slugs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Corrects a page's curator-named sub-topics by named evidence ({@link NamedEvidence}): the marks a
 * group's papers share and that set it apart on its page are what define it to a reader ("GRPO" and
 * "reinforcement fine-tuning" for reinforcement learning, "ProofWriter" for logic). Three moves,
 * each only on strong evidence; the first two decided on the clustering's grouping at once (so in
 * no order), the third then, on the groups they make:
 *
 * <ul>
 *   <li>A paper that holds none of its group's defining marks, not even once in passing, and whose
 *       title does not write the group's phrases, moves to the one other group whose phrase its
 *       title writes, when it holds one of that group's defining marks or its abstract names that
 *       group as often as its own: "MathSE: Improving Multimodal Mathematical Reasoning ..." was
 *       among the reasoning traces by three mentions in its abstract. It moves too to the one other
 *       group whose defining mark it holds strongly and whose phrases its abstract writes at least
 *       twice as often as its own group's.
 *   <li>A paper in no named group joins the one group of whose defining marks it holds one
 *       strongly, when it holds none, however weakly, of any other group's.
 *   <li>A paper that names its group in passing only (no defining mark, no word of the group's name
 *       or phrases in its title, its phrases at most {@link #PASSING} times in the abstract) and
 *       none of whose {@link #NEIGHBOURS} nearest papers on the page, by their texts alone, is in
 *       the group (at 5, review 10 still found "The Ultimate Guide to Fine-Tuning LLMs" among the
 *       preference papers, LEVI among the pretraining ones and "Pensez", on French, among the
 *       mathematical ones, each with its nearest group mate fifth on the page), leaves it for the
 *       papers in no named group, unless the theme's introduction names it under the group's
 *       heading: "What's New in My Data? Novelty Exploration via Contrastive Generation" sat among
 *       the safety papers by "harmful" and "confidential", and was offered to them as related.
 * </ul>
 *
 * Absent names alone are no evidence: a rule that moved a paper out for holding none of its group's
 * marks took out surveys and RL papers whose words the lexicon does not name (issue 22, round
 * groups8). A paper leaves only when its own text, too, is nearer other papers.
 */
final class SubtopicEvidence {
  /** A mark defines a group when this many of its other papers hold it... */
  private static final int FEWEST_HOLDERS = 2;

  /** ...and they are at least this share of the page's other papers that hold it. */
  private static final double SHARE_OF_PAGE = 0.5;

  /** Mentions of a group's phrases in an abstract that may still be in passing. */
  private static final int PASSING = 3;

  /** The nearest papers on the page read for where a paper's text belongs. */
  private static final int NEIGHBOURS = 4;

  /**
   * How many times as often a paper's abstract must name another group than its own to move there
   * without its title naming it (it must hold a defining mark of that group too).
   */
  private static final int OUTNAMED = 2;

  /**
   * A paper whose abstract opens by naming its group stays in it when the group is among this many
   * it is nearest on average: its nearest papers may lie elsewhere when its subject spans groups.
   */
  private static final int OPENING_NEAREST = 2;

  /** A word this share of the titles write is the field's, not a group's ("model", "tuning"). */
  private static final double COMMON_WORD = 0.1;

  /** Two stems that open with this many letters alike are one word's. */
  private static final int SAME_START = 5;

  /** Passes of the moves at most, each on the groups the one before made. */
  private static final int ROUNDS = 4;

  /** The group a paper leaving its own group goes to: the papers in no named group. */
  private static final int NO_GROUP = -2;

  /** What the passes over one page share: see {@link #correct}. */
  private record Page(
      IntPredicate themeOnly, Map<Integer, int[]> held, PageNeighbours neighbours) {}

  /** A paper the rule moved, from and to a group's label, with the marks that moved it. */
  record Move(String slug, String from, String to, List<String> evidence) {}

  /** The page's sub-topics after the moves, and the moves. */
  record Result(List<Subtopic> subtopics, List<Move> moves) {}

  private final NamedEvidence evidence;
  private final TermVectors vectors;
  // per term id, in how many titles it is
  private final int[] titles;

  SubtopicEvidence(NamedEvidence evidence, TermVectors vectors) {
    this.evidence = evidence;
    this.vectors = vectors;
    this.titles = new int[vectors.dimensions()];
    for (int p = 0; p < vectors.papers(); p++) {
      SparseVector title = vectors.title(p);
      for (int i = 0; i < title.size(); i++) {
        titles[title.id(i)]++;
      }
    }
  }

  /**
   * @param members the page's papers (indexes), in the order a sub-topic lists them
   * @param slugs every paper's slug, by index
   * @param found the page's sub-topics as clustered
   * @param pins the page's named sub-topics, in order
   * @param themeWords the stems of the page's theme's name: marks and words made only of them
   *     ("instruction tuned" on Instruction tuning) say no more than that a paper is on the page
   * @param mentions how each paper names each pin
   * @param placed the papers the theme's introduction names under a pin's heading: they stay
   */
  Result correct(
      List<Integer> members,
      List<String> slugs,
      List<Subtopic> found,
      List<SubtopicPin> pins,
      Set<String> themeWords,
      PinMentions mentions,
      IntroductionPlacements placed) {
    // A move changes which marks define a group and where a paper's neighbours are, so the moves
    // run again on the groups they made until none is left: the groups as listed are then the
    // evidence's own (a paper one pass took out, the next may place; review 10's rounds).
    List<Move> moves = new ArrayList<>();
    List<Subtopic> groups = found;
    // what no move changes is read once for all the passes: the marks that say only the theme, each
    // paper's marks, and each paper's nearest papers on the page
    Page page =
        new Page(evidence.only(themeWords), new HashMap<>(), new PageNeighbours(vectors, members));
    // the named groups too thin to show, which no move may fill again
    Set<Integer> closed = new HashSet<>();
    for (int dissolved = 0; dissolved <= pins.size(); dissolved++) {
      for (int round = 0; round < ROUNDS; round++) {
        Result pass =
            once(members, slugs, groups, pins, themeWords, mentions, placed, page, closed);
        if (pass.moves().isEmpty()) {
          break;
        }
        moves.addAll(pass.moves());
        groups = pass.subtopics();
      }
      Result thin = dissolveThin(members, slugs, groups, pins, closed);
      if (thin.moves().isEmpty()) {
        break;
      }
      moves.addAll(thin.moves());
      groups = thin.subtopics();
    }
    return new Result(groups, List.copyOf(moves));
  }

  /**
   * The groups with every named group of fewer than {@link SubtopicFinder#MIN_CLUSTER} papers
   * dissolved, its papers listed in no named group, and the moves that made them; such a group's
   * pin is added to {@code closed}, so that the next passes do not fill it again. Two papers are a
   * pair, not a line of work a reader scans a group for (review 17: PEFT's "Surveys, configuration
   * and comparisons" of two papers), and a cluster the finder names is held to the same least size.
   */
  private static Result dissolveThin(
      List<Integer> members,
      List<String> slugs,
      List<Subtopic> groups,
      List<SubtopicPin> pins,
      Set<Integer> closed) {
    Map<String, Integer> index = new HashMap<>();
    for (int m : members) {
      index.put(slugs.get(m), m);
    }
    Map<Integer, Integer> target = new LinkedHashMap<>();
    List<Move> moves = new ArrayList<>();
    for (Subtopic s : groups) {
      if (s.pinned() && s.papers().size() < SubtopicFinder.MIN_CLUSTER) {
        for (int pin = 0; pin < pins.size(); pin++) {
          if (pins.get(pin).name().equals(s.label())) {
            closed.add(pin);
          }
        }
        for (String slug : s.papers()) {
          target.put(index.get(slug), NO_GROUP);
          moves.add(new Move(slug, s.label(), "", List.of()));
        }
      }
    }
    return new Result(rebuild(members, slugs, groups, pins, target), List.copyOf(moves));
  }

  private Result once(
      List<Integer> members,
      List<String> slugs,
      List<Subtopic> found,
      List<SubtopicPin> pins,
      Set<String> themeWords,
      PinMentions mentions,
      IntroductionPlacements placed,
      Page page,
      Set<Integer> closed) {
    Map<String, Integer> pinOf = new HashMap<>();
    for (int i = 0; i < pins.size(); i++) {
      pinOf.put(pins.get(i).name(), i);
    }
    Map<String, Integer> index = new HashMap<>();
    for (int m : members) {
      index.put(slugs.get(m), m);
    }
    // per paper on the page, its group: a pin's index, or -1 when in no named group
    Map<Integer, Integer> groupOf = new HashMap<>();
    for (Subtopic s : found) {
      int group = s.pinned() ? pinOf.getOrDefault(s.label(), -1) : -1;
      if (!s.named() || s.pinned()) {
        s.papers().forEach(slug -> groupOf.put(index.get(slug), group));
      }
    }
    Marks marks = new Marks(members, groupOf, pins.size(), page.themeOnly(), page.held());
    List<Move> moves = new ArrayList<>();
    Map<Integer, Integer> target = new LinkedHashMap<>();
    for (int paper : members) {
      Integer group = groupOf.get(paper);
      if (group == null) {
        continue; // in a group the clustering named by its phrase, not a curator's: left alone
      }
      String slug = slugs.get(paper);
      if (placed.apart(slug)) {
        // the curator's word that it is in no named group: no rule places it
        if (group >= 0) {
          target.put(paper, NO_GROUP);
          moves.add(new Move(slug, pins.get(group).name(), "", List.of()));
        }
        continue;
      }
      int to =
          placedElsewhere(
              paper,
              group,
              pins.size(),
              g -> !closed.contains(g) && placed.places(g, slug),
              mentions);
      if (to < 0) {
        to =
            group >= 0
                ? regroup(paper, group, marks, mentions, placed.places(group, slug))
                : place(paper, marks);
      }
      if (to >= 0 && !closed.contains(to)) {
        target.put(paper, to);
        moves.add(
            new Move(
                slugs.get(paper),
                group >= 0 ? pins.get(group).name() : "",
                pins.get(to).name(),
                marks.named(paper, to)));
      }
    }
    // where a paper's neighbours are is read on the groups these moves make: a neighbour that
    // moved away is no longer the group's
    Map<Integer, Integer> moved = new HashMap<>(groupOf);
    moved.putAll(target);
    PageNeighbours neighbours = page.neighbours();
    // the groups again, by paper index: the neighbour search asks of a few hundred papers per paper
    int[] groupAt = new int[vectors.papers()];
    Arrays.fill(groupAt, Integer.MIN_VALUE);
    moved.forEach(
        (paper, group) -> {
          if (paper != null) {
            groupAt[paper] = group;
          }
        });
    Texts texts = new Texts(neighbours, groupAt, pins.size());
    for (int paper : members) {
      Integer group = moved.get(paper);
      if (group == null || target.containsKey(paper) || placed.apart(slugs.get(paper))) {
        continue;
      }
      if (group >= 0) {
        if (!placed.places(group, slugs.get(paper))
            && leaves(paper, group, marks, mentions, themeWords, texts)) {
          target.put(paper, NO_GROUP);
          moves.add(new Move(slugs.get(paper), pins.get(group).name(), "", List.of()));
        }
      } else {
        int to = joins(paper, mentions, texts);
        if (to >= 0 && !closed.contains(to)) {
          target.put(paper, to);
          moves.add(new Move(slugs.get(paper), "", pins.get(to).name(), List.of()));
        }
      }
    }
    return new Result(rebuild(members, slugs, found, pins, target), List.copyOf(moves));
  }

  /**
   * Whether a paper of {@code group} leaves it: it names the group in passing only, and its text is
   * nearer other papers of the page than any of the group's.
   */
  private boolean leaves(
      int paper,
      int group,
      Marks marks,
      PinMentions mentions,
      Set<String> themeWords,
      Texts texts) {
    // cheapest first: the marks and the title's words are at hand, the neighbours are a few
    // hundred sums, the abstract is analysed again
    if (marks.holdsAny(paper, group)
        || titleWritesAWordOf(paper, mentions.words(group), themeWords)
        || mentions.inTitle(group, paper)) {
      return false;
    }
    return texts.neighbours().noneNear(paper, NEIGHBOURS, o -> texts.groupAt()[o] == group)
        && mentions.inAbstract(group, paper) <= PASSING
        && !(mentions.inOpening(group, paper)
            && texts
                .nearness(paper, texts.neighbours().alike(paper))
                .amongNearest(group, OPENING_NEAREST));
  }

  /**
   * The group a paper in no named group joins by its text, or -1: the group its text clearly
   * belongs to ({@link GroupNearness#clearly()}), when the paper writes that group's phrases at
   * least once. Papers whose names the lexicon does not know ("π*0.6: a VLA That Learns From
   * Experience" among the robot-learning papers) are placed by their words, as the clustering
   * places them, but only where their nearest papers and the group as a whole agree.
   */
  private static int joins(int paper, PinMentions mentions, Texts texts) {
    // cheapest first: the votes of its nearest papers (kept across the passes), then whether it
    // names the group they choose, and only then its likeness to the whole sample (the averages,
    // kept for the next passes)
    int to =
        GroupNearness.voted(
            texts.neighbours().nearest(paper, GroupNearness.VOTERS),
            texts.groupAt(),
            texts.groups());
    return to >= 0
            && (mentions.inTitle(to, paper) || mentions.inAbstract(to, paper) > 0)
            && texts.nearness(paper, texts.neighbours().alike(paper)).nearestByMargin(to)
        ? to
        : -1;
  }

  /** A page's texts read on the groups one pass of the moves makes. */
  private record Texts(PageNeighbours neighbours, int[] sample, int[] groupAt, int groups) {
    Texts(PageNeighbours neighbours, int[] groupAt, int groups) {
      this(neighbours, neighbours.sample(), groupAt, groups);
    }

    GroupNearness nearness(int paper, double[] alike) {
      return new GroupNearness(paper, sample, alike, groupAt, groups);
    }
  }

  /**
   * Whether the paper's title writes a word of the group's name or phrases that says more than the
   * theme and than the field's titles: "causal" in "Probing Their Struggles with Causal Order
   * Reasoning" under "Commonsense and causal reasoning", "follow" in "Can Language Models Follow
   * Multiple Turns of Entangled Instructions?" under "Instruction following and its evaluation". A
   * title in the group's words, if not in its phrases, is the paper's own word for where it is.
   */
  private boolean titleWritesAWordOf(int paper, Set<String> words, Set<String> themeWords) {
    SparseVector title = vectors.title(paper);
    for (int i = 0; i < title.size(); i++) {
      int id = title.id(i);
      String term = vectors.term(id);
      if (!themeWords.contains(term)
          && titles[id] <= COMMON_WORD * vectors.papers()
          && words.stream().anyMatch(w -> alike(w, term))) {
        return true;
      }
    }
    return false;
  }

  /**
   * One stem, or two that open with the same {@link #SAME_START} letters: the stemmer parts
   * "private" from "privacy" ("privat", "privaci"), a reader does not.
   */
  private static boolean alike(String a, String b) {
    return a.equals(b)
        || a.length() >= SAME_START
            && b.length() >= SAME_START
            && a.regionMatches(0, b, 0, SAME_START);
  }

  /**
   * The group the theme's introduction names the paper under, when that is not its group (or it is
   * in none), the introduction does not name it under its own group too, and, for a paper in a
   * group, its text names that group (title or abstract), or -1: the curator's word for where it
   * belongs ("Med-R³ stages reinforcement learning ..." under "Curricula for reinforcement
   * fine-tuning") wins over the clustering's nearest group, as a placement under its own heading
   * keeps a paper where it is. A paper in a group must name the other, so one named there only in
   * passing, as a contrast, stays where its words put it; a paper in no named group has no such
   * place, and the curator's word is the only placement it has: "Making Large Language Models
   * Better Reasoners with Alignment" fine-tunes on chain-of-thought data in words no group's
   * phrases are (issue 22, round groups16).
   */
  private static int placedElsewhere(
      int paper, int group, int groups, IntPredicate placedIn, PinMentions mentions) {
    if (group >= 0 && placedIn.test(group)) {
      return -1;
    }
    int to = -1;
    for (int g = 0; g < groups; g++) {
      if (g != group
          && placedIn.test(g)
          && (group < 0 || mentions.inTitle(g, paper) || mentions.inAbstract(g, paper) > 0)) {
        if (to >= 0) {
          return -1; // placed under two headings: no one place
        }
        to = g;
      }
    }
    return to;
  }

  /**
   * The group a paper of {@code group} moves to, or -1: never when the theme's introduction names
   * it under its group's heading (a curator's word, which no rule over words overrules: "What's
   * Missing in Vision-Language Models?" is named among the causal reasoning papers, and its title's
   * "vision-language" must not take it to Multimodal reasoning, from where the introduction would
   * bring it back on the next pass). Otherwise, when it holds none of its group's marks and its
   * title does not name it: the title names one other group, which its abstract names as often or
   * which it holds a defining mark of (the paper's own words and names all point there); or it
   * holds a defining mark of one other group whose phrases its abstract writes {@link #OUTNAMED}
   * times as often as its own group's: "Self-Evolving Curriculum for LLM Reasoning" names
   * reinforcement learning five times and mathematics twice, and sat among the mathematical
   * reasoning papers (review 10).
   */
  private static int regroup(
      int paper, int group, Marks marks, PinMentions mentions, boolean placedHere) {
    if (placedHere || marks.holdsAny(paper, group) || mentions.inTitle(group, paper)) {
      return -1;
    }
    int to = -1;
    for (int other = 0; other < marks.groups(); other++) {
      if (other != group
          && (mentions.inTitle(other, paper)
                  && (marks.holdsStrong(paper, other)
                      || mentions.inAbstract(other, paper) >= mentions.inAbstract(group, paper))
              || marks.holdsStrong(paper, other)
                  && mentions.inAbstract(other, paper)
                      >= OUTNAMED * Math.max(1, mentions.inAbstract(group, paper)))) {
        if (to >= 0) {
          return -1; // two groups' evidence: no one place
        }
        to = other;
      }
    }
    return to;
  }

  /** The group a paper in no named group joins, or -1. */
  private static int place(int paper, Marks marks) {
    int to = -1;
    for (int group = 0; group < marks.groups(); group++) {
      if (marks.holdsStrong(paper, group)) {
        if (to >= 0) {
          return -1;
        }
        to = group;
      }
    }
    if (to < 0) {
      return -1;
    }
    for (int group = 0; group < marks.groups(); group++) {
      if (group != to && marks.holdsAny(paper, group)) {
        return -1;
      }
    }
    return to;
  }

  /** The sub-topics with the moved papers in their new groups, each in the page's order. */
  private static List<Subtopic> rebuild(
      List<Integer> members,
      List<String> slugs,
      List<Subtopic> found,
      List<SubtopicPin> pins,
      Map<Integer, Integer> target) {
    if (target.isEmpty()) {
      return found;
    }
    Map<String, Integer> movedTo = new HashMap<>();
    target.forEach((paper, to) -> movedTo.put(slugs.get(paper), to));
    // per slug, the sub-topic it ends in (by position in found)
    Map<String, Integer> endsIn = new HashMap<>();
    for (int i = 0; i < found.size(); i++) {
      for (String slug : found.get(i).papers()) {
        endsIn.put(slug, i);
      }
    }
    List<Subtopic> groups = withNoGroup(found, movedTo);
    for (int i = 0; i < groups.size(); i++) {
      Subtopic s = groups.get(i);
      for (Map.Entry<String, Integer> move : movedTo.entrySet()) {
        int to = move.getValue();
        if (s.pinned()
            ? to >= 0 && pins.get(to).name().equals(s.label())
            : to == NO_GROUP && s.label().equals(SubtopicFinder.OUTSIDE_LABEL)) {
          endsIn.put(move.getKey(), i);
        }
      }
    }
    List<List<String>> kept = new ArrayList<>();
    groups.forEach(s -> kept.add(new ArrayList<>()));
    for (int m : members) {
      Integer i = endsIn.get(slugs.get(m));
      if (i != null) {
        kept.get(i).add(slugs.get(m));
      }
    }
    List<Subtopic> out = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Subtopic s = groups.get(i);
      if (!kept.get(i).isEmpty()) {
        out.add(new Subtopic(s.slug(), s.label(), s.pinned(), s.named(), s.terms(), kept.get(i)));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The sub-topics, with the group of the papers the named ones did not keep added last when a
   * paper leaves its group and the page has no such group yet.
   */
  private static List<Subtopic> withNoGroup(List<Subtopic> found, Map<String, Integer> movedTo) {
    boolean needed = movedTo.containsValue(NO_GROUP);
    if (!needed
        || found.stream()
            .anyMatch(s -> !s.pinned() && s.label().equals(SubtopicFinder.OUTSIDE_LABEL))) {
      return found;
    }
    Set<String> slugs = new HashSet<>();
    found.forEach(s -> slugs.add(s.slug()));
    String slug = Slugs.of(SubtopicFinder.OUTSIDE_LABEL);
    for (int n = 2; slugs.contains(slug); n++) {
      slug = Slugs.of(SubtopicFinder.OUTSIDE_LABEL) + "-" + n;
    }
    List<Subtopic> groups = new ArrayList<>(found);
    groups.add(
        new Subtopic(slug, SubtopicFinder.OUTSIDE_LABEL, false, false, List.of(), List.of()));
    return groups;
  }

  /**
   * The marks of a page's papers counted per group, and which define each group for a paper: held
   * by {@link #FEWEST_HOLDERS} of the group's other papers, who are {@link #SHARE_OF_PAGE} of the
   * page's other papers holding it. The paper itself is left out of both counts, so a mark it
   * shares with one other paper does not define its own group.
   */
  private final class Marks {
    private final Map<Integer, Integer> groupOf;
    private final int groups;
    private final IntPredicate themeOnly;
    // the mark ids the page's papers hold, ascending; per one of them (by position), papers
    // holding it on the page, and per group (sized by the page, not by the survey's marks)
    private final int[] ids;
    private final int[] onPage;
    private final int[][] inGroup;
    // per paper, its marks ({@link #all}); shared by the passes over the page
    private final Map<Integer, int[]> held;

    Marks(
        List<Integer> members,
        Map<Integer, Integer> groupOf,
        int groups,
        IntPredicate only,
        Map<Integer, int[]> held) {
      this.held = held;
      this.groupOf = groupOf;
      this.groups = groups;
      this.themeOnly = only;
      this.ids =
          members.stream().flatMapToInt(p -> Arrays.stream(all(p))).sorted().distinct().toArray();
      this.onPage = new int[ids.length];
      this.inGroup = new int[groups][ids.length];
      for (int paper : members) {
        Integer group = groupOf.get(paper);
        for (int id : all(paper)) {
          int at = Arrays.binarySearch(ids, id);
          onPage[at]++;
          if (group != null && group >= 0) {
            inGroup[group][at]++;
          }
        }
      }
    }

    int groups() {
      return groups;
    }

    /** The paper's marks, strong and weak, but those that say only the theme. */
    private int[] all(int paper) {
      return held.computeIfAbsent(
          paper,
          p -> {
            int[] strong = evidence.strong(p);
            int[] weak = evidence.weak(p);
            int[] both = new int[strong.length + weak.length];
            int n = 0;
            for (int id : strong) {
              both[n] = id;
              n += themeOnly.test(id) ? 0 : 1;
            }
            for (int id : weak) {
              both[n] = id;
              n += themeOnly.test(id) ? 0 : 1;
            }
            return Arrays.copyOf(both, n);
          });
    }

    /** Whether the mark defines the group, the paper (which holds it) left out. */
    private boolean defines(int id, int group, int paper) {
      int at = Arrays.binarySearch(ids, id);
      if (at < 0) {
        return false; // held by none of the page's papers
      }
      Integer own = groupOf.get(paper);
      int others = inGroup[group][at] - (own != null && own == group ? 1 : 0);
      return others >= FEWEST_HOLDERS && others >= SHARE_OF_PAGE * (onPage[at] - 1);
    }

    boolean holdsStrong(int paper, int group) {
      for (int id : evidence.strong(paper)) {
        if (!themeOnly.test(id) && defines(id, group, paper)) {
          return true;
        }
      }
      return false;
    }

    boolean holdsAny(int paper, int group) {
      for (int id : all(paper)) {
        if (!themeOnly.test(id) && defines(id, group, paper)) {
          return true;
        }
      }
      return false;
    }

    /** The marks of the group the paper holds, as readers read them. */
    List<String> named(int paper, int group) {
      List<String> said = new ArrayList<>();
      for (int id : all(paper)) {
        if (defines(id, group, paper)) {
          said.add(evidence.mark(id).text());
        }
      }
      return said;
    }
  }
}
