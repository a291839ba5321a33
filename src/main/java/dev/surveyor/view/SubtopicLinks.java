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
 * page ({@link ThemeViews}), so only they are linked.
 */
final class SubtopicLinks {
  private record Place(String theme, String themeName, Subtopic subtopic) {}

  private final Map<String, List<Place>> byPaper = new HashMap<>();

  SubtopicLinks(Survey survey, Map<String, String> themeNames) {
    themeNames.forEach(
        (slug, name) -> {
          for (Subtopic s : survey.subtopicsOf(slug)) {
            if (s.named()) {
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
      for (Place place : byPaper.getOrDefault(paper, List.of())) {
        if (place.theme().equals(theme)) {
          String page = theme.equals(Survey.OTHER) ? Urls.OTHER : Urls.theme(theme);
          links.add(
              new GroupLink(
                  place.themeName(),
                  place.subtopic().label(),
                  Urls.relative(from, page) + "#" + anchor(place.subtopic())));
        }
      }
    }
    return links;
  }
}
