package dev.surveyor.view.export;

import dev.surveyor.config.SurveyConfig;
import dev.surveyor.link.Urls;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Recency;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes the {@link Hosting} view of a survey. The feed holds the newest {@code feed_size} papers by
 * listing date; its date is the newest of theirs.
 */
public final class HostingViews {
  private static final String NO_DATE = "1970-01-01T00:00:00Z";

  private HostingViews() {}

  public static Hosting of(Survey survey) {
    SurveyConfig config = survey.content().config();
    String base = config.hasBaseUrl() ? config.baseUrl() : "";
    return new Hosting(base, config.title(), config.language(), feed(survey, base));
  }

  private static Hosting.Feed feed(Survey survey, String base) {
    SurveyConfig config = survey.content().config();
    List<Paper> newest =
        Recency.newestFirst(survey.papers()).stream().limit(config.feedSize()).toList();
    Map<String, Theme> themes =
        survey.themes().stream().collect(Collectors.toMap(Theme::slug, Function.identity()));
    List<Hosting.Entry> entries =
        newest.stream()
            .map(
                paper -> {
                  String url = Urls.absolute(base, Urls.paper(paper.slug()));
                  List<Hosting.Category> categories =
                      survey.themesOf(paper).stream()
                          .map(slug -> new Hosting.Category(slug, themes.get(slug).name()))
                          .toList();
                  return new Hosting.Entry(
                      paper.title(), url, timestamp(paper), categories, paper.abstractText());
                })
            .toList();
    return new Hosting.Feed(
        config.title(),
        config.tagline(),
        base + Urls.FEED,
        base,
        newest.isEmpty() ? NO_DATE : timestamp(newest.get(0)),
        config.author().isEmpty() ? config.title() : config.author(),
        entries);
  }

  private static String timestamp(Paper paper) {
    return paper.date().iso() + "T00:00:00Z";
  }
}
