package dev.surveyor.view;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Entity;
import dev.surveyor.model.EntityUse;
import dev.surveyor.model.OtherPage;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.SubtopicCounterpart;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.text.Text;
import dev.surveyor.view.Views.CountLink;
import dev.surveyor.view.Views.Counterpart;
import dev.surveyor.view.Views.ListControls;
import dev.surveyor.view.Views.PaperItem;
import dev.surveyor.view.Views.Segment;
import dev.surveyor.view.Views.SubtopicSection;
import dev.surveyor.view.Views.ThemePage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Theme pages, and the "Other" page for papers in no theme, both organised by sub-topic. */
final class ThemeViews {
  /** The heading of the papers in no named sub-topic: not a group, and said so. */
  static final String UNGROUPED = Subtopic.UNGROUPED;

  // the page that says in full how sub-topics are made; theme pages say it in a sentence
  private static final String METHODOLOGY = "methodology";

  static final String UNGROUPED_ID = "topic-ungrouped";

  /** The heading of the papers a curator placed outside the survey's scope, listed apart, last. */
  static final String OUTSIDE = "Outside the survey's scope";

  static final String OUTSIDE_ID = "topic-outside";

  /** The Other page's name where a theme page links to it, as paper pages name it. */
  private static final String OTHER_NAME = "Other papers";

  /**
   * A group this small is shown open: its papers take less room than a toggle per group asks clicks
   * (PEFT's 16 papers were behind six). At 3, Instruction tuning, whose smallest groups have 4, had
   * all twelve folded while the page said the smallest were open (review 9). The out-of-scope group
   * stays folded, as said.
   */
  private static final int SHOWN_OPEN = 4;

  /**
   * A page of this many papers or fewer shows every group open: the whole list is shorter than a
   * large theme's open groups, and one folded group among open ones (PEFT's 5) only hid papers.
   */
  private static final int WHOLE_PAGE_OPEN = 20;

  private static final String OUTSIDE_NOTE =
      "A curator placed these papers outside the survey's scope; they are among the Other papers,"
          + " in the listings the survey was made from but not about what it surveys. Each paper's"
          + " page gives the curator's reason.";

  private static final int TOP_ENTITIES = 12;

  private final ViewContext context;
  private final Survey survey;

  ThemeViews(ViewContext context) {
    this.context = context;
    this.survey = context.survey;
  }

  ThemePage theme(Theme theme) {
    String path = Urls.theme(theme.slug());
    List<Paper> papers = context.order(theme.slug());
    List<SubtopicSection> sections =
        sections(survey.subtopicsOf(theme.slug()), papers, List.of(), path, theme.slug());
    List<PaperItem> items = items(papers, sections, path, theme.slug());
    return new ThemePage(
        context.frame(
            path,
            theme.name(),
            theme.digest(),
            "theme:" + theme.slug(),
            Urls.SEARCH_CORE,
            Urls.QUERY_SCRIPT,
            Urls.LISTS_SCRIPT,
            Urls.PRINT_SCRIPT),
        "Theme",
        theme.name(),
        theme.digest(),
        Overview.of(context.html(theme.intro(), path)),
        papers.size(),
        sameName(theme, papers, path),
        items,
        "Strongest evidence first.",
        folding(sections),
        sections,
        grouping(sections),
        survey.themeAnalysis(theme.slug()).terms(),
        topEntities(papers, path),
        overlaps(theme, path),
        Urls.relative(path, Urls.themeBib(theme.slug())),
        controls(
            papers,
            items,
            sections,
            sections.isEmpty() ? "Strongest evidence" : "Sub-topics",
            false,
            path,
            theme.slug()),
        search(path, theme.slug()),
        context.pageHref(METHODOLOGY, path));
  }

  ThemePage other() {
    String path = Urls.OTHER;
    List<Paper> papers = survey.papersInNoTheme().stream().sorted(ViewContext.BY_TITLE).toList();
    OtherPage curated = survey.content().other();
    String lead =
        curated.digest() == null
            ? "Papers that match none of the survey's themes."
            : curated.digest();
    List<String> apart = papers.stream().filter(survey::outsideScope).map(Paper::slug).toList();
    List<SubtopicSection> sections =
        sections(survey.subtopicsOf(Survey.OTHER), papers, apart, path, "other");
    List<PaperItem> items = items(papers, sections, path, "other");
    return new ThemePage(
        context.frame(
            path,
            "Other papers",
            lead,
            "theme:other",
            Urls.SEARCH_CORE,
            Urls.QUERY_SCRIPT,
            Urls.LISTS_SCRIPT,
            Urls.PRINT_SCRIPT),
        "Not a theme", // what the page is, as "Theme" says on the others; its name is "Other
        // papers"
        "Other papers",
        curated.digest() == null
            ? lead + " Their sub-topics may suggest a theme the survey lacks."
            : curated.digest(),
        Overview.of(context.html(curated.intro(), path)),
        papers.size(),
        List.of(),
        items,
        "Alphabetical.",
        folding(sections),
        sections,
        grouping(sections),
        List.of(),
        topEntities(papers, path),
        List.of(),
        Urls.relative(path, Urls.themeBib("other")),
        controls(
            papers,
            items,
            sections,
            sections.isEmpty() ? "Title A–Z" : "Sub-topics",
            sections.isEmpty(),
            path,
            "other"),
        search(path, "other"),
        context.pageHref(METHODOLOGY, path));
  }

  /**
   * The filter and sort over the papers listed. When a large theme lists only the first of its
   * papers, the controls say so, and where the search for all of them is, so a filter that finds
   * nothing here is not taken for "none in the theme".
   */
  private static ListControls controls(
      List<Paper> papers,
      List<PaperItem> items,
      List<SubtopicSection> sections,
      String htmlOrder,
      boolean titleOrder,
      String path,
      String slug) {
    ListControls controls = Facets.controls(papers, htmlOrder, titleOrder);
    int listed =
        sections.isEmpty()
            ? items.size()
            : sections.stream().mapToInt(s -> s.papers().size()).sum();
    return listed < papers.size() ? controls.partial(papers.size(), search(path, slug)) : controls;
  }

  /**
   * The papers listed without sub-topics: the first page's worth. A theme large enough to need more
   * has sub-topics, so this cap only guards a survey whose clustering found none.
   */
  private List<PaperItem> items(
      List<Paper> papers, List<SubtopicSection> sections, String path, String slug) {
    return sections.isEmpty()
        ? Paging.page(papers, 1).stream().map(p -> context.item(p, path, Set.of(slug))).toList()
        : List.of();
  }

  /** The search page showing every paper of the theme ("other": of none). */
  private static String search(String path, String slug) {
    return Urls.search(path, "theme", slug);
  }

  /**
   * " in 7 sub-topics, 75 in no named group, 20 outside the survey's scope": the named groups, and
   * how many papers are in no named group, and placed outside the scope ("none" alone was read as
   * the Other papers, which are in no theme).
   */
  private static String grouping(List<SubtopicSection> sections) {
    long named =
        sections.stream()
            .filter(s -> !s.id().equals(UNGROUPED_ID) && !s.id().equals(OUTSIDE_ID))
            .count();
    if (sections.isEmpty()) {
      return "";
    }
    String groups = " in " + named + (named == 1 ? " sub-topic" : " sub-topics");
    int none = total(sections, UNGROUPED_ID);
    int outside = total(sections, OUTSIDE_ID);
    return groups
        + (none == 0 ? "" : ", " + Text.grouped(none) + " in no named group")
        + (outside == 0 ? "" : ", " + Text.grouped(outside) + " outside the survey's scope");
  }

  private static int total(List<SubtopicSection> sections, String id) {
    return sections.stream().filter(s -> s.id().equals(id)).mapToInt(SubtopicSection::total).sum();
  }

  /**
   * Sub-topics with their first papers in the page's order. Only a named sub-topic is shown as a
   * group; the papers of the clusters no name fits come next, together, as {@link #UNGROUPED}, and
   * those {@code apart} (placed outside the survey's scope) last, as {@link #OUTSIDE}; a list with
   * no named group and none apart is shown without sub-topics.
   */
  private List<SubtopicSection> sections(
      List<Subtopic> subtopics, List<Paper> order, List<String> apart, String path, String slug) {
    if (subtopics.stream().noneMatch(Subtopic::named) && apart.isEmpty()) {
      return List.of();
    }
    boolean wholeOpen = order.size() <= WHOLE_PAGE_OPEN;
    List<SubtopicSection> sections = new ArrayList<>();
    for (ReadingOrder.Group group : ReadingOrder.groups(subtopics, order)) {
      Subtopic subtopic = group.subtopic();
      sections.add(
          subtopic == null
              ? section(
                  UNGROUPED_ID,
                  UNGROUPED,
                  "in no named group",
                  false,
                  List.of(),
                  group.papers(),
                  path,
                  slug,
                  null,
                  wholeOpen,
                  List.of(),
                  null)
              : section(
                  SubtopicLinks.anchor(subtopic),
                  subtopic.label(),
                  "of " + subtopic.label(),
                  subtopic.pinned(),
                  subtopic.terms(),
                  group.papers(),
                  path,
                  slug,
                  null,
                  wholeOpen,
                  counterparts(subtopic, path, slug),
                  subtopic.nearest() == null ? null : link(subtopic.nearest(), path, 0)));
    }
    if (!apart.isEmpty()) {
      sections.add(
          section(
              OUTSIDE_ID,
              OUTSIDE,
              "outside the survey's scope",
              false,
              List.of(),
              ReadingOrder.inOrder(apart, order),
              path,
              slug,
              OUTSIDE_NOTE,
              false,
              List.of(),
              null));
    }
    return sections;
  }

  /**
   * One group; {@code which} names it in the toggle's label ("Show the papers of Mathematical
   * reasoning"): a label of the count alone ("The 42 papers") did not say what it opens, least of
   * all to a screen reader that lists the page's controls.
   */
  private SubtopicSection section(
      String id,
      String label,
      String which,
      boolean pinned,
      List<String> terms,
      List<Paper> members,
      String path,
      String slug,
      String note,
      boolean wholeOpen,
      List<Counterpart> counterparts,
      Counterpart nearest) {
    List<PaperItem> items =
        Paging.group(members).stream().map(p -> context.item(p, path, Set.of(slug))).toList();
    boolean folded = id.equals(OUTSIDE_ID) || !wholeOpen && members.size() > SHOWN_OPEN;
    // The count is in the heading, folded or not (review 10: open groups had it there, folded
    // ones in the toggle); the toggle says what it opens, and a cap at the first papers.
    String toggle =
        members.size() == 1
            ? "Show the paper " + which
            : "Show the "
                + (items.size() < members.size() ? "first " + items.size() + " " : "")
                + "papers "
                + which;
    return new SubtopicSection(
        id,
        label,
        pinned,
        terms,
        items,
        members.size(),
        items.size() < members.size() ? search(path, slug) : null,
        note,
        folded,
        folded ? toggle : null,
        counterparts,
        counterpartsNote(
            slug,
            counterparts,
            nearest,
            !id.equals(UNGROUPED_ID) && !id.equals(OUTSIDE_ID),
            whyInNoTheme(members)),
        nearest);
  }

  /** The named groups of other pages on the sub-topic's subject, linked from {@code path}. */
  private List<Counterpart> counterparts(Subtopic subtopic, String path, String theme) {
    return subtopic.counterparts().stream()
        .map(c -> link(c, path, outsideTheme(c, theme)))
        .toList();
  }

  /**
   * How many of another theme's group's papers are not in {@code theme} (review20: Curricula for
   * instruction tuning held 5 papers on one page and 6 on the other, with no word of why).
   */
  private int outsideTheme(SubtopicCounterpart c, String theme) {
    if (theme.equals(Survey.OTHER) || c.theme().equals(Survey.OTHER)) {
      return 0;
    }
    return (int)
        survey.subtopicsOf(c.theme()).stream()
            .filter(s -> s.slug().equals(c.slug()))
            .flatMap(s -> s.papers().stream())
            .map(survey::paper)
            .filter(p -> p != null && !survey.themesOf(p).contains(theme))
            .count();
  }

  /** A named group of another page, linked from {@code path}. */
  private Counterpart link(SubtopicCounterpart c, String path, int outside) {
    boolean other = c.theme().equals(Survey.OTHER);
    String page = other ? Urls.OTHER : Urls.theme(c.theme());
    return new Counterpart(
        c.label(),
        other ? OTHER_NAME : survey.themeAnalysis(c.theme()).theme().name(),
        Urls.relative(path, page) + "#topic-" + c.slug(),
        c.size(),
        c.shared(),
        outside);
  }

  /**
   * Why a paper is in one of two groups on one subject and not in the other, when one of them is on
   * the Other page: a theme takes a paper by its phrases, and the Other page's papers reached no
   * theme's threshold. Between two themes a paper may be in both, as the shared counts say.
   */
  private static String counterpartsNote(
      String page,
      List<Counterpart> counterparts,
      Counterpart nearest,
      boolean named,
      String whyInNoTheme) {
    boolean fromOther = page.equals("other");
    if (fromOther && named && counterparts.isEmpty() && nearest == null) {
      // reader20: a group with no near theme group says so, not nothing
      return "No theme has a sub-topic near this one. " + whyInNoTheme;
    }
    if (counterparts.isEmpty() && nearest == null) {
      return "";
    }
    boolean toOther = counterparts.stream().anyMatch(c -> c.page().equals(OTHER_NAME));
    if (fromOther) {
      return whyInNoTheme;
    }
    return toOther
        ? "Papers on the Other page are in no theme: their phrases reached no theme's threshold."
        : "";
  }

  /**
   * Why a group of the Other page's papers is in no theme: the rules, or for some of them a
   * curator's decision (review 21: "their phrases reached no theme's threshold" stood over 13
   * papers a curator had taken out of a theme they reached).
   */
  private String whyInNoTheme(List<Paper> members) {
    long curated = members.stream().filter(survey::themesCurated).count();
    if (curated == 0) {
      return "The papers here are in no theme: their phrases reached no theme's threshold.";
    }
    if (curated == members.size()) {
      return members.size() == 1
          ? "The paper here is in no theme by a curator's decision."
          : "The papers here are in no theme by a curator's decision.";
    }
    return "The papers here are in no theme: "
        + (curated == 1 ? "one" : Long.toString(curated))
        + " by a curator's decision, the others because their phrases reached no theme's"
        + " threshold.";
  }

  /**
   * What the page says of its folded groups, as the page folds them: "the smallest are shown open"
   * stood on Instruction tuning, where none was (review 9).
   */
  private static String folding(List<SubtopicSection> sections) {
    List<SubtopicSection> groups =
        sections.stream().filter(s -> !s.id().equals(OUTSIDE_ID)).toList();
    long folded = groups.stream().filter(SubtopicSection::folded).count();
    if (folded == 0) {
      return "";
    }
    return folded == groups.size()
        ? "Open a group to see its papers."
        : "Groups of "
            + SHOWN_OPEN
            + " papers or fewer are shown open; open a larger one to see its papers.";
  }

  /** The entities most of these papers mention, with how many do. */
  /**
   * Why the theme's count differs from the entity named like it (Curriculum learning: 39 papers in
   * the theme, 37 naming it), as the entity's page says it the other way round: each figure with
   * what it counts, then the papers in both; nothing when no entity shares the theme's name.
   */
  private List<Segment> sameName(Theme theme, List<Paper> papers, String path) {
    for (Entity entity : survey.entities().entities()) {
      List<String> naming = survey.entities().papersMentioning(entity);
      if (naming.isEmpty() || !EntityViews.sharesName(entity, theme)) {
        continue;
      }
      Set<String> inTheme = new HashSet<>();
      papers.forEach(p -> inTheme.add(p.slug()));
      long both = naming.stream().filter(inTheme::contains).count();
      String subject = EntityViews.lowerFirst(theme.name());
      // each figure with what it counts, then the papers in both: "16 are in this theme and 18
      // name it (10 do both): a paper is in the theme when ..." had to be read twice
      // "the Instruction tuning page lists the 101" read as this page, which has the same name:
      // the link says which page it is (review 9)
      return List.of(
          new Segment(
              "This theme holds the " + count(papers.size()) + " about " + subject + "; the ",
              null),
          new Segment(
              "entry for it in Methods & models", Urls.relative(path, Urls.entity(entity.slug()))),
          new Segment(" lists the " + SameNameNote.namingAndBoth(naming.size(), both), null));
    }
    return List.of();
  }

  private static String count(long n) {
    return n == 1 ? "1 paper" : Text.grouped(n) + " papers";
  }

  private List<CountLink> topEntities(List<Paper> papers, String path) {
    Map<Entity, Integer> counts = new LinkedHashMap<>();
    for (Paper paper : papers) {
      for (EntityUse use : survey.entities().of(paper)) {
        counts.merge(use.entity(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<Entity, Integer>comparingByValue()
                .reversed()
                .thenComparing(e -> e.getKey().slug()))
        .limit(TOP_ENTITIES)
        .map(
            e ->
                new CountLink(
                    e.getKey().name(),
                    Urls.relative(path, Urls.entity(e.getKey().slug())),
                    e.getValue()))
        .toList();
  }

  private List<CountLink> overlaps(Theme theme, String path) {
    List<CountLink> overlaps = new ArrayList<>();
    for (Theme other : survey.themes()) {
      int shared = context.shared(theme.slug(), other.slug()).size();
      // by slug, unique: a record's equals compares every field of two themes
      if (!other.slug().equals(theme.slug()) && shared > 0) {
        overlaps.add(
            new CountLink(
                other.name(),
                Urls.relative(path, Urls.overlap(theme.slug(), other.slug())),
                shared));
      }
    }
    return overlaps;
  }
}
