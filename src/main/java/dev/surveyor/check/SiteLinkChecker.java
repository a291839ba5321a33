package dev.surveyor.check;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Severity;
import dev.surveyor.link.Urls;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Checks a built site on disk the way a reader's browser would meet it: every internal link and
 * anchor resolves, no link is root-absolute (that breaks under a sub-path and from disk), and every
 * page can be reached from index.html. Problems are diagnostics located at the page, line and
 * column of the offending attribute; paths are relative to the site directory.
 */
public final class SiteLinkChecker {
  private static final String ROOT = "/site/";

  private final Set<String> files;
  private final Map<String, Document> pages;

  private SiteLinkChecker(Set<String> files, Map<String, Document> pages) {
    this.files = files;
    this.pages = pages;
  }

  /** Reads every page below {@code root} and checks them all. */
  public static SiteLinkReport check(Path root) throws IOException {
    return read(root).run();
  }

  /**
   * Checks a site that is not in one directory yet: the files a build produced, each read from
   * where it is now (see SiteWriter#pending), before anything is published.
   */
  public static SiteLinkReport check(Set<String> paths, Function<String, Path> where)
      throws IOException {
    Map<String, Document> pages = new TreeMap<>();
    for (String path : paths) {
      if (path.endsWith(".html")) {
        String html = Files.readString(where.apply(path), StandardCharsets.UTF_8);
        pages.put(path, Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)));
      }
    }
    return new SiteLinkChecker(new HashSet<>(paths), pages).run();
  }

  private static SiteLinkChecker read(Path root) throws IOException {
    Set<String> files = new HashSet<>();
    Map<String, Document> pages = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String path = root.relativize(file).toString().replace('\\', '/');
        files.add(path);
        if (path.endsWith(".html")) {
          String html = Files.readString(file, StandardCharsets.UTF_8);
          pages.put(path, Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)));
        }
      }
    }
    return new SiteLinkChecker(files, pages);
  }

  private SiteLinkReport run() {
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, Set<String>> linksTo = new TreeMap<>();
    int links = 0;
    for (Map.Entry<String, Document> page : pages.entrySet()) {
      // 404.html is written for the site root but served at any depth: its links are not ours to
      // resolve, and nothing links to it.
      if (page.getKey().equals(Urls.NOT_FOUND)) {
        continue;
      }
      Set<String> targets = new HashSet<>();
      // A form's action leads on too: the header's search form is how readers reach search.html.
      for (Element el : page.getValue().select("[href], [src], form[action]")) {
        String key = el.hasAttr("href") ? "href" : el.hasAttr("src") ? "src" : "action";
        links++;
        String problem = checkLink(page.getKey(), el.attr(key), targets);
        if (problem != null) {
          problems.add(at(page.getKey(), el, key, problem));
        }
      }
      linksTo.put(page.getKey(), targets);
    }
    for (String page : unreachable(linksTo)) {
      problems.add(Diagnostic.error(page, 0, "not reachable by links from " + Urls.HOME));
    }
    problems.sort(Diagnostic.ORDER);
    return new SiteLinkReport(pages.size(), links, problems);
  }

  /** Returns what is wrong with one link, or null; records the page it leads to. */
  private String checkLink(String from, String ref, Set<String> targets) {
    URI uri;
    try {
      uri = new URI(ref.strip());
    } catch (URISyntaxException e) {
      return "malformed link \"" + ref + "\": " + e.getReason();
    }
    if (uri.getScheme() != null || uri.getRawAuthority() != null) {
      return null; // external; not ours to check
    }
    if (uri.getRawPath() != null && uri.getRawPath().startsWith("/")) {
      return "root-absolute link \"" + ref + "\" breaks under a sub-path and from disk";
    }
    URI resolved = URI.create(ROOT).resolve(encodedPath(from)).resolve(uri);
    String path = resolved.getPath();
    if (!path.startsWith(ROOT)) {
      return "link \"" + ref + "\" leaves the site";
    }
    String file = path.substring(ROOT.length());
    if (file.isEmpty() || file.endsWith("/")) {
      file += Urls.HOME;
    }
    if (!files.contains(file)) {
      return "broken link \"" + ref + "\": no file " + file;
    }
    targets.add(file);
    String id = resolved.getFragment();
    Document target = pages.get(file);
    if (id == null || id.isEmpty() || target == null || id.equals("top")) {
      return null; // "#" and "#top" mean the top of the page in every browser
    }
    if (target.getElementById(id) == null
        && target.getElementsByAttributeValue("name", id).stream()
            .noneMatch(e -> e.normalName().equals("a"))) {
      return "broken anchor \"" + ref + "\": no id \"" + id + "\" in " + file;
    }
    return null;
  }

  /** Pages no chain of links from index.html leads to. */
  private List<String> unreachable(Map<String, Set<String>> linksTo) {
    Set<String> seen = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    if (linksTo.containsKey(Urls.HOME)) {
      queue.add(Urls.HOME);
      seen.add(Urls.HOME);
    }
    while (!queue.isEmpty()) {
      for (String next : linksTo.getOrDefault(queue.poll(), Set.of())) {
        if (pages.containsKey(next) && seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return pages.keySet().stream()
        .filter(p -> !seen.contains(p) && !p.equals(Urls.NOT_FOUND))
        .toList();
  }

  private static Diagnostic at(String page, Element el, String key, String message) {
    Attribute attribute = el.attribute(key);
    Range range = attribute == null ? el.sourceRange() : attribute.sourceRange().nameRange();
    Range.Position start = range.isTracked() ? range.start() : el.sourceRange().start();
    return new Diagnostic(
        Severity.ERROR,
        page,
        Math.max(start.lineNumber(), 0),
        Math.max(start.columnNumber(), 0),
        message,
        "");
  }

  /** Site paths are plain names (see SiteWriter), but a page name could still hold a space. */
  private static String encodedPath(String path) {
    return path.replace("%", "%25").replace(" ", "%20");
  }
}
