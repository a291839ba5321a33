package dev.surveyor.view;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Assignment.Decision;
import dev.surveyor.model.EntityUse;
import dev.surveyor.model.NamedLink;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperDetails;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.Related;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.text.ShownLinks;
import dev.surveyor.text.Text;
import dev.surveyor.view.Views.Captured;
import dev.surveyor.view.Views.Chip;
import dev.surveyor.view.Views.CountLink;
import dev.surveyor.view.Views.Fact;
import dev.surveyor.view.Views.GroupLink;
import dev.surveyor.view.Views.Neighbours;
import dev.surveyor.view.Views.PaperPage;
import dev.surveyor.view.Views.RelatedItem;
import dev.surveyor.view.Views.RelatedRun;
import dev.surveyor.view.Views.Segment;
import dev.surveyor.view.Views.Standing;
import dev.surveyor.view.Views.ThemeVerdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Paper pages: abstract, facts, sources, theme verdicts with evidence, neighbours. */
final class PaperViews {
  private static final String METHODOLOGY = "methodology";
  private static final String OTHER_NAME = "Other papers";

  private final ViewContext context;
  private final Survey survey;
  private final ScholarViews scholar;
  private final SubtopicLinks groups;

  PaperViews(ViewContext context, ScholarViews scholar) {
    this.context = context;
    this.survey = context.survey;
    this.scholar = scholar;
    Map<String, String> themeNames = new LinkedHashMap<>();
    survey.themes().forEach(t -> themeNames.put(t.slug(), t.name()));
    themeNames.put(Survey.OTHER, OTHER_NAME);
    this.groups = new SubtopicLinks(survey, themeNames);
  }

  PaperPage paper(Paper paper) {
    String path = Urls.paper(paper.slug());
    boolean noted = survey.noteOf(paper).isPresent();
    List<ThemeVerdict> members = new ArrayList<>();
    List<ThemeVerdict> removed = new ArrayList<>();
    List<ThemeVerdict> near = new ArrayList<>();
    List<Neighbours> neighbours = new ArrayList<>();
    List<String> memberSlugs = new ArrayList<>();
    for (Assignment a : survey.assignmentsOf(paper)) {
      Theme theme = context.theme(a.theme());
      if (a.member()) {
        memberSlugs.add(theme.slug());
        members.add(verdict(theme, a, noted, path));
        neighbours.add(neighbours(theme, paper, path));
      } else if (a.decision() == Decision.CURATOR_REMOVED
          || a.decision() == Decision.VERDICT_OUT && a.rulesSay()) {
        removed.add(verdict(theme, a, noted, path));
      } else if (a.reason().nearMiss()) {
        near.add(verdict(theme, a, noted, path));
      }
    }
    if (memberSlugs.isEmpty()) {
      neighbours.add(otherNeighbours(paper, path));
    }
    String note = survey.noteOf(paper).map(n -> context.html(n.note(), path)).orElse("");
    boolean outside = survey.outsideScope(paper);
    String otherHref =
        Urls.relative(path, Urls.OTHER) + (outside ? "#" + ThemeViews.OUTSIDE_ID : "");
    List<EntityUse> mentioned = new ArrayList<>();
    List<EntityUse> introduced = new ArrayList<>();
    for (EntityUse use : survey.entities().of(paper)) {
      (OwnNames.introduces(paper, use) ? introduced : mentioned).add(use);
    }
    // the page's and its head's
    List<ShownLinks.Run> shown = ShownLinks.runs(paper.abstractText(), paper.linkSpans());
    List<Segment> abstractText = segments(shown);
    String summary = survey.analysisOf(paper).summary();
    List<GroupLink> placements =
        outside
            ? List.of(new GroupLink(OTHER_NAME, ThemeViews.OUTSIDE, otherHref))
            : groups.placements(
                paper.slug(), memberSlugs.isEmpty() ? List.of(Survey.OTHER) : memberSlugs, path);
    return new PaperPage(
        context.frame(path, paper.title(), summary, "paper", Urls.PRINT_SCRIPT),
        paper.title(),
        summary,
        abstractText,
        facts(paper),
        scholar.find(paper),
        context.foundIn(paper),
        captured(paper),
        survey.noteOf(paper).map(PaperNote::summary).orElse(""),
        paper.occurrences().stream().map(o -> context.source(o.provenance(), o.title())).toList(),
        members,
        removed,
        near,
        standings(survey.assignmentsOf(paper), noted, path),
        scoringSummary(
            members.size() + removed.size(),
            near.size(),
            survey.assignmentsOf(paper).stream()
                .anyMatch(a -> a.reason().probability().isPresent())),
        context.pageHref(METHODOLOGY, path),
        note,
        unlinked(paper.links(), abstractText),
        neighbours,
        otherHref,
        related(
            paper,
            path,
            outside
                ? List.of()
                : groups.of(
                    paper.slug(),
                    memberSlugs.isEmpty() ? List.of(Survey.OTHER) : memberSlugs,
                    path)),
        entityLinks(mentioned, path),
        scholar.citation(paper, path),
        scholar.head(paper, ShownLinks.plain(shown)),
        outside
            ? "A curator placed this paper outside the survey's scope, so it is in none of the"
                + " themes; the note above says why."
            : survey.noteOf(paper).flatMap(n -> n.verdict()).map(this::verdictLine).orElse(""),
        placements,
        entityLinks(introduced, path),
        outside ? ThemeViews.OUTSIDE : "Curator's note",
        memberSlugs.isEmpty() ? unthemed(paper, outside, near) : "",
        placements.stream().filter(GroupLink::named).findFirst().orElse(null));
  }

  /**
   * Why a paper in no theme is there, in the words before the link to the Other page. "As the
   * curator's note explains" only where the note decides its themes: a note that corrects its text
   * explains nothing about them (review 9 found the sentence on seven such pages), so there the
   * theme it came closest to says why, with the points the scoring below shows.
   */
  private String unthemed(Paper paper, boolean outside, List<ThemeVerdict> near) {
    if (outside || survey.noteOf(paper).flatMap(PaperNote::verdict).isPresent()) {
      return "It is listed under"; // the curator's decision, just above, says why
    }
    if (survey.assignmentsOf(paper).stream().anyMatch(a -> a.decision().curated())) {
      return "It is in no theme, as the curator's note above explains, so it is listed under";
    }
    Assignment closest = null;
    for (Assignment a : survey.assignmentsOf(paper)) {
      if (a.reason().nearMiss() && (closest == null || nearness(a) > nearness(closest))) {
        closest = a;
      }
    }
    if (closest == null) {
      return "No theme's rules came close to taking it, so it is listed under";
    }
    return "No theme's rules took it: it came closest to "
        + context.theme(closest.theme()).name()
        + ", where "
        + closest.reason().by()
        + " give "
        + closest.reason().measure()
        + ", so it is listed under";
  }

  /**
   * How near a theme came to taking a paper: the model's confidence, or the share of the points.
   */
  private static double nearness(Assignment a) {
    return a.reason().probability().isPresent()
        ? a.reason().probability().getAsDouble()
        : a.threshold() > 0 ? a.score() / a.threshold() : 0;
  }

  /** The members' and curator-removed themes' standings, as {@link #paper} lists their verdicts. */
  private List<Standing> standings(List<Assignment> assignments, boolean noted, String from) {
    String see = noted ? " (see the curator's note)" : "";
    List<Standing> members = new ArrayList<>();
    List<Standing> removed = new ArrayList<>();
    for (Assignment a : assignments) {
      Theme theme = context.theme(a.theme());
      String href = Urls.relative(from, Urls.theme(theme.slug()));
      String clause =
          switch (a.decision()) {
            case RULES_IN -> "placed by " + a.reason().by() + ".";
            case CURATOR_ADDED -> "added by a curator" + see + ".";
            // a verdict that agrees with the rules confirms them: not a correction, and not
            // counted as one (Methodology counts what a curator changed)
            case VERDICT_IN ->
                a.rulesSay()
                    ? "placed by " + a.reason().by() + " and confirmed by a curator" + see + "."
                    : "placed by a curator's decision" + see + ".";
            case CURATOR_REMOVED -> "taken out by a curator" + see + ".";
            case VERDICT_OUT -> a.rulesSay() ? "left out by a curator's decision." : null;
            case RULES_OUT -> null;
          };
      if (clause != null) {
        (a.member() ? members : removed).add(new Standing(theme.name(), href, clause, !a.member()));
      }
    }
    members.addAll(removed);
    return members;
  }

  /** The line that unfolds the scoring: what is inside, in plain words. */
  private static String scoringSummary(int verdicts, int nearMisses, boolean modelled) {
    if (verdicts == 0 && nearMisses == 0) {
      return "";
    }
    String phrases =
        modelled
            ? "The phrases found, their points and the model's confidence"
            : "The phrases found and the points they add up to";
    if (nearMisses == 0) {
      return phrases;
    }
    String close = nearMisses == 1 ? "the theme it came close to" : "the themes it came close to";
    return verdicts == 0 ? phrases + " for " + close : phrases + ", and " + close;
  }

  /**
   * The abstract's links that its text does not show as links (the abstract links every address it
   * writes out; listing them again under it only repeated them).
   */
  private static List<String> unlinked(List<String> links, List<Segment> abstractText) {
    java.util.Set<String> shown = new java.util.HashSet<>();
    abstractText.forEach(s -> shown.add(s.href()));
    return links.stream().filter(url -> !shown.contains(url)).toList();
  }

  private static List<CountLink> entityLinks(List<EntityUse> uses, String path) {
    return uses.stream()
        .map(
            u ->
                new CountLink(
                    u.entity().name(),
                    Urls.relative(path, Urls.entity(u.entity().slug())),
                    u.count()))
        .toList();
  }

  /** A verdict in a reader's words: "A curator decided its themes: Reasoning and PEFT." */
  private String verdictLine(List<String> themes) {
    if (themes.isEmpty()) {
      return "A curator decided that it belongs in none of the themes.";
    }
    List<String> names = themes.stream().map(slug -> context.theme(slug).name()).toList();
    String listed = Text.series(names);
    return "A curator decided its themes: " + listed + ".";
  }

  /** What a curator's note replaced, with the text as captured; null when nothing was. */
  private Captured captured(Paper paper) {
    return survey
        .noteOf(paper)
        .filter(PaperNote::curatesText)
        .map(
            note -> {
              Occurrence first = paper.occurrences().get(0);
              boolean title = !note.title().isEmpty();
              boolean text = !note.abstractText().isEmpty();
              return new Captured(
                  title && text ? "title and abstract" : title ? "title" : "abstract",
                  title ? first.title() : null,
                  text ? first.abstractText() : null);
            })
        .orElse(null);
  }

  /**
   * The related papers in rank order: those whose only reason is a named group this paper is listed
   * under are gathered under that group, those that share the same reason with it under that
   * reason, each run placed where its first paper ranks.
   */
  private List<RelatedRun> related(Paper paper, String path, List<GroupLink> own) {
    List<Related> all = survey.relatedTo(paper);
    Map<String, Integer> sameReason = new HashMap<>();
    for (Related r : all) {
      sameReason.merge(String.join(", ", r.shared()), 1, Integer::sum);
    }
    // a run is keyed by its heading: a group's label, or what its papers share (never both empty)
    Map<List<String>, List<RelatedItem>> runs = new LinkedHashMap<>();
    for (Related r : all) {
      Paper other = context.paper(r.slug());
      String shared = String.join(", ", r.shared());
      String group =
          r.shared().isEmpty() && own.stream().anyMatch(g -> g.label().equals(r.subtopic()))
              ? r.subtopic()
              : "";
      String heading = !shared.isEmpty() && sameReason.get(shared) > 1 ? shared : "";
      runs.computeIfAbsent(List.of(group, heading), k -> new ArrayList<>())
          .add(
              new RelatedItem(
                  other.title(),
                  Urls.relative(path, Urls.paper(other.slug())),
                  heading.isEmpty() ? shared : ""));
    }
    List<RelatedRun> related = new ArrayList<>();
    runs.forEach(
        (key, items) -> {
          String group = key.get(0);
          String heading = key.get(1);
          related.add(
              new RelatedRun(
                  group.isEmpty()
                      ? null
                      : own.stream().filter(g -> g.label().equals(group)).findFirst().get(),
                  heading.isEmpty() ? null : heading,
                  items));
        });
    return related;
  }

  private ThemeVerdict verdict(Theme theme, Assignment a, boolean noted, String from) {
    return new ThemeVerdict(
        theme.name(),
        Urls.relative(from, Urls.theme(theme.slug())),
        a.explanation(noted),
        EvidenceLines.of(a.evidence(), inText(theme), theme.rules().pairs()),
        a.reason().examples().stream()
            .map(slug -> context.paper(slug))
            .map(p -> new Chip(p.title(), Urls.relative(from, Urls.paper(p.slug()))))
            .toList());
  }

  /**
   * The theme as a counter-cue names it in running text: "instruction tuning", "PEFT" (a long name
   * is shortened as the navigation shortens it).
   */
  private static String inText(Theme theme) {
    String name = theme.name().length() > 24 ? theme.shortName() : theme.name();
    boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
    return acronym ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }

  /** The papers either side of this one as the theme's page lists them, and what that order is. */
  private Neighbours neighbours(Theme theme, Paper paper, String from) {
    return neighbours(
        theme.slug(),
        theme.name(),
        Urls.theme(theme.slug()),
        "the theme page's order",
        "by sub-topic, then strongest evidence",
        "strongest evidence first",
        paper,
        from);
  }

  /**
   * The same for a paper in no theme, as the Other page lists it: its 151 papers had no previous
   * and next links while a theme's papers had them (review 9).
   */
  private Neighbours otherNeighbours(Paper paper, String from) {
    return neighbours(
        Survey.OTHER,
        OTHER_NAME,
        Urls.OTHER,
        "the Other page's order",
        "by sub-topic, then title",
        "by title",
        paper,
        from);
  }

  private Neighbours neighbours(
      String slug,
      String name,
      String page,
      String pageOrder,
      String bySubtopic,
      String flat,
      Paper paper,
      String from) {
    ReadingOrder reading = context.readingOrder(slug);
    List<Paper> order = reading.papers();
    int at = reading.position(paper);
    Chip previous = at > 0 ? context.chip(order.get(at - 1), from) : null;
    Chip next = at >= 0 && at + 1 < order.size() ? context.chip(order.get(at + 1), from) : null;
    return new Neighbours(
        name,
        Urls.relative(from, page),
        previous,
        next,
        at + 1,
        order.size(),
        pageOrder,
        reading.bySubtopic() ? bySubtopic : flat);
  }

  private List<Fact> facts(Paper paper) {
    PaperDetails details = paper.details();
    List<Fact> facts = new ArrayList<>();
    if (paper.date() != null) {
      // A year the listing did not print is the capture year: marked as in the lists. What the
      // mark means is said once, lower, in the Cite box (and in the footer), not in the header.
      facts.add(new Fact("Date", paper.date().shown()));
    }
    if (details.year() != null
        && (paper.date() == null || !details.year().equals(paper.date().year()))) {
      facts.add(new Fact("Year", String.valueOf(details.year())));
    }
    // A count alone ("9 authors") reads as if it were the names: with none, nothing is shown.
    if (!details.authors().isEmpty()) {
      facts.add(new Fact("Authors", details.authorLine()));
    }
    if (paper.organization() != null) {
      facts.add(new Fact("Organization", paper.organization()));
    }
    if (details.venue() != null) {
      facts.add(new Fact("Venue", details.venue()));
    }
    if (paper.upvotes() != null) {
      facts.add(new Fact("Upvotes", String.valueOf(paper.upvotes())));
    }
    if (!details.tags().isEmpty()) {
      facts.add(new Fact("Tags", String.join(", ", details.tags())));
    }
    // How many listings or files hold the paper is said under "Where it was found"; as a fact
    // beside the date it read like data about the paper.
    for (NamedLink link : details.links()) {
      facts.add(new Fact(link.name(), link.url(), link.url()));
    }
    return facts;
  }

  /**
   * The abstract as runs of plain text and links ({@link ShownLinks}); the template escapes every
   * run.
   */
  static List<Segment> segments(List<ShownLinks.Run> runs) {
    return runs.stream().map(run -> new Segment(run.text(), run.url())).toList();
  }
}
