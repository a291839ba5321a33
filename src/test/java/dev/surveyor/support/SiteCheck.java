package dev.surveyor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a built site from disk and checks every internal link and anchor with Jsoup. */
public final class SiteCheck {
  private final Path root;
  private final Map<String, Document> pages = new HashMap<>();

  public SiteCheck(Path root) {
    this.root = root;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
        String path = root.relativize(file).toString().replace('\\', '/');
        pages.put(path, Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Set<String> pages() {
    return new TreeSet<>(pages.keySet());
  }

  public Document page(String path) {
    Document doc = pages.get(path);
    if (doc == null) {
      throw new AssertionError("no page " + path);
    }
    return doc;
  }

  /** Every broken internal link or anchor, as "page -> target". */
  public List<String> brokenLinks() {
    List<String> broken = new ArrayList<>();
    for (Map.Entry<String, Document> entry : new java.util.TreeMap<>(pages).entrySet()) {
      if (entry.getKey().equals("404.html")) {
        continue; // written for the site root, served at any depth
      }
      for (Element el : entry.getValue().select("a[href], link[href], script[src]")) {
        String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
        if (ref.startsWith("http://") || ref.startsWith("https://") || ref.startsWith("mailto:")) {
          continue;
        }
        if (ref.startsWith("/")) {
          broken.add(entry.getKey() + " -> " + ref + " (absolute path breaks under a sub-path)");
          continue;
        }
        String target = resolve(entry.getKey(), ref);
        if (target == null || !exists(target)) {
          broken.add(entry.getKey() + " -> " + ref);
        }
      }
    }
    return broken;
  }

  private String resolve(String from, String ref) {
    URI base = URI.create("file:///site/" + from);
    URI uri = base.resolve(ref);
    String path = uri.getPath();
    if (!path.startsWith("/site/")) {
      return null;
    }
    String file = path.substring("/site/".length());
    if (file.isEmpty()) {
      file = "index.html";
    }
    return uri.getFragment() == null ? file : file + "#" + uri.getFragment();
  }

  private boolean exists(String target) {
    int hash = target.indexOf('#');
    String file = hash < 0 ? target : target.substring(0, hash);
    if (!Files.isRegularFile(root.resolve(file))) {
      return false;
    }
    if (hash < 0) {
      return true;
    }
    Document doc = pages.get(file);
    String id = target.substring(hash + 1);
    return doc != null && (id.isEmpty() || doc.getElementById(id) != null);
  }
}
