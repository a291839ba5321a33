package dev.surveyor.view.export;

import dev.surveyor.config.SurveyConfig;
import dev.surveyor.link.Urls;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Recency;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.text.ShownLinks;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes the {@link Hosting} view of a survey. The feed holds the newest {@code feed_size} papers by
 * listing date (the home page's "Recently dated"); its date is the newest day a listing printed, in
 * the capture year when the listing printed no year: the survey holds nothing newer. An entry
 * claims a day of its own only where its listing printed day, month and year; the others, whose
 * year is assumed, are dated by the feed.
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
    String updated = newest.isEmpty() ? NO_DATE : timestamp(newest.get(0).date().iso());
    List<Hosting.Entry> entries =
        newest.stream()
            .map(
                paper -> {
                  String url = Urls.absolute(base, Urls.paper(paper.slug()));
                  List<Hosting.Category> categories =
                      survey.themesOf(paper).stream()
                          .map(slug -> new Hosting.Category(slug, themes.get(slug).name()))
                          .toList();
                  String printed = paper.date().machine(); // null when the year is assumed
                  String published = printed == null ? null : timestamp(printed);
                  return new Hosting.Entry(
                      paper.title(),
                      url,
                      published,
                      published == null ? updated : published,
                      categories,
                      ShownLinks.plain(paper.abstractText(), paper.linkSpans()));
                })
            .toList();
    return new Hosting.Feed(
        config.title(),
        config.tagline(),
        base + Urls.FEED,
        base,
        updated,
        config.author().isEmpty() ? config.title() : config.author(),
        entries);
  }

  private static String timestamp(String isoDate) {
    return isoDate + "T00:00:00Z";
  }
}
