package dev.surveyor.check;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.publish.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Which files of a published site a fresh build of the same content would write or remove. */
public final class StaleFiles {
  private StaleFiles() {}

  /**
   * A warning for each file, relative to {@code published}, that is missing there or differs from
   * {@code fresh}, and for each an earlier build produced (its manifest lists them) that the fresh
   * build no longer does. Files we never produced, such as a CNAME, are not ours to report.
   */
  public static List<Diagnostic> between(Path fresh, Path published) throws IOException {
    Set<String> produced = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(fresh)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        produced.add(fresh.relativize(file).toString().replace('\\', '/'));
      }
    }
    produced.remove(SiteWriter.MANIFEST);
    List<Diagnostic> stale = new ArrayList<>();
    for (String path : produced) {
      Path old = published.resolve(path);
      if (!Files.isRegularFile(old)) {
        stale.add(Diagnostic.warning(path, 0, "missing; run surveyor build"));
      } else if (!Arrays.equals(Files.readAllBytes(old), Files.readAllBytes(fresh.resolve(path)))) {
        stale.add(Diagnostic.warning(path, 0, "out of date; run surveyor build"));
      }
    }
    Path manifest = published.resolve(SiteWriter.MANIFEST);
    if (Files.isRegularFile(manifest)) {
      for (String path : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        if (!path.isBlank()
            && !produced.contains(path)
            && Files.isRegularFile(published.resolve(path))) {
          stale.add(Diagnostic.warning(path, 0, "no longer produced; run surveyor build"));
        }
      }
    }
    stale.sort(Diagnostic.ORDER);
    return List.copyOf(stale);
  }
}
