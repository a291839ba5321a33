package dev.surveyor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real survey built once per test run from content/ into target/, shared by the test classes
 * that read it, so the suite builds the full site once rather than once per class.
 */
public final class RealBuild {
  private static Path out;
  private static Run run;
  private static SiteCheck site;

  private RealBuild() {}

  private static synchronized void ensureBuilt() {
    if (out != null) {
      return;
    }
    try {
      Path dir = Repo.root().resolve("target");
      Files.createDirectories(dir);
      out = Files.createTempDirectory(dir, "real-site-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    run =
        Run.of(
            "build",
            "--content",
            Repo.content().toString(),
            "--templates",
            Repo.templates().toString(),
            "--out",
            out.toString(),
            "--check-links");
    site = run.exitCode() == 0 ? new SiteCheck(out) : null;
  }

  /** What the build printed and returned. */
  public static Run run() {
    ensureBuilt();
    return run;
  }

  /** The built site's directory; a failed build fails every caller. */
  public static Path out() {
    ensureBuilt();
    if (run.exitCode() != 0) {
      throw new AssertionError("the real survey does not build:\n" + run.err());
    }
    return out;
  }

  public static SiteCheck site() {
    ensureBuilt();
    if (site == null) {
      throw new IllegalStateException("the real survey did not build: " + run.err());
    }
    return site;
  }
}
