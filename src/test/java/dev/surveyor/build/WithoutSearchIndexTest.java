package dev.surveyor.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.link.Urls;
import dev.surveyor.support.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's build without the search index (issue 23's measure of what the index costs)
 * leaves out the index's files and nothing else: every other file of the real survey is the same,
 * byte for byte, so the two builds differ by the index alone.
 */
class WithoutSearchIndexTest {
  @TempDir Path dir;

  @Test
  void leavesOutTheIndexFilesAndChangesNoOtherFile() throws Exception {
    Path with = dir.resolve("with");
    Path without = dir.resolve("without");
    BuildOptions options = new BuildOptions(Repo.content(), Repo.templates(), with, null);
    SiteBuilder.build(options);
    SiteBuilder.build(
        new BuildOptions(Repo.content(), Repo.templates(), without, null).withoutSearchIndex());

    Set<String> all = files(with);
    Set<String> index =
        all.stream()
            .filter(f -> f.startsWith(Urls.SEARCH_FOLDER) || f.equals(Urls.SEARCH_INDEX))
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(index.size() > 100, "the survey's index has its shards and fragments: " + index);
    Set<String> rest = new TreeSet<>(all);
    rest.removeAll(index);
    assertEquals(rest, files(without));
    for (String file : rest) {
      if (!file.equals(".surveyor-manifest")) { // lists the files produced, the index's too
        assertArrayEquals(
            Files.readAllBytes(with.resolve(file)),
            Files.readAllBytes(without.resolve(file)),
            file);
      }
    }
  }

  private static Set<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
