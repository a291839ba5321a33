package dev.surveyor.build;

import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Every file below a directory with its bytes (hidden files aside: editors' scratch files, which no
 * build reads). Comparing the snapshot of the last good build with one taken now tells what
 * changed, whatever events the watcher did or did not see.
 *
 * <p>As git's index does, a file whose {@link FileStamp} is that of the previous snapshot keeps its
 * bytes from there without being read, unless it was modified within the last {@link #RACY} (a
 * second write in the same clock tick could leave both unchanged).
 */
public final class FileSnapshot {
  private static final long RACY = 2_000_000_000L;
  static final FileSnapshot EMPTY = new FileSnapshot(new TreeMap<>());

  /** A file as seen: its stamp and bytes. */
  private record Seen(FileStamp stamp, byte[] bytes) {}

  private final Map<String, Seen> files;

  private FileSnapshot(Map<String, Seen> files) {
    this.files = files;
  }

  public static FileSnapshot of(Path root) throws ContentException {
    return of(root, EMPTY);
  }

  /** A snapshot that takes the bytes of files unchanged since {@code previous} from there. */
  public static FileSnapshot of(Path root, FileSnapshot previous) throws ContentException {
    Map<String, Seen> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return new FileSnapshot(files); // the build itself reports the missing directory
    }
    long now = System.currentTimeMillis() * 1_000_000L;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.toList()) {
        String path = root.relativize(file).toString().replace('\\', '/');
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile() || path.startsWith(".") || path.contains("/.")) {
          continue;
        }
        FileStamp stamp = FileStamp.of(path, attributes);
        Seen before = previous.files.get(path);
        boolean unchanged =
            before != null && before.stamp().equals(stamp) && !stamp.modifiedWithin(RACY, now);
        files.put(path, unchanged ? before : new Seen(stamp, Files.readAllBytes(file)));
      }
    } catch (IOException e) {
      // A file deleted while we walk: the watcher reports it, and the next snapshot is whole.
      throw new ContentException(
          Diagnostic.error(root.toString(), 0, "cannot read: " + e.getMessage()));
    }
    return new FileSnapshot(files);
  }

  /** A file's bytes, or null when it is not in the snapshot. */
  public byte[] bytes(String path) {
    Seen seen = files.get(path);
    return seen == null ? null : seen.bytes();
  }

  public boolean contains(String path) {
    return files.containsKey(path);
  }

  /** Whether a file has the same bytes in both snapshots (or is in neither). */
  public boolean same(FileSnapshot other, String path) {
    Seen a = files.get(path);
    Seen b = other.files.get(path);
    return a == b || (a != null && b != null && Arrays.equals(a.bytes(), b.bytes()));
  }

  /** Whether the files whose paths {@code which} accepts are the same in both. */
  public boolean same(FileSnapshot other, Predicate<String> which) {
    for (String path : files.keySet()) {
      if (which.test(path) && !same(other, path)) {
        return false;
      }
    }
    return other.files.keySet().stream().filter(which).allMatch(files::containsKey);
  }
}
