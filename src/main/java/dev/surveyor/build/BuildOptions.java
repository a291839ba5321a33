package dev.surveyor.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a build reads and writes, the base URL when given on the command line, whether every link
 * and anchor of the finished site is checked before it is published, and the jar that builds: when
 * it is known, a build whose inputs and output stand as the last one left them is skipped ({@link
 * BuildState}); null means always build.
 *
 * @param searchIndex whether the search index is counted and written: always, but for the benchmark
 *     that measures what the index costs a build (no command turns it off; the site's search page
 *     finds nothing without it)
 */
public record BuildOptions(
    Path content,
    Path templates,
    Path out,
    String baseUrl,
    boolean checkLinks,
    Path builtBy,
    boolean searchIndex) {
  public BuildOptions {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(out, "out");
  }

  public BuildOptions(
      Path content, Path templates, Path out, String baseUrl, boolean checkLinks, Path builtBy) {
    this(content, templates, out, baseUrl, checkLinks, builtBy, true);
  }

  /** The same build without the search index, for the benchmark that measures its cost. */
  public BuildOptions withoutSearchIndex() {
    return new BuildOptions(content, templates, out, baseUrl, checkLinks, builtBy, false);
  }

  public BuildOptions(Path content, Path templates, Path out, String baseUrl, boolean checkLinks) {
    this(content, templates, out, baseUrl, checkLinks, null);
  }

  public BuildOptions(Path content, Path templates, Path out, String baseUrl) {
    this(content, templates, out, baseUrl, false);
  }
}
