package dev.surveyor.ingest;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small content folder written by a test, with the readers' shared parts over it. */
final class ContentFolder {
  final Path root;
  final Diagnostics diagnostics = new Diagnostics();
  final ContentFiles files;
  final CuratedFiles curated;
  final YamlReader yaml = new YamlReader();

  ContentFolder(Path root) {
    this.root = root;
    this.files = new ContentFiles(root, root.resolve("sources"), diagnostics);
    this.curated = new CuratedFiles(files, yaml, diagnostics);
  }

  ContentFolder file(String path, String text) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every diagnostic reported, as the terminal prints its first line. */
  List<String> reported() {
    return diagnostics.sorted().stream().map(d -> d.format().lines().findFirst().get()).toList();
  }

  List<Diagnostic> all() {
    return diagnostics.sorted();
  }
}
