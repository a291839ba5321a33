package dev.surveyor.view;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.Survey;
import dev.surveyor.view.Views.GroupLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which named sub-topic of a theme page each paper is listed under, as links to that group: a paper
 * page says where it sits on its theme's page. Only named groups are shown as groups on the theme
 * page ({@link ThemeViews}); the papers in none of them follow together, and {@link #placements}
 * links that section for them.
 */
final class SubtopicLinks {
  private record Place(String theme, String themeName, Subtopic subtopic) {}

  private final Map<String, List<Place>> byPaper = new HashMap<>();
  private final Map<String, String> grouped = new HashMap<>();

  SubtopicLinks(Survey survey, Map<String, String> themeNames) {
    themeNames.forEach(
        (slug, name) -> {
          for (Subtopic s : survey.subtopicsOf(slug)) {
            if (s.named()) {
              grouped.put(slug, name);
              for (String paper : s.papers()) {
                byPaper
                    .computeIfAbsent(paper, p -> new ArrayList<>())
                    .add(new Place(slug, name, s));
              }
            }
          }
        });
  }

  /** The anchor of a sub-topic's section on its theme page. */
  static String anchor(Subtopic subtopic) {
    return "topic-" + subtopic.slug();
  }

  /**
   * The groups {@code paper} is listed in, among {@code themes} (in that order), from {@code from}.
   */
  List<GroupLink> of(String paper, List<String> themes, String from) {
    List<GroupLink> links = new ArrayList<>();
    for (String theme : themes) {
      links.addAll(named(paper, theme, from));
    }
    return links;
  }

  /**
   * Where {@code paper} is listed on each page of {@code themes}: its named groups, or, on a page
   * split into named groups that holds it in none of them, the papers in no named group (review20:
   * 20 paper pages said nowhere where R-Tuning or an Other paper of no group is listed). A page
   * with no named group lists the paper in its one list, which the theme's link already finds.
   */
  List<GroupLink> placements(String paper, List<String> themes, String from) {
    List<GroupLink> links = new ArrayList<>();
    for (String theme : themes) {
      List<GroupLink> named = named(paper, theme, from);
      links.addAll(named);
      if (named.isEmpty() && grouped.containsKey(theme)) {
        links.add(
            new GroupLink(
                grouped.get(theme),
                "the papers in no named group",
                Urls.relative(from, page(theme)) + "#" + ThemeViews.UNGROUPED_ID,
                false));
      }
    }
    return links;
  }

  private List<GroupLink> named(String paper, String theme, String from) {
    List<GroupLink> links = new ArrayList<>();
    for (Place place : byPaper.getOrDefault(paper, List.of())) {
      if (place.theme().equals(theme)) {
        links.add(
            new GroupLink(
                place.themeName(),
                place.subtopic().label(),
                Urls.relative(from, page(theme)) + "#" + anchor(place.subtopic())));
      }
    }
    return links;
  }

  private static String page(String theme) {
    return theme.equals(Survey.OTHER) ? Urls.OTHER : Urls.theme(theme);
  }
}
