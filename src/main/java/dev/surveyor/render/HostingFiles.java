package dev.surveyor.render;

import dev.surveyor.link.Urls;
import dev.surveyor.view.export.Hosting;
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
  public static List<OutputFile> of(Hosting hosting, List<OutputFile> pages) {
    return ofPaths(hosting, pages.stream().map(OutputFile::path).toList());
  }

  /**
   * @param paths the path of every file of the site so far, for a build that streams its files
   *     instead of holding them
   */
  public static List<OutputFile> ofPaths(Hosting hosting, List<String> paths) {
    List<OutputFile> files = new ArrayList<>();
    files.add(robots(hosting));
    if (hosting.hasBaseUrl()) {
      files.add(Sitemap.of(hosting.baseUrl(), paths));
      files.add(AtomFeed.of(hosting));
      files.add(OpenSearch.of(hosting));
    }
    return files;
  }

  /** Lets every crawler in; names the sitemap when there is one (it must be absolute). */
  static OutputFile robots(Hosting hosting) {
    StringBuilder text = new StringBuilder("User-agent: *\nDisallow:\n");
    if (hosting.hasBaseUrl()) {
      text.append("\nSitemap: ").append(hosting.baseUrl()).append(Urls.SITEMAP).append('\n');
    }
    return new OutputFile(Urls.ROBOTS, text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
