package dev.surveyor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows every link from a start page over HTTP, as a reader clicking through would: each internal
 * URL is fetched once, HTML pages are parsed with Jsoup and their links followed, and a link's
 * #fragment must name an element on the page it leads to.
 */
public final class SiteCrawler {
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;
  private final Map<URI, Integer> status = new HashMap<>();
  private final Map<URI, Document> pages = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  private SiteCrawler(URI base) {
    this.base = base;
  }

  /** Crawls everything below {@code base} reachable from {@code start}. */
  public static SiteCrawler crawl(URI base, URI start) {
    SiteCrawler crawler = new SiteCrawler(base);
    crawler.run(start);
    return crawler;
  }

  /** Paths (relative to the base) of the HTML pages reached, sorted. */
  public Set<String> pages() {
    Set<String> paths = new TreeSet<>();
    for (URI uri : pages.keySet()) {
      String path = base.relativize(uri).getPath();
      paths.add(path.isEmpty() ? "index.html" : path);
    }
    return paths;
  }

  /** Number of distinct URLs fetched, pages and other files. */
  public int fetched() {
    return status.size();
  }

  /** Every HTTP error, link outside the base, or missing anchor, as "page -> link: problem". */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  private void run(URI start) {
    Deque<URI> queue = new ArrayDeque<>();
    List<String[]> anchors = new ArrayList<>(); // page, link, target page, id
    fetch(start, queue);
    while (!queue.isEmpty()) {
      URI page = queue.poll();
      Document doc = pages.get(page);
      for (Element el : doc.select("[href], [src], form[action]")) {
        String ref =
            el.hasAttr("href")
                ? el.attr("href")
                : el.hasAttr("src") ? el.attr("src") : el.attr("action");
        URI link;
        try {
          link = page.resolve(ref.strip());
        } catch (IllegalArgumentException e) {
          problems.add(page + " -> " + ref + ": malformed");
          continue;
        }
        if (!"http".equals(link.getScheme()) || !link.getAuthority().equals(base.getAuthority())) {
          continue; // another site
        }
        if (!link.getPath().startsWith(base.getPath())) {
          problems.add(page + " -> " + ref + ": leaves " + base.getPath());
          continue;
        }
        URI target = withoutFragment(link);
        if (!status.containsKey(target)) {
          fetch(target, queue);
        }
        if (status.get(target) != 200) {
          problems.add(page + " -> " + ref + ": HTTP " + status.get(target));
        } else if (link.getFragment() != null && !link.getFragment().isEmpty()) {
          anchors.add(new String[] {page.toString(), ref, target.toString(), link.getFragment()});
        }
      }
    }
    for (String[] a : anchors) {
      Document target = pages.get(URI.create(a[2]));
      if (target != null && target.getElementById(a[3]) == null) {
        problems.add(a[0] + " -> " + a[1] + ": no id \"" + a[3] + "\" on " + a[2]);
      }
    }
  }

  private void fetch(URI url, Deque<URI> queue) {
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      status.put(url, response.statusCode());
      boolean html =
          response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
      if (response.statusCode() == 200 && html) {
        pages.put(
            url, Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), url.toString()));
        queue.add(url);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static URI withoutFragment(URI uri) {
    return URI.create(
        uri.getScheme()
            + "://"
            + uri.getRawAuthority()
            + uri.getRawPath()
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
  }
}
