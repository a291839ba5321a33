package dev.surveyor.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A file's path (relative to its folder), size and modification time in nanoseconds: how every
 * reuse between builds tells a file unchanged without reading it, both the saved {@link BuildState}
 * of {@code build} and the {@link FileSnapshot}s serve keeps in memory.
 */
public record FileStamp(String path, long size, long modified) {

  /** The stamp of {@code root/path}, or empty when there is no such file. */
  public static Optional<FileStamp> of(Path root, String path) throws IOException {
    try {
      return Optional.of(
          of(path, Files.readAttributes(root.resolve(path), BasicFileAttributes.class)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** The stamp of a file whose attributes were read already (walking a folder). */
  static FileStamp of(String path, BasicFileAttributes attributes) {
    return new FileStamp(
        path, attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
  }

  /** The same stamp with the path under a folder ("content/" + path). */
  FileStamp under(String prefix) {
    return new FileStamp(prefix + path, size, modified);
  }

  /** Whether the file was modified within {@code nanos} before {@code now} (nanoseconds). */
  boolean modifiedWithin(long nanos, long now) {
    return now - modified <= nanos;
  }
}
