package dev.surveyor.view.export;

import java.util.List;

/**
 * What the files a host and crawlers look for say: {@code robots.txt}, and with a base URL the
 * sitemap, the Atom feed and the OpenSearch description.
 *
 * @param baseUrl the site's public address, ending in "/"; empty when the survey has none
 */
public record Hosting(String baseUrl, String title, String language, Feed feed) {

  public boolean hasBaseUrl() {
    return !baseUrl.isEmpty();
  }

  /**
   * {@code feed.xml}: the newest papers by listing date, as the home page's "Recently dated".
   *
   * @param updated the newest entry's date, or the epoch when no paper is dated: no clock is read
   */
  public record Feed(
      String title,
      String subtitle,
      String selfUrl,
      String alternateUrl,
      String updated,
      String author,
      List<Entry> entries) {
    public Feed {
      entries = List.copyOf(entries);
    }
  }

  /**
   * One paper in the feed.
   *
   * @param published its listing date at midnight UTC where the listing printed day, month and
   *     year; null where the year is only assumed from the capture year
   * @param updated {@code published} where there is one, else the feed's date
   * @param summary its abstract, links shown as the paper page shows them
   */
  public record Entry(
      String title,
      String url,
      String published,
      String updated,
      List<Category> categories,
      String summary) {
    public Entry {
      categories = List.copyOf(categories);
    }
  }

  /** A theme of the paper: its slug as the term, its name as the label. */
  public record Category(String term, String label) {}
}
