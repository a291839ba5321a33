package dev.surveyor.link;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The site's URL scheme, as paths relative to the site root. Pages are files, not directories
 * ("papers/x.html", not "papers/x/"), so every link works from {@code file://} too.
 */
public final class Urls {
  public static final String HOME = "index.html";
  public static final String ALL_PAPERS = "papers.html";
  public static final String OTHER = "themes/other.html";
  public static final String STYLE = "assets/style.css";
  public static final String PAPERS_JSON = "data/papers.json";
  public static final String REPORT_JSON = "data/report.json";
  public static final String CURATION_JSON = "data/curation.json";
  public static final String NOT_FOUND = "404.html";
  public static final String ENTITIES = "entities.html";
  public static final String MAP = "map.html";
  public static final String SEARCH = "search.html";
  public static final String SURVEY_BIB = "survey.bib";
  public static final String FEED = "feed.xml";
  public static final String SITEMAP = "sitemap.xml";
  public static final String ROBOTS = "robots.txt";
  public static final String OPENSEARCH = "opensearch.xml";

  /** The search index's manifest; its shards, fragments and facets are files beside it. */
  public static final String SEARCH_INDEX = "assets/search/index.js";

  public static final String SEARCH_FOLDER = "assets/search/";
  public static final String SEARCH_CORE = "assets/search-core.js";
  public static final String SEARCH_SCRIPT = "assets/search.js";
  public static final String LISTS_SCRIPT = "assets/lists.js";
  public static final String QUERY_SCRIPT = "assets/query-state.js";
  public static final String MAP_SCRIPT = "assets/map.js";
  public static final String PRINT_SCRIPT = "assets/print.js";

  /**
   * Names a theme or extra page may not take: they would clash with the pages and folders above (a
   * theme "other" with the papers in no theme, a page "papers" with the list of all papers).
   */
  private static final Set<String> RESERVED =
      Set.of(
          "other",
          "index",
          "papers",
          "search",
          "404",
          "themes",
          "entities",
          "data",
          "assets",
          "feed",
          "sitemap",
          "robots",
          "all",
          "map");

  /** The later pages of the list of all papers ("papers-2", ...), reserved as well. */
  private static final Pattern LIST_PAGE = Pattern.compile("papers-[0-9]+");

  private Urls() {}

  /** Whether a theme or extra page with this slug would clash with a page the site always has. */
  public static boolean isReserved(String slug) {
    return RESERVED.contains(slug) || LIST_PAGE.matcher(slug).matches();
  }

  public static String paper(String slug) {
    return "papers/" + slug + ".html";
  }

  public static String theme(String slug) {
    return "themes/" + slug + ".html";
  }

  public static String entity(String slug) {
    return "entities/" + slug + ".html";
  }

  /** The papers two themes share; the slugs in sorted order, joined by a dot no slug has. */
  public static String overlap(String a, String b) {
    return a.compareTo(b) < 0
        ? "overlaps/" + a + "." + b + ".html"
        : "overlaps/" + b + "." + a + ".html";
  }

  /**
   * Page {@code number} (from 1) of a list whose first page is {@code first}: "papers.html",
   * "papers-2.html", ... so the first page keeps the address it has always had.
   */
  public static String paged(String first, int number) {
    return number == 1
        ? first
        : first.substring(0, first.length() - ".html".length()) + "-" + number + ".html";
  }

  /**
   * The search page from {@code from}, set to one filter or query ({@code name}: "q", "theme" or
   * "year"), so a list that shows only its first papers can lead to all of them.
   */
  public static String search(String from, String name, String value) {
    return relative(from, SEARCH)
        + "?"
        + name
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The BibTeX file of a theme's papers ("other" for papers in no theme). */
  public static String themeBib(String slug) {
    return "themes/" + slug + ".bib";
  }

  public static String page(String slug) {
    return slug + ".html";
  }

  /**
   * A page's public address under the site's base URL (which ends in "/"). The home page is the
   * base URL itself, the address people share, rather than ".../index.html".
   */
  public static String absolute(String baseUrl, String path) {
    return path.equals(HOME) ? baseUrl : baseUrl + path;
  }

  private static final String[] UP = {"", "../", "../../", "../../../"};

  /** The way from one page to another, both given relative to the site root. */
  public static String relative(String from, String to) {
    return root(from) + to;
  }

  /** "" for a page at the root, "../" for one a folder down, and so on. */
  public static String root(String from) {
    int depth = 0;
    for (int i = from.indexOf('/'); i >= 0; i = from.indexOf('/', i + 1)) {
      depth++;
    }
    // every link of every page starts here: the site's few depths are made once
    return depth < UP.length ? UP[depth] : "../".repeat(depth);
  }
}
