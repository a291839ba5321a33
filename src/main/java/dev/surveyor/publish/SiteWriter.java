package dev.surveyor.publish;

import dev.surveyor.render.OutputFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The only code that writes the site. Files whose bytes changed are staged in a sibling
 * directory while the build runs; {@link #commit()} moves each into place atomically and removes
 * files an earlier build produced that this one did not (a manifest records what we produced, so
 * files we did not produce are never touched). Until commit, the output directory is unchanged; a
 * lock keeps two builds from interleaving.
 */
public final class SiteWriter implements AutoCloseable {
  /** Lists the files a build produced, so the next build removes only its own leftovers. */
  public static final String MANIFEST = ".surveyor-manifest";
  /** Plain relative paths: no empty, "." or ".." segment, no other characters. */
  private static final Pattern SAFE_PATH =
      Pattern.compile("(?!\\.{1,2}(?:/|$))[A-Za-z0-9._-]+(/(?!\\.{1,2}(?:/|$))[A-Za-z0-9._-]+)*");

  private final Path out;
  private final Path staging;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Set<String> produced = new TreeSet<>();
  private final List<String> changed = new ArrayList<>();
  private boolean finished;

  private SiteWriter(Path out, Path staging, FileChannel lockChannel, FileLock lock) {
    this.out = out;
    this.staging = staging;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  public static SiteWriter open(Path outDir) throws PublishException {
    Path out = outDir.toAbsolutePath().normalize();
    if (out.getParent() == null) {
      throw new PublishException("refusing to write the site into the file system root: " + out);
    }
    try {
      Files.createDirectories(out.getParent());
      Path lockFile = out.resolveSibling("." + out.getFileName() + ".lock");
      FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new PublishException(
            "another build is writing to " + out + " (lock held on " + lockFile + ")");
      }
      Path staging = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".staging-");
      return new SiteWriter(out, staging, channel, lock);
    } catch (IOException e) {
      throw new PublishException("cannot prepare " + out + ": " + e.getMessage(), e);
    }
  }

  /** Stages a file when its bytes differ from what the site has. */
  public void add(OutputFile file) throws PublishException {
    String path = file.path();
    if (!SAFE_PATH.matcher(path).matches() || path.contains("..") || path.equals(MANIFEST)) {
      throw new PublishException("refusing to write outside the site or to a reserved name: " + path);
    }
    if (!produced.add(path)) {
      throw new PublishException("two outputs claim the same path: " + path);
    }
    Path target = out.resolve(path);
    if (!insideOut(target)) {
      throw new PublishException("refusing to write " + path + " through a link that leads out of " + out);
    }
    try {
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.bytes())) {
        return;
      }
      Path staged = staging.resolve(path);
      Files.createDirectories(staged.getParent());
      Files.write(staged, file.bytes());
      changed.add(path);
    } catch (IOException e) {
      throw new PublishException("cannot stage " + path + ": " + e.getMessage(), e);
    }
  }

  /** Moves staged files into place and removes stale ones we produced before. */
  public PublishResult commit() throws PublishException {
    try {
      Files.createDirectories(out);
      for (String path : changed) {
        Path target = out.resolve(path);
        Files.createDirectories(target.getParent());
        move(staging.resolve(path), target);
      }
      int removed = removeStale();
      writeManifest();
      finished = true;
      deleteTree(staging);
      return new PublishResult(produced.size(), changed.size(), removed);
    } catch (IOException e) {
      throw new PublishException("cannot publish into " + out + ": " + e.getMessage(), e);
    }
  }

  /** Whether a path in the site, its folders' links followed, still lies in the site. */
  private boolean insideOut(Path target) {
    return RealPath.of(target.getParent()).startsWith(RealPath.of(out));
  }

  private int removeStale() throws IOException {
    Path manifest = out.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return 0;
    }
    int removed = 0;
    for (String path : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      if (path.isBlank() || produced.contains(path) || !SAFE_PATH.matcher(path).matches() || path.contains("..")) {
        continue;
      }
      Path stale = out.resolve(path);
      if (insideOut(stale) && Files.deleteIfExists(stale)) {
        removed++;
        removeEmptyParents(stale.getParent());
      }
    }
    return removed;
  }

  private void removeEmptyParents(Path dir) throws IOException {
    while (dir != null && dir.startsWith(out) && !dir.equals(out)) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(dir);
      dir = dir.getParent();
    }
  }

  private void writeManifest() throws IOException {
    byte[] bytes = (String.join("\n", produced) + "\n").getBytes(StandardCharsets.UTF_8);
    Path manifest = out.resolve(MANIFEST);
    if (Files.isRegularFile(manifest) && Arrays.equals(Files.readAllBytes(manifest), bytes)) {
      return;
    }
    Path temp = staging.resolve(MANIFEST);
    Files.write(temp, bytes);
    move(temp, manifest);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The paths written by the last commit (changed or new), sorted. */
  public List<String> changed() {
    return changed.stream().sorted().toList();
  }

  @Override
  public void close() throws PublishException {
    try {
      if (!finished) {
        deleteTree(staging);
      }
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      throw new PublishException("cannot clean up after writing " + out + ": " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
