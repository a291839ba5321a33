package dev.surveyor.view;

import dev.surveyor.analyze.Survey;
import dev.surveyor.link.Urls;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Theme;
import dev.surveyor.view.Views.ThemePage;
import java.util.List;

/** Theme pages, and the "Other" page for papers in no theme. */
final class ThemeViews {
  private final ViewContext context;
  private final Survey survey;

  ThemeViews(ViewContext context) {
    this.context = context;
    this.survey = context.survey;
  }

  ThemePage theme(Theme theme) {
    String path = Urls.theme(theme.slug());
    List<Paper> papers = context.order(theme.slug());
    return new ThemePage(
        context.frame(path, theme.name(), theme.digest(), "theme:" + theme.slug()),
        theme.name(),
        theme.digest(),
        context.html(theme.intro(), path),
        papers.size(),
        papers.stream().map(p -> context.item(p, path)).toList(),
        "Strongest evidence first.");
  }

  ThemePage other() {
    String path = Urls.OTHER;
    List<Paper> papers = survey.papersInNoTheme();
    return new ThemePage(
        context.frame(path, "Other papers", "Papers that match none of the survey's themes.", "theme:other"),
        "Other papers",
        "Papers that match none of the survey's themes.",
        "",
        papers.size(),
        papers.stream().map(p -> context.item(p, path)).toList(),
        "Alphabetical.");
  }
}
