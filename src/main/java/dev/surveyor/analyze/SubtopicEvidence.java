package dev.surveyor.analyze;

import dev.surveyor.model.Subtopic;
import dev.surveyor.model.SubtopicPin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Corrects a page's curator-named sub-topics by named evidence ({@link NamedEvidence}): the marks a
 * group's papers share and that set it apart on its page are what define it to a reader ("GRPO" and
 * "reinforcement fine-tuning" for reinforcement learning, "ProofWriter" for logic). Two moves, each
 * only on strong evidence, decided on the clustering's grouping at once (so in no order):
 *
 * <ul>
 *   <li>A paper that holds none of its group's defining marks, not even once in passing, and whose
 *       title does not write the group's phrases, moves to the one other group whose phrase its
 *       title writes, when it holds one of that group's defining marks or its abstract names that
 *       group as often as its own: "MathSE: Improving Multimodal Mathematical Reasoning ..." was
 *       among the reasoning traces by three mentions in its abstract.
 *   <li>A paper in no named group joins the one group of whose defining marks it holds one
 *       strongly, when it holds none, however weakly, of any other group's.
 * </ul>
 *
 * A paper is never moved out of a named group: a rule that did so when a paper shared none of its
 * group's marks and its own pointed nowhere in the group took out surveys and RL papers whose words
 * the lexicon does not name (issue 22, round groups8), so absent evidence is not evidence.
 */
final class SubtopicEvidence {
  /** A mark defines a group when this many of its other papers hold it... */
  private static final int FEWEST_HOLDERS = 2;

  /** ...and they are at least this share of the page's other papers that hold it. */
  private static final double SHARE_OF_PAGE = 0.5;

  /** A paper the rule moved, from and to a group's label, with the marks that moved it. */
  record Move(String slug, String from, String to, List<String> evidence) {}

  /** The page's sub-topics after the moves, and the moves. */
  record Result(List<Subtopic> subtopics, List<Move> moves) {}

  private final NamedEvidence evidence;

  SubtopicEvidence(NamedEvidence evidence) {
    this.evidence = evidence;
  }

  /**
   * @param members the page's papers (indexes), in the order a sub-topic lists them
   * @param slugs every paper's slug, by index
   * @param found the page's sub-topics as clustered
   * @param pins the page's named sub-topics, in order
   * @param themeOnly marks that say no more than the page's theme ("instruction tuned" on
   *     Instruction tuning): every paper of the page could hold them
   * @param mentions how each paper names each pin
   */
  Result correct(
      List<Integer> members,
      List<String> slugs,
      List<Subtopic> found,
      List<SubtopicPin> pins,
      IntPredicate themeOnly,
      PinMentions mentions) {
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
    Marks marks = new Marks(members, groupOf, pins.size(), themeOnly);
    List<Move> moves = new ArrayList<>();
    Map<Integer, Integer> target = new LinkedHashMap<>();
    for (int paper : members) {
      Integer group = groupOf.get(paper);
      if (group == null) {
        continue; // in a group the clustering named by its phrase, not a curator's: left alone
      }
      int to = group >= 0 ? regroup(paper, group, marks, mentions) : place(paper, marks);
      if (to >= 0) {
        target.put(paper, to);
        moves.add(
            new Move(
                slugs.get(paper),
                group >= 0 ? pins.get(group).name() : "",
                pins.get(to).name(),
                marks.named(paper, to)));
      }
    }
    return new Result(rebuild(members, slugs, found, pins, target), List.copyOf(moves));
  }

  /**
   * The group a paper of {@code group} moves to, or -1: it holds none of its group's marks and its
   * title does not name it, and the title names one other group, which its abstract names as often
   * or which it holds a defining mark of (the paper's own words and names all point there).
   */
  private static int regroup(int paper, int group, Marks marks, PinMentions mentions) {
    if (marks.holdsAny(paper, group) || mentions.inTitle(group, paper)) {
      return -1;
    }
    int to = -1;
    for (int other = 0; other < marks.groups(); other++) {
      if (other != group
          && mentions.inTitle(other, paper)
          && (marks.holdsStrong(paper, other)
              || mentions.inAbstract(other, paper) >= mentions.inAbstract(group, paper))) {
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
    for (int i = 0; i < found.size(); i++) {
      Subtopic s = found.get(i);
      if (s.pinned()) {
        for (Map.Entry<String, Integer> move : movedTo.entrySet()) {
          if (pins.get(move.getValue()).name().equals(s.label())) {
            endsIn.put(move.getKey(), i);
          }
        }
      }
    }
    List<List<String>> kept = new ArrayList<>();
    found.forEach(s -> kept.add(new ArrayList<>()));
    for (int m : members) {
      Integer i = endsIn.get(slugs.get(m));
      if (i != null) {
        kept.get(i).add(slugs.get(m));
      }
    }
    List<Subtopic> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Subtopic s = found.get(i);
      if (!kept.get(i).isEmpty()) {
        out.add(new Subtopic(s.slug(), s.label(), s.pinned(), s.named(), s.terms(), kept.get(i)));
      }
    }
    return List.copyOf(out);
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
    private final Map<Integer, int[]> held = new HashMap<>();

    Marks(List<Integer> members, Map<Integer, Integer> groupOf, int groups, IntPredicate only) {
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
