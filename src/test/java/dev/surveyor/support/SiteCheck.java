package dev.surveyor.support;

import dev.surveyor.check.SiteLinkChecker;
import dev.surveyor.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads a built site from disk: its pages parsed with Jsoup, and its link problems. */
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

  /**
   * Every broken internal link or anchor, root-absolute link and page unreachable from index.html,
   * as {@code page:line:col: error: message} (the checker {@code surveyor check} runs).
   */
  public List<String> brokenLinks() {
    try {
      return SiteLinkChecker.check(root).problems().stream().map(Diagnostic::format).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
