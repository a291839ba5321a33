package dev.surveyor.ingest;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The content directory as the readers see it: files listed in name order, read and decoded, and
 * named by their path relative to the content directory, as diagnostics name them. Content is read
 * only from inside, so a link cannot pull in (and publish) any other file; a link leading out is
 * reported where it is met.
 */
final class ContentFiles {
  private final Path root;
  private final Path sources;
  private final Diagnostics diagnostics;

  /**
   * @param sources the folder of sources, {@code root/sources} unless they are kept elsewhere (eval
   *     --sources); its files are named {@code sources/...} either way
   */
  ContentFiles(Path root, Path sources, Diagnostics diagnostics) {
    this.root = root;
    this.sources = sources;
    this.diagnostics = diagnostics;
  }

  Path root() {
    return root;
  }

  Path sources() {
    return sources;
  }

  /** Whether the sources are the survey's own, not a collection kept elsewhere. */
  boolean ownSources() {
    return sources.equals(root.resolve("sources"));
  }

  Path resolve(String relative) {
    return root.resolve(relative);
  }

  /** The Markdown files directly in a folder of the content directory, sorted. */
  List<Path> markdownFiles(String folder) {
    return files(folder, ".md");
  }

  /** Regular files with the suffix directly in a folder, sorted; links out of it are refused. */
  private List<Path> files(String folder, String suffix) {
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    for (Path p : entries(dir)) {
      String name = p.getFileName().toString();
      if (name.endsWith(suffix)
          && !name.startsWith(".")
          && Files.isRegularFile(p)
          && insideRoot(p)) {
        found.add(p);
      }
    }
    return found;
  }

  /** A folder's entries, sorted by name; a folder that cannot be listed is reported. */
  List<Path> entries(Path dir) {
    try (Stream<Path> list = Files.list(dir)) {
      return list.sorted().toList();
    } catch (IOException e) {
      diagnostics.report(Diagnostic.error(relative(dir), 0, "cannot list: " + e.getMessage()));
      return List.of();
    }
  }

  /** Whether a file, or a folder on its way, is a link out of the content directory; reported. */
  private boolean outside(Path file) throws IOException {
    // Sources kept outside the content (eval --sources) may not lead out of their own folder.
    Path base = file.startsWith(sources) && !sources.startsWith(root) ? sources : root;
    if (file.toRealPath().startsWith(base.toRealPath())) {
      return false;
    }
    diagnostics.report(
        Diagnostic.error(relative(file), 0, "symbolic link points outside the content directory"));
    return true;
  }

  /**
   * False, with an error reported, for a file or folder that leads out of the content directory.
   */
  boolean insideRoot(Path p) {
    try {
      return !outside(p);
    } catch (IOException e) {
      diagnostics.report(Diagnostic.error(relative(p), 0, "cannot follow link: " + e.getMessage()));
      return false;
    }
  }

  /**
   * A file's text, its decoding problems reported; null when it does not exist, leads out of the
   * content directory or cannot be read (reported).
   */
  SourceText readText(Path file) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
      return null;
    }
    try {
      if (outside(file)) {
        return null;
      }
      SourceText text = TextDecoder.decode(relative(file), Files.readAllBytes(file));
      // for binary data its reader says it once; most files have no problem to report, and are
      // not scanned here for binary data too (their reader does that)
      if (!text.problems().isEmpty() && !text.looksBinary()) {
        diagnostics.reportAll(text.problems());
      }
      return new SourceText(text.file(), text.lines(), List.of());
    } catch (IOException e) {
      diagnostics.report(Diagnostic.error(relative(file), 0, "cannot read: " + e.getMessage()));
      return null;
    }
  }

  /** A file's path as diagnostics name it: relative to the content directory, with slashes. */
  String relative(Path file) {
    Path relative =
        file.startsWith(sources)
            ? Path.of("sources").resolve(sources.relativize(file))
            : root.relativize(file);
    return relative.toString().replace('\\', '/');
  }
}
