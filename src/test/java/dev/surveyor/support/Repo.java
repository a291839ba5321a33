package dev.surveyor.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the repository's own content, templates and committed site. */
public final class Repo {
  private Repo() {}

  public static Path root() {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.isRegularFile(here.resolve("pom.xml"))) {
      here = here.getParent();
    }
    if (here == null) {
      throw new IllegalStateException("tests must run inside the repository");
    }
    return here;
  }

  public static Path content() {
    return root().resolve("content");
  }

  public static Path templates() {
    return root().resolve("templates");
  }

  public static Path site() {
    return root().resolve("site");
  }
}
