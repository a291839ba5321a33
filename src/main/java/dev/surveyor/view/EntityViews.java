package dev.surveyor.view;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Entity;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.text.NameForms;
import dev.surveyor.text.SearchWords;
import dev.surveyor.text.Text;
import dev.surveyor.view.Views.CountLink;
import dev.surveyor.view.Views.EntityIndexPage;
import dev.surveyor.view.Views.EntityKind;
import dev.surveyor.view.Views.EntityPage;
import dev.surveyor.view.Views.PaperGroup;
import dev.surveyor.view.Views.PaperItem;
import dev.surveyor.view.Views.Segment;
import dev.surveyor.view.Views.TopicGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Entity pages (every paper mentioning an entity, by theme) and the index of entities by kind. */
final class EntityViews {
  /** What a page with long sections says of them, once, under its count. */
  static final String FOLDING =
      "Each theme's papers come by the theme's sub-topics, a sub-topic of more than one paper"
          + " folded: open it to see its papers.";

  private final ViewContext context;
  private final Survey survey;

  /** Each theme's (and {@link Survey#OTHER}'s) papers by their first named sub-topic. */
  private final Map<String, Map<String, Subtopic>> placements;

  EntityViews(ViewContext context) {
    this.context = context;
    this.survey = context.survey;
    Map<String, Map<String, Subtopic>> placed = new HashMap<>();
    for (Theme theme : survey.themes()) {
      placed.put(theme.slug(), EntityTopics.placements(survey, theme.slug()));
    }
    placed.put(Survey.OTHER, EntityTopics.placements(survey, Survey.OTHER));
    this.placements = Map.copyOf(placed);
  }

  /** Entities some paper mentions; the others get no page, only a line in the index. */
  List<Entity> mentioned() {
    return survey.entities().entities().stream()
        .filter(e -> !survey.entities().papersMentioning(e).isEmpty())
        .toList();
  }

  EntityPage entity(Entity entity) {
    String path = Urls.entity(entity.slug());
    List<Paper> mentioning =
        survey.entities().papersMentioning(entity).stream().map(context::paper).toList();
    // One pass over the papers: a common benchmark is named by most of a large survey.
    Map<String, List<Paper>> byTheme = new HashMap<>();
    List<Paper> unthemed = new ArrayList<>();
    for (Paper paper : mentioning) {
      List<String> themes = survey.themesOf(paper);
      if (themes.isEmpty()) {
        unthemed.add(paper);
      }
      themes.forEach(theme -> byTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(paper));
    }
    // The theme holding most of the entity's papers first (LoRA's PEFT, not Reasoning), ties in
    // the survey's theme order (a stable sort); the papers of no theme last.
    List<Theme> themes =
        survey.themes().stream()
            .filter(t -> byTheme.containsKey(t.slug()))
            .sorted(Comparator.comparingInt((Theme t) -> -byTheme.get(t.slug()).size()))
            .toList();
    int entries = unthemed.size() + byTheme.values().stream().mapToInt(List::size).sum();
    boolean split = entries > EntityTopics.LONG_PAGE;
    List<PaperGroup> groups = new ArrayList<>();
    for (Theme theme : themes) {
      groups.add(
          group(
              theme.slug(),
              theme.name(),
              Urls.theme(theme.slug()),
              byTheme.get(theme.slug()),
              path,
              entity,
              Set.of(theme.slug()),
              split));
    }
    if (!unthemed.isEmpty()) {
      groups.add(
          group(Survey.OTHER, "Other papers", Urls.OTHER, unthemed, path, entity, Set.of(), split));
    }
    String description = entity.description().isEmpty() ? entity.name() : entity.description();
    return new EntityPage(
        // the window title names the kind: a theme and a method may share a name; folded groups
        // open for the print where a stylesheet cannot unfold them
        context.frame(
            path,
            entity.name() + ", a " + entity.kind().singular(),
            description,
            "entity",
            split ? new String[] {Urls.PRINT_SCRIPT, Urls.LISTS_SCRIPT} : new String[0]),
        entity.name(),
        entity.kind().singular(),
        entity.description(),
        entity.aliases(),
        mentioning.size(),
        listedTwice(
            groups,
            mentioning.size(),
            mentioning.stream().filter(p -> survey.themesOf(p).size() > 1).count()),
        sameName(entity, mentioning, byTheme, path),
        groups,
        Urls.relative(path, Urls.ENTITIES) + "#" + entity.kind().label(),
        split ? FOLDING : "");
  }

  /**
   * Why the theme sections hold more entries than the page's count, when they do: a paper in two
   * themes is listed under each, and a reader who counts the list should not find a second number:
   * how many papers repeat, then the entries ("2 of them are in more than one theme … 18 entries"),
   * so the two figures do not read as two counts of one thing.
   */
  private static String listedTwice(List<PaperGroup> groups, int papers, long inSeveral) {
    int listings = groups.stream().mapToInt(PaperGroup::total).sum();
    int extra = listings - papers;
    if (extra <= 0) {
      return "";
    }
    return extra == 1
        ? "One of them is in two themes and listed under each."
        : Text.grouped(inSeveral)
            + " of them are in more than one theme and listed under each, so the lists below hold "
            + Text.grouped(listings)
            + " entries.";
  }

  /**
   * Why the page's count differs from the theme or named sub-topic its name names, or nothing when
   * none shares it: search and a list's filter count both, so the page says both.
   */
  private List<Segment> sameName(
      Entity entity, List<Paper> mentioning, Map<String, List<Paper>> byTheme, String path) {
    List<Segment> theme = sameNameTheme(entity, mentioning.size(), byTheme, path);
    return theme.isEmpty() ? sameNameSubtopic(entity, mentioning, path) : theme;
  }

  /**
   * Why the page's count differs from the named sub-topic search finds first for the entity's name
   * ("Process reward models" of Reasoning holds 3 papers, 2 name the method), each figure with what
   * it counts and then the papers in both.
   */
  private List<Segment> sameNameSubtopic(Entity entity, List<Paper> mentioning, String path) {
    List<String> names = new ArrayList<>(List.of(entity.name()));
    names.addAll(entity.aliases());
    // Its names and the forms a reader types of them ("soft prompts" of "soft prompt"), folded as
    // search folds a query: the same with or without a search index
    Map<String, String> read = new HashMap<>();
    names.forEach(n -> read.putIfAbsent(SearchWords.phrase(n), n));
    names.forEach(n -> NameForms.of(n).forEach(f -> read.putIfAbsent(SearchWords.phrase(f), n)));
    List<String> owners = new ArrayList<>();
    survey.themes().forEach(t -> owners.add(t.slug()));
    owners.add(Survey.OTHER);
    for (String owner : owners) {
      for (Subtopic subtopic : survey.subtopicsOf(owner)) {
        String name = subtopic.named() ? read.get(SearchWords.phrase(subtopic.label())) : null;
        if (name == null) {
          continue;
        }
        Set<String> members = new HashSet<>(subtopic.papers());
        long both = mentioning.stream().filter(p -> members.contains(p.slug())).count();
        String page = owner.equals(Survey.OTHER) ? Urls.OTHER : Urls.theme(owner);
        String of =
            owner.equals(Survey.OTHER)
                ? " of the papers in no theme"
                : " of " + survey.themeAnalysis(owner).theme().name();
        return List.of(
            new Segment("The ", null),
            new Segment(
                subtopic.label() + " sub-topic",
                Urls.relative(path, page) + "#" + SubtopicLinks.anchor(subtopic)),
            new Segment(
                of
                    + " holds "
                    + papers(subtopic.papers().size())
                    + ", which search lists first for \u201c"
                    + name
                    + "\u201d; this page lists the "
                    + SameNameNote.namingAndBoth(mentioning.size(), both),
                null));
      }
    }
    return List.of();
  }

  /**
   * Why the page's count differs from the theme of the same name ("Instruction tuning": mentioned
   * in 101 papers, the theme holds 89), each figure with what it counts and then the papers in
   * both, or nothing when no theme shares the entity's name.
   */
  private List<Segment> sameNameTheme(
      Entity entity, int mentioning, Map<String, List<Paper>> byTheme, String path) {
    for (Theme theme : survey.themes()) {
      if (!sharesName(entity, theme)) {
        continue;
      }
      int inTheme = survey.papersIn(theme).size();
      int both = byTheme.getOrDefault(theme.slug(), List.of()).size();
      return List.of(
          new Segment("The ", null),
          new Segment(theme.name() + " theme", Urls.relative(path, Urls.theme(theme.slug()))),
          new Segment(
              " holds the "
                  + papers(inTheme)
                  + " about "
                  + lowerFirst(theme.name())
                  + "; this page lists the "
                  + SameNameNote.namingAndBoth(mentioning, both),
              null));
    }
    return List.of();
  }

  /**
   * The index's word on entities named like a theme ("Instruction tuning · 101 papers" beside a
   * theme of 89), or nothing when none is.
   */
  private String sameNames() {
    List<String> themes =
        survey.themes().stream()
            .filter(t -> mentioned().stream().anyMatch(e -> sharesName(e, t)))
            .map(Theme::name)
            .toList();
    if (themes.isEmpty()) {
      return "";
    }
    return " A theme has the same name as "
        + (themes.size() == 1 ? "one of them (" : "some of them (")
        + String.join(", ", themes)
        + "): a paper is in the theme when it is about it, and counted here when it names it.";
  }

  /** The entity's name or one of its spellings is the theme's name or short name. */
  static boolean sharesName(Entity entity, Theme theme) {
    List<String> names = new ArrayList<>(entity.aliases());
    names.add(entity.name());
    return names.stream()
        .anyMatch(n -> n.equalsIgnoreCase(theme.name()) || n.equalsIgnoreCase(theme.shortName()));
  }

  private static String papers(int n) {
    return n == 1 ? "1 paper" : Text.grouped(n) + " papers";
  }

  /** "Instruction tuning" reads "instruction tuning" inside a sentence; "PEFT" stays as it is. */
  static String lowerFirst(String name) {
    boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
    return acronym ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * A section of an entity page, the papers of one theme ({@link Survey#OTHER}: of none); its
   * items' chips leave out the section's own theme. A long one comes by the theme's sub-topics too.
   */
  private PaperGroup group(
      String theme,
      String label,
      String page,
      List<Paper> members,
      String path,
      Entity entity,
      Set<String> sectionTheme,
      boolean split) {
    List<Paper> listed = Paging.group(members);
    String themeHref = Urls.relative(path, page);
    // each paper's item made once: a split section lists it again under its sub-topic
    Map<String, PaperItem> items = new LinkedHashMap<>();
    listed.forEach(p -> items.put(p.slug(), context.item(p, path, sectionTheme)));
    List<TopicGroup> topics = new ArrayList<>();
    if (split) {
      for (EntityTopics.Group g :
          EntityTopics.split(survey, theme, placements.get(theme), listed)) {
        topics.add(topic(theme, g, items));
      }
    }
    return new PaperGroup(
        "theme-" + theme,
        label,
        themeHref,
        List.copyOf(items.values()),
        members.size(),
        Urls.search(path, "q", entity.name()),
        topics);
  }

  /**
   * One sub-topic of a section, its id after the group's on the theme's page; folded when larger
   * than {@link EntityTopics#SHOWN_OPEN}, its toggle saying what it opens, as on theme pages.
   */
  private TopicGroup topic(String theme, EntityTopics.Group g, Map<String, PaperItem> items) {
    String anchor;
    String label;
    String which;
    if (g.outside()) {
      anchor = ThemeViews.OUTSIDE_ID;
      label = ThemeViews.OUTSIDE;
      which = "outside the survey's scope";
    } else if (g.subtopic() == null) {
      anchor = ThemeViews.UNGROUPED_ID;
      label = ThemeViews.UNGROUPED;
      which = "in no named group";
    } else {
      anchor = SubtopicLinks.anchor(g.subtopic());
      label = g.subtopic().label();
      which = "of " + label;
    }
    boolean folded = g.papers().size() > EntityTopics.SHOWN_OPEN;
    return new TopicGroup(
        theme + "-" + anchor,
        label,
        g.papers().stream().map(p -> items.get(p.slug())).toList(),
        folded,
        folded ? "Show the papers " + which : null);
  }

  EntityIndexPage index() {
    String path = Urls.ENTITIES;
    List<EntityKind> kinds = new ArrayList<>();
    int mentioned = 0;
    for (Entity.Kind kind : Entity.Kind.values()) {
      List<CountLink> links = new ArrayList<>();
      List<String> unused = new ArrayList<>();
      for (Entity entity : survey.entities().entities()) {
        if (entity.kind() != kind) {
          continue;
        }
        int count = survey.entities().papersMentioning(entity).size();
        if (count == 0) {
          unused.add(entity.name());
        } else {
          links.add(
              new CountLink(entity.name(), Urls.relative(path, Urls.entity(entity.slug())), count));
        }
      }
      mentioned += links.size();
      if (!links.isEmpty() || !unused.isEmpty()) {
        links.sort(
            Comparator.comparing((CountLink l) -> l.label().toLowerCase(java.util.Locale.ROOT)));
        kinds.add(new EntityKind(kind.label(), kind.plural(), links, unused));
      }
    }
    String lead =
        mentioned
            + " methods, benchmarks and models that papers of the survey mention, "
            + "with the number of papers mentioning each."
            + sameNames();
    String title = "Methods, benchmarks and models";
    return new EntityIndexPage(context.frame(path, title, lead, "entities"), title, lead, kinds);
  }
}
