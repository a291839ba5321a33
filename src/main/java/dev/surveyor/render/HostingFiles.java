package dev.surveyor.render;

import dev.surveyor.config.SurveyConfig;
import dev.surveyor.link.Urls;
import dev.surveyor.model.Survey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a host and crawlers look for. {@code robots.txt} always; the sitemap, the Atom feed and
 * the OpenSearch description only with a base URL, as each of them needs absolute URLs.
 */
public final class HostingFiles {
  private HostingFiles() {}

  /**
   * @param pages every file of the site so far; the sitemap lists its HTML pages
   */
  public static List<OutputFile> of(Survey survey, List<OutputFile> pages) {
    return ofPaths(survey, pages.stream().map(OutputFile::path).toList());
  }

  /**
   * @param paths the path of every file of the site so far, for a build that streams its files
   *     instead of holding them
   */
  public static List<OutputFile> ofPaths(Survey survey, List<String> paths) {
    SurveyConfig config = survey.content().config();
    List<OutputFile> files = new ArrayList<>();
    files.add(robots(config));
    if (config.hasBaseUrl()) {
      files.add(Sitemap.of(config.baseUrl(), paths));
      files.add(AtomFeed.of(survey));
      files.add(OpenSearch.of(config));
    }
    return files;
  }

  /** Lets every crawler in; names the sitemap when there is one (it must be absolute). */
  static OutputFile robots(SurveyConfig config) {
    StringBuilder text = new StringBuilder("User-agent: *\nDisallow:\n");
    if (config.hasBaseUrl()) {
      text.append("\nSitemap: ").append(config.baseUrl()).append(Urls.SITEMAP).append('\n');
    }
    return new OutputFile(Urls.ROBOTS, text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
