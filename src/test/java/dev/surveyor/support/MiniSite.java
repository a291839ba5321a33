package dev.surveyor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A content directory written inline by a test, with the repository's real templates. */
public final class MiniSite {
  /**
   * Sentences that make a short test abstract long enough for a summary and the analysis, adding no
   * word a theme's rules count.
   */
  public static final String ABSTRACT_TAIL =
      " The method is evaluated on several benchmarks and compared with strong baselines, and"
          + " the analysis explains where the gains come from and when they vanish.";

  private final Path root;

  public MiniSite(Path root) {
    this.root = root;
    copyTree(Repo.templates(), root.resolve("templates"));
  }

  /** A copy of the repository's real content and templates, for tests that edit it. */
  public static MiniSite realCopy(Path root) {
    MiniSite site = new MiniSite(root);
    copyTree(Repo.content(), site.content());
    return site;
  }

  /** Rewrites a content file through {@code change}; fails when the change changes nothing. */
  /** The 1-based line of a content file that starts with {@code prefix}; fails when none does. */
  public int lineOf(String path, String prefix) {
    try {
      List<String> lines = Files.readAllLines(content().resolve(path), StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith(prefix)) {
          return i + 1;
        }
      }
      throw new IllegalArgumentException("no line of " + path + " starts with '" + prefix + "'");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public MiniSite edit(String path, java.util.function.UnaryOperator<String> change) {
    try {
      String before = Files.readString(content().resolve(path), StandardCharsets.UTF_8);
      String after = change.apply(before);
      if (after.equals(before)) {
        throw new IllegalArgumentException("the edit of " + path + " changes nothing");
      }
      return file(path, after);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public MiniSite file(String path, String text) {
    try {
      Path file = content().resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path content() {
    return root.resolve("content");
  }

  public Path templates() {
    return root.resolve("templates");
  }

  public Path out() {
    return root.resolve("site");
  }

  /** The arguments of {@code surveyor build} for this site, then any extra ones. */
  public String[] buildArgs(String... extra) {
    String[] base = {
      "build",
      "--content",
      content().toString(),
      "--templates",
      templates().toString(),
      "--out",
      out().toString()
    };
    String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return args;
  }

  public static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file below a directory with its bytes, for byte-for-byte comparison. */
  public static java.util.SortedMap<String, String> snapshot(Path dir) {
    java.util.SortedMap<String, String> files = new java.util.TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(p);
        files.put(
            dir.relativize(p).toString(),
            java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }
}
