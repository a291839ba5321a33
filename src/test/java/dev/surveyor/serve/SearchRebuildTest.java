package dev.surveyor.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.build.BuildOptions;
import dev.surveyor.publish.OutputLock;
import dev.surveyor.serve.LiveBuild.Rebuild;
import dev.surveyor.support.MiniSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index under {@code serve}: an edit rewrites the pieces of the index it changed, not
 * the index. On a copy of the real survey, and then compared with a full build of the edit.
 */
class SearchRebuildTest {
  @Test
  void anEditRewritesOnlyTheShardsAndFragmentsItChanged(@TempDir Path dir) throws Exception {
    MiniSite site = MiniSite.realCopy(dir.resolve("live"));
    BuildOptions options = new BuildOptions(site.content(), site.templates(), site.out(), null);
    long pieces;
    try (OutputLock lock = OutputLock.acquire(site.out())) {
      LiveBuild live = new LiveBuild(options, lock);
      live.rebuild();
      try (Stream<Path> files = Files.list(site.out().resolve("assets/search"))) {
        pieces = files.count();
      }
      assertTrue(pieces > 100, "pieces of the index: " + pieces);

      // One word of one abstract: the shards of the word gone and the word come, and the file
      // holding the abstract, nothing else.
      site.edit("sources/000_a0d74a7ec3cceb0a.txt", s -> s.replace("LogicAsker", "LogicProber"));
      Rebuild word = live.rebuild();
      List<String> search = searchFiles(word);
      assertTrue(
          search.contains("assets/search/s-logicp.js") || search.contains("assets/search/s-l.js"),
          search.toString());
      assertEquals(
          1,
          search.stream().filter(p -> p.matches("assets/search/a-[0-9]+\\.js")).count(),
          "its abstract, for snippets: " + search);
      assertTrue(search.size() <= 4, "rewritten: " + search);

      // A paper moved into a theme: its fragment (its theme chips), the facets and the theme's
      // members.
      site.file(
          "papers/a-b-b-a-triggering-logical-reasoning-failures-in-large.md",
          "---\nadd_themes: [peft]\n---\n");
      Rebuild moved = live.rebuild();
      List<String> changed = searchFiles(moved);
      assertEquals(3, changed.size(), changed.toString());
      assertTrue(changed.contains("assets/search/facets.js"), changed.toString());
      assertEquals(
          1, changed.stream().filter(p -> p.matches("assets/search/t-[0-9]+\\.js")).count());
      assertTrue(changed.stream().anyMatch(p -> p.startsWith("assets/search/f-")));
    }
    assertEquals(
        MiniSite.snapshot(full(site, dir.resolve("full"))),
        MiniSite.snapshot(site.out()),
        "the same bytes as a full build of the edited survey");
  }

  private static List<String> searchFiles(Rebuild rebuild) {
    return rebuild.written().stream().filter(p -> p.startsWith("assets/search/")).toList();
  }

  private static Path full(MiniSite site, Path out) throws Exception {
    dev.surveyor.build.SiteBuilder.build(
        new BuildOptions(site.content(), site.templates(), out, null));
    return out;
  }
}
