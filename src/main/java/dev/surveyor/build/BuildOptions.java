package dev.surveyor.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a build reads and writes, the base URL when given on the command line, and whether every
 * link and anchor of the finished site is checked before it is published.
 */
public record BuildOptions(Path content, Path templates, Path out, String baseUrl, boolean checkLinks) {
  public BuildOptions {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(out, "out");
  }

  public BuildOptions(Path content, Path templates, Path out, String baseUrl) {
    this(content, templates, out, baseUrl, false);
  }
}
