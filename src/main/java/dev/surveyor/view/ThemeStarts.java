package dev.surveyor.view;

import dev.surveyor.link.Urls;
import dev.surveyor.markdown.MarkdownLinks;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.view.Views.PaperItem;
import dev.surveyor.view.Views.StartingPoints;
import dev.surveyor.view.Views.ThemeStart;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The home page's papers to start each theme with. The curator's introduction to a theme names its
 * entry points as links, so those come first, in the order it links them; the rules' highest scores
 * reward wording, not importance, and are shown only for a theme whose introduction links no paper,
 * labelled for what they are.
 */
final class ThemeStarts {
  static final int PER_THEME = 3;

  /** The kind of internal link that names a paper. */
  static final String LINKS = "paper";

  static final String CURATED_HEADING = "Where to start";
  // One plain sentence: how the three are picked (the introduction's first links, a third from
  // outside the other themes when the first two are both shared) is the code's business; told as
  // the rule, it read as an algorithm (review 9), and "the first its overview points readers to"
  // had to be read twice (review 10).
  static final String CURATED_NOTE =
      "Three papers for each theme, picked by its curator from those its overview recommends.";
  static final String MIXED_NOTE =
      CURATED_NOTE
          + " A theme whose introduction links no paper starts from its strongest matches"
          + " instead, as it says.";
  static final String RULES_HEADING = "Strongest matches for each theme";
  static final String RULES_NOTE =
      "Chosen by the rules alone: the three papers whose titles and abstracts score the most"
          + " points on each theme's phrases, as their pages show. They show the theme's vocabulary"
          + " at its clearest: the rules weigh wording, not importance or influence.";
  static final String RULES_THEME_NOTE =
      "Its introduction links no paper, so these are its strongest matches, chosen by the rules"
          + " alone: the three papers whose titles and abstracts score the most points on its"
          + " phrases. The rules weigh wording, not importance or influence.";

  private record Pick(Theme theme, boolean curated, List<Paper> papers) {}

  private final ViewContext context;
  private final Survey survey;

  ThemeStarts(ViewContext context) {
    this.context = context;
    this.survey = context.survey;
  }

  StartingPoints of(String path) {
    List<Pick> picks =
        survey.themes().stream().map(this::pick).filter(p -> !p.papers().isEmpty()).toList();
    boolean anyCurated = picks.stream().anyMatch(Pick::curated);
    boolean mixed = anyCurated && !picks.stream().allMatch(Pick::curated);
    List<ThemeStart> themes =
        picks.stream()
            .map(
                p ->
                    new ThemeStart(
                        p.theme().name(),
                        Urls.relative(path, Urls.theme(p.theme().slug())),
                        mixed && !p.curated() ? RULES_THEME_NOTE : null,
                        p.papers().stream()
                            .map(
                                paper ->
                                    undated(context.item(paper, path, Set.of(p.theme().slug()))))
                            .toList()))
            .toList();
    if (anyCurated) {
      return new StartingPoints(CURATED_HEADING, mixed ? MIXED_NOTE : CURATED_NOTE, themes);
    }
    return new StartingPoints(RULES_HEADING, RULES_NOTE, themes);
  }

  /**
   * A card's paper without date and upvotes: few papers have either (one of the twelve had both,
   * most none), so the cards' lines were uneven; each keeps only the other themes it is in.
   */
  private static PaperItem undated(PaperItem item) {
    return new PaperItem(
        item.slug(),
        item.number(),
        item.title(),
        item.href(),
        item.summary(),
        null,
        null,
        null,
        null,
        null,
        item.themes(),
        item.themeKeys());
  }

  /**
   * The first {@link #PER_THEME} of {@code linked}, in order, except that the last is not one more
   * paper of another theme all the others are in too while the introduction links a paper outside
   * it: three Reasoning overlaps as Curriculum's start showed one side of the theme.
   */
  private List<Paper> varied(String theme, List<Paper> linked) {
    if (linked.size() <= PER_THEME) {
      return linked;
    }
    List<Paper> picks = new java.util.ArrayList<>(linked.subList(0, PER_THEME - 1));
    Set<String> shared = new java.util.HashSet<>(survey.themesOf(picks.get(0)));
    picks.forEach(p -> shared.retainAll(survey.themesOf(p)));
    shared.remove(theme);
    List<Paper> rest = linked.subList(PER_THEME - 1, linked.size());
    picks.add(
        rest.stream()
            .filter(p -> survey.themesOf(p).stream().noneMatch(shared::contains))
            .findFirst()
            .orElse(rest.get(0)));
    return picks;
  }

  /** The papers the introduction links first, or the strongest matches when it links none. */
  private Pick pick(Theme theme) {
    Set<String> seen = new java.util.HashSet<>();
    List<Paper> linked =
        varied(
            theme.slug(),
            MarkdownLinks.targets(theme.intro(), LINKS).stream()
                .map(survey::paper)
                .filter(Objects::nonNull) // a broken link is reported where the page renders it
                // each paper once, told by slug: a paper record's own equality hashes all of it,
                // and in a cold JVM first builds the hashing code of every record type inside
                .filter(paper -> seen.add(paper.slug()))
                .toList());
    return linked.isEmpty()
        ? new Pick(theme, false, context.order(theme.slug()).stream().limit(PER_THEME).toList())
        : new Pick(theme, true, linked);
  }
}
