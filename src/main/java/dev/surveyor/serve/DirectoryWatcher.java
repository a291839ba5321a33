package dev.surveyor.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches directory trees and reports each burst of changes once it has gone quiet: new,
 * changed, deleted and renamed files, and folders created later (which are watched from then
 * on). An editor that saves through a temporary file and a rename causes several events in a
 * few milliseconds; the quiet period turns them into one rebuild. Which paths changed is only a
 * hint: the build compares content itself, so a missed or overflowing event costs nothing.
 */
final class DirectoryWatcher implements AutoCloseable {
  private final WatchService service;
  private final Map<WatchKey, Path> dirs = new HashMap<>();
  private final long quietNanos;

  DirectoryWatcher(List<Path> roots, Duration quiet) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.quietNanos = quiet.toNanos();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        registerTree(root);
      }
    }
  }

  /**
   * Waits for a change, then for a quiet period with none, and returns the paths seen; empty
   * once the watcher is closed.
   */
  Optional<Set<Path>> next() throws InterruptedException {
    Set<Path> changed = new TreeSet<>();
    try {
      collect(service.take(), changed);
      WatchKey key;
      while ((key = service.poll(quietNanos, TimeUnit.NANOSECONDS)) != null) {
        collect(key, changed);
      }
      return Optional.of(changed);
    } catch (ClosedWatchServiceException e) {
      return Optional.empty();
    }
  }

  private void collect(WatchKey key, Set<Path> changed) {
    Path dir = dirs.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || dir == null) {
        changed.add(dir == null ? Path.of("") : dir);
        continue;
      }
      Path path = dir.resolve((Path) event.context());
      changed.add(path);
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
        try {
          registerTree(path); // files may already be inside: they are read by the build anyway
        } catch (IOException e) {
          changed.add(path);
        }
      }
    }
    if (!key.reset()) {
      dirs.remove(key); // the folder is gone
    }
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path dir : walk.filter(Files::isDirectory).toList()) {
        dirs.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
      }
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
