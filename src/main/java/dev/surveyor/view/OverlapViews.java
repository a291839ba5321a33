package dev.surveyor.view;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.text.Text;
import dev.surveyor.view.Views.Chip;
import dev.surveyor.view.Views.OverlapBar;
import dev.surveyor.view.Views.OverlapChart;
import dev.surveyor.view.Views.OverlapNote;
import dev.surveyor.view.Views.OverlapPage;
import dev.surveyor.view.Views.OverlapPair;
import dev.surveyor.view.Views.Pager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The papers each pair of themes shares: one page per pair, and the chart on the home page. */
final class OverlapViews {
  private static final int WIDTH = 420;
  private static final int ROW = 52;
  private static final int BAR_HEIGHT = 14;
  private static final int MAX_BAR = 330;
  // The phone stylesheet sets bar labels at 22 user units; a sans letter averages about 0.56 em.
  // A chart at least as wide as its longest label at that size keeps the label inside it.
  private static final double PHONE_LABEL_EM = 22;
  private static final double LETTER_EM = 0.56;
  private static final int CHART_SHARE = 5;

  private final ViewContext context;
  private final Survey survey;

  OverlapViews(ViewContext context) {
    this.context = context;
    this.survey = context.survey;
  }

  /** A pair of themes and the papers both have. */
  record Pair(Theme a, Theme b, List<Paper> papers) {
    String path() {
      return Urls.overlap(a.slug(), b.slug());
    }
  }

  /** Every pair sharing at least one paper, in theme order. */
  List<Pair> pairs() {
    List<Pair> pairs = new ArrayList<>();
    List<Theme> themes = survey.themes();
    for (int i = 0; i < themes.size(); i++) {
      for (int j = i + 1; j < themes.size(); j++) {
        List<Paper> shared = context.shared(themes.get(i).slug(), themes.get(j).slug());
        if (!shared.isEmpty()) {
          pairs.add(new Pair(themes.get(i), themes.get(j), shared));
        }
      }
    }
    return pairs;
  }

  /** Page {@code number} (from 1) of the papers a pair of themes shares. */
  OverlapPage page(Pair pair, int number) {
    String path = Urls.paged(pair.path(), number);
    Pager pager = Paging.pager(pair.path(), number, pair.papers().size());
    String pairName = pair.a().name() + " and " + pair.b().name();
    String heading =
        pager == null ? pairName : pairName + ", page " + number + " of " + pager.count();
    String lead =
        Text.grouped(pair.papers().size())
            + (pair.papers().size() == 1 ? " paper is" : " papers are")
            + " in both themes, strongest "
            + pair.a().name()
            + " evidence first.";
    List<Paper> shown = Paging.page(pair.papers(), number);
    Map<String, String> why = new TreeMap<>();
    for (Paper paper : shown) {
      why.put(paper.slug(), whyBoth(paper, pair));
    }
    return new OverlapPage(
        context.frame(path, heading, lead, "overlap"),
        heading,
        lead,
        List.of(
            new Chip(pair.a().name(), Urls.relative(path, Urls.theme(pair.a().slug()))),
            new Chip(pair.b().name(), Urls.relative(path, Urls.theme(pair.b().slug())))),
        shown.stream()
            .map(p -> context.item(p, path, Set.of(pair.a().slug(), pair.b().slug())))
            .toList(),
        pager,
        why);
  }

  /**
   * Why a paper is in both themes, in one short line: each theme with its strongest phrase, as the
   * paper page's scoring gives it ("Reasoning (“reasoning” in the title); Curriculum learning
   * (“curriculum” ×3 in the abstract)"), or who else placed it there.
   */
  private String whyBoth(Paper paper, Pair pair) {
    List<String> parts = new ArrayList<>();
    for (Theme theme : List.of(pair.a(), pair.b())) {
      Assignment a =
          survey.assignmentsOf(paper).stream()
              .filter(x -> x.theme().equals(theme.slug()))
              .findFirst()
              .orElse(null);
      if (a == null) {
        continue;
      }
      String how;
      if (!a.rulesSay()) {
        how = "added by a curator";
      } else {
        how =
            EvidenceLines.of(a.evidence(), theme.name(), theme.rules().pairs()).stream()
                .filter(e -> !e.against() && !e.phrase().isEmpty())
                .findFirst()
                .map(e -> e.lead() + "\u201c" + e.phrase() + "\u201d" + cut(e.detail()))
                .orElse("placed by " + a.reason().by());
      }
      parts.add(theme.name() + " (" + how + ")");
    }
    return String.join("; ", parts) + ".";
  }

  /** A phrase's place without the tally of its variants: " in the title; “LoRA” ×2 in all". */
  private static String cut(String detail) {
    int semicolon = detail.indexOf(';');
    return semicolon < 0 ? detail : detail.substring(0, semicolon);
  }

  /**
   * Whether the overlaps earn a chart: at least one in {@value #CHART_SHARE} of the papers in a
   * theme is in another too. Below that, five bars draw a few dozen papers as if they were a main
   * feature of the survey, and one sentence says as much ({@link #note}).
   */
  /** The fewest papers a pair of themes shares to be listed as a place where they meet. */
  static final int MIN_PAIR = 2;

  boolean worthCharting() {
    long themed = survey.papers().stream().filter(p -> !survey.themesOf(p).isEmpty()).count();
    return themed > 0 && sharing() * CHART_SHARE >= themed;
  }

  /** How many papers sit in two themes or more. */
  private long sharing() {
    return survey.papers().stream().filter(p -> survey.themesOf(p).size() > 1).count();
  }

  /**
   * The overlaps in a sentence and a list, each pair linked from {@code from} with the paper of the
   * pair with the strongest evidence for its first theme as an example (counts alone did not say
   * what an overlap looks like); null when none.
   */
  OverlapNote note(String from) {
    List<Pair> pairs = new ArrayList<>(pairs());
    pairs.sort(Comparator.comparingInt((Pair p) -> -p.papers().size()).thenComparing(Pair::path));
    // A pair sharing one paper is a coincidence, not a place where two lines of work meet: it is
    // counted in a closing line, not listed (review 10: "Instruction tuning and PEFT (1)").
    List<Pair> listed = pairs.stream().filter(p -> p.papers().size() >= MIN_PAIR).toList();
    if (listed.isEmpty()) {
      return null;
    }
    long themed = survey.papers().stream().filter(p -> !survey.themesOf(p).isEmpty()).count();
    long sharing = sharing();
    long percent = Math.round(100.0 * sharing / themed);
    String lead =
        "Few papers sit in two themes at once: "
            + Text.grouped(sharing)
            + " of the "
            + Text.grouped(themed)
            + " papers in a theme ("
            + percent
            + "%), shared by";
    List<OverlapPair> named = listed.stream().map(p -> item(p, from)).toList();
    List<Pair> thin = pairs.subList(listed.size(), pairs.size());
    // A few such pairs are named with their paper (reader23: "one other pair of themes sharing a
    // single paper" named neither); many would outgrow the list, and are counted.
    if (thin.size() <= MAX_SINGLE) {
      return new OverlapNote(lead, named, thin.stream().map(p -> item(p, from)).toList(), null);
    }
    String rest = "and " + Text.grouped(thin.size()) + " other pairs sharing one paper each.";
    return new OverlapNote(lead, named, List.of(), rest);
  }

  /** The most pairs of themes sharing a single paper named one by one, each with its paper. */
  static final int MAX_SINGLE = 3;

  /** A pair of themes linked from {@code from}, with its first paper as the example. */
  private static OverlapPair item(Pair pair, String from) {
    Paper example = pair.papers().get(0);
    return new OverlapPair(
        pair.a().name() + " and " + pair.b().name(),
        Urls.relative(from, pair.path()),
        pair.papers().size(),
        example.title(),
        Urls.relative(from, Urls.paper(example.slug())));
  }

  /** The bars, longest first, linking from the page at {@code from}. */
  OverlapChart chart(String from) {
    List<Pair> pairs = new ArrayList<>(pairs());
    pairs.sort(Comparator.comparingInt((Pair p) -> -p.papers().size()).thenComparing(Pair::path));
    int most = pairs.stream().mapToInt(p -> p.papers().size()).max().orElse(1);
    List<OverlapBar> bars = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      Pair pair = pairs.get(i);
      int count = pair.papers().size();
      int top = i * ROW;
      int width = Math.max(2, (int) Math.round((double) MAX_BAR * count / most));
      bars.add(
          new OverlapBar(
              pair.a().name() + " + " + pair.b().name(),
              Urls.relative(from, pair.path()),
              count,
              top + 18,
              top + 26,
              width,
              width + 8));
    }
    int longest =
        bars.stream()
            .mapToInt(b -> b.label().codePointCount(0, b.label().length()))
            .max()
            .orElse(0);
    int width = Math.max(WIDTH, (int) Math.ceil(longest * PHONE_LABEL_EM * LETTER_EM));
    return new OverlapChart(width, Math.max(ROW, pairs.size() * ROW), bars);
  }
}
