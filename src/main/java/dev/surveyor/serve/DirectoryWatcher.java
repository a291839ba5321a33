package dev.surveyor.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches directory trees and reports changes as they happen: new, changed, deleted and renamed
 * files, and folders created later (which are watched from then on). On Linux the JDK's watcher
 * reads inotify events as the kernel queues them, so a change is reported within a fraction of a
 * millisecond; when to build is {@link RebuildTrigger}'s decision. Which paths changed is only a
 * hint: the build compares content itself, so a missed or overflowing event costs nothing.
 */
final class DirectoryWatcher implements ChangeFeed, AutoCloseable {
  private final WatchService service;
  private final Map<WatchKey, Path> dirs = new HashMap<>();

  DirectoryWatcher(List<Path> roots) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        registerTree(root);
      }
    }
  }

  /** Waits for the first changed folder, then takes the others already reported with it. */
  @Override
  public Set<Path> poll(long nanos) throws InterruptedException {
    WatchKey key = nanos == FOREVER ? service.take() : service.poll(nanos, TimeUnit.NANOSECONDS);
    if (key == null) {
      return null;
    }
    Set<Path> changed = new TreeSet<>();
    do {
      collect(key, changed);
    } while ((key = service.poll()) != null);
    return changed;
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
