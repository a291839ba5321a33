package dev.surveyor.serve;

import dev.surveyor.build.BuildOptions;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What {@code serve} builds, and where it listens: a port on 127.0.0.1 (0 for any free one) and the
 * URL path the site appears under, as it will on a host ("/survey/" for a project site).
 */
public record ServeOptions(BuildOptions build, int port, String basePath) {
  private static final Pattern SEGMENTS = Pattern.compile("(/[A-Za-z0-9._~-]+)*/");

  public ServeOptions {
    Objects.requireNonNull(build, "build");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
    }
    basePath = normalise(basePath);
  }

  /** "/", or "/a/b/" from "a/b", "/a/b" or "/a/b/". */
  private static String normalise(String path) {
    String p = path == null || path.isBlank() ? "/" : path.strip();
    p = (p.startsWith("/") ? "" : "/") + p + (p.endsWith("/") ? "" : "/");
    if (!SEGMENTS.matcher(p).matches() || p.contains("/../") || p.contains("/./")) {
      throw new IllegalArgumentException(
          "the base path must be URL path segments such as /survey/, not '" + path + "'");
    }
    return p;
  }
}
