package dev.surveyor.build;

import java.nio.file.Path;
import java.util.Objects;

/** Where a build reads and writes, and the base URL when given on the command line. */
public record BuildOptions(Path content, Path templates, Path out, String baseUrl) {
  public BuildOptions {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(out, "out");
  }
}
