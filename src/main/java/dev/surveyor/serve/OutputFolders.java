package dev.surveyor.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The modification times of the output folders that hold pages. A folder's time changes whenever a
 * file in it is added, removed or renamed, so while it stands still every page a build left in it
 * is still there: one look per folder instead of one per page (650 on the real survey) when a
 * one-page rebuild keeps the others. (Where a file system keeps coarse times, a page removed in the
 * same tick as the build that wrote its folder is found at the next change of that folder.)
 */
final class OutputFolders {
  private final Path out;
  private final Map<String, Optional<FileTime>> times;

  private OutputFolders(Path out, Map<String, Optional<FileTime>> times) {
    this.out = out;
    this.times = times;
  }

  /** The times now of the folders holding {@code pages} (site paths). */
  static OutputFolders of(Path out, Collection<String> pages) {
    Map<String, Optional<FileTime>> times = new HashMap<>();
    for (String page : pages) {
      times.computeIfAbsent(folder(page), folder -> time(out, folder));
    }
    return new OutputFolders(out, times);
  }

  /** Whether the folder of {@code page} has not changed since these times were taken. */
  boolean unchanged(String page, Map<String, Optional<FileTime>> now) {
    String folder = folder(page);
    Optional<FileTime> then = times.get(folder);
    return then != null
        && then.isPresent()
        && then.equals(now.computeIfAbsent(folder, f -> time(out, f)));
  }

  private static String folder(String page) {
    int slash = page.lastIndexOf('/');
    return slash < 0 ? "" : page.substring(0, slash);
  }

  private static Optional<FileTime> time(Path out, String folder) {
    try {
      return Optional.of(Files.getLastModifiedTime(out.resolve(folder), LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      return Optional.empty(); // gone or unreadable: every page in it is looked at
    }
  }
}
