package dev.surveyor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real survey built once per test run into a temporary directory, for the test classes
 * that only read it: a build of the whole survey is the slowest step of those tests.
 */
public final class RealSite {
  private static Path built;

  private RealSite() {}

  /** The built site's directory; the first call builds it, a failed build fails every caller. */
  public static synchronized Path out() {
    if (built == null) {
      try {
        Path dir = Files.createTempDirectory("surveyor-real-site");
        Path out = dir.resolve("site");
        Run run = Run.of("build", "--content", Repo.content().toString(), "--templates",
            Repo.templates().toString(), "--out", out.toString(), "-q");
        if (run.exitCode() != 0) {
          throw new AssertionError("the real survey does not build:\n" + run.err());
        }
        built = out;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return built;
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A leftover temporary directory is harmless.
    }
  }
}
