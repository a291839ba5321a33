package dev.surveyor.serve;

import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Every file below a directory with its bytes (hidden files aside: editors' scratch files, which
 * no build reads). Comparing the snapshot of the last good build with one taken now tells what
 * changed, whatever events the watcher did or did not see.
 */
final class FileSnapshot {
  private final Map<String, byte[]> files;

  private FileSnapshot(Map<String, byte[]> files) {
    this.files = files;
  }

  static FileSnapshot of(Path root) throws ContentException {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return new FileSnapshot(files); // the build itself reports the missing directory
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String path = root.relativize(file).toString().replace('\\', '/');
        if (!path.startsWith(".") && !path.contains("/.")) {
          files.put(path, Files.readAllBytes(file));
        }
      }
    } catch (IOException e) {
      // A file deleted while we walk: the watcher reports it, and the next snapshot is whole.
      throw new ContentException(Diagnostic.error(root.toString(), 0, "cannot read: " + e.getMessage()));
    }
    return new FileSnapshot(files);
  }

  boolean contains(String path) {
    return files.containsKey(path);
  }

  /** Whether a file has the same bytes in both snapshots (or is in neither). */
  boolean same(FileSnapshot other, String path) {
    return Arrays.equals(files.get(path), other.files.get(path));
  }

  /** Whether the files whose paths {@code which} accepts are the same in both. */
  boolean same(FileSnapshot other, Predicate<String> which) {
    for (String path : files.keySet()) {
      if (which.test(path) && !same(other, path)) {
        return false;
      }
    }
    return other.files.keySet().stream().filter(which).allMatch(files::containsKey);
  }
}
