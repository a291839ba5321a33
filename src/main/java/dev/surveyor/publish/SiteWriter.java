package dev.surveyor.publish;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.render.OutputFile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * The only code that writes the site. Files whose bytes changed are staged in a sibling directory
 * while the build runs; {@link #commit()} moves each into place atomically and removes files an
 * earlier build produced that this one did not (a manifest records what we produced, so files we
 * did not produce are never touched). Until commit, the output directory is unchanged; a lock keeps
 * two builds from interleaving. Pages may be written from several threads at once.
 */
public final class SiteWriter implements AutoCloseable {
  /** Lists the files a build produced, so the next build removes only its own leftovers. */
  public static final String MANIFEST = ".surveyor-manifest";

  /** Files larger than this stream to disk while written instead of staying in memory. */
  private static final int SPILL_AT = 1 << 20;

  private final Path out;
  private final Path staging;
  private final OutputLock lock;
  private final boolean ownsLock;
  private final Set<String> produced = new TreeSet<>();
  private final List<String> changed = new ArrayList<>();
  private final Map<Path, Path> directories = new ConcurrentHashMap<>();
  // Whether each folder files go into lies in the site: checked once per folder, not per file.
  private final Map<Path, Boolean> foldersInside = new ConcurrentHashMap<>();
  // The byte arrays of closed entries, for the next ones: one array per file written at once, not
  // one or two per file (16 KiB new, and grown for most pages), which were a quarter of what
  // rendering a site allocated.
  private final Queue<byte[]> buffers = new ConcurrentLinkedQueue<>();
  private boolean finished;

  private SiteWriter(Path staging, OutputLock lock, boolean ownsLock) {
    this.out = lock.out();
    this.staging = staging;
    this.lock = lock;
    this.ownsLock = ownsLock;
  }

  /** Opens the output directory for one build, holding its lock until {@link #close()}. */
  public static SiteWriter open(Path outDir) throws PublishException {
    OutputLock lock = OutputLock.acquire(outDir);
    try {
      return open(lock, true);
    } catch (PublishException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Opens the output directory under a lock the caller holds and keeps (serve's, across builds).
   */
  public static SiteWriter open(OutputLock lock) throws PublishException {
    if (!lock.isHeld()) {
      throw new PublishException("the lock on " + lock.out() + " was released");
    }
    return open(lock, false);
  }

  private static SiteWriter open(OutputLock lock, boolean ownsLock) throws PublishException {
    Path out = lock.out();
    try {
      // Not createTempDirectory: its owner-only mode would stay on a site published by renaming.
      Path staging =
          Files.createDirectory(
              out.resolveSibling(
                  "."
                      + out.getFileName()
                      + ".staging-"
                      + ProcessHandle.current().pid()
                      + "-"
                      + System.nanoTime()));
      return new SiteWriter(staging, lock, ownsLock);
    } catch (IOException e) {
      throw new PublishException("cannot prepare " + out + ": " + e.getMessage(), e);
    }
  }

  /** Stages a file when its bytes differ from what the site has. */
  public void add(OutputFile file) throws PublishException {
    try (Entry entry = open(file.path())) {
      entry.write(file.bytes());
    } catch (IOException e) {
      throw new PublishException("cannot stage " + file.path() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens a file of the site for writing; closing the stream stages it when its bytes differ from
   * what the site has. Safe to call from several threads, one stream per thread.
   */
  public Entry open(String path) throws PublishException {
    claim(path);
    if (!insideOut(out.resolve(path))) {
      throw new PublishException(
          "refusing to write " + path + " through a link that leads out of " + out);
    }
    return new Entry(path);
  }

  /**
   * Counts a file an earlier build wrote as produced by this one too, without rendering it again:
   * for an incremental build that knows the file's inputs did not change. False when the file is
   * gone, so the caller must {@link #add} it after all.
   */
  public boolean keep(String path) throws PublishException {
    if (!Files.isRegularFile(out.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    claim(path);
    return true;
  }

  /**
   * Whether a path is plain and relative: segments of letters, digits, '.', '_' and '-', none empty
   * or ".", and no ".." anywhere. By hand rather than a regular expression, which cost serve more
   * than stat-ing the file: every rebuild claims every file it keeps.
   */
  static boolean isPlain(String path) {
    int segment = 0; // characters so far in the current segment
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '/') {
        if (segment == 0 || segment == 1 && path.charAt(i - 1) == '.') {
          return false;
        }
        segment = 0;
      } else if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || c == '_'
          || c == '-'
          || c == '.' && (i == 0 || path.charAt(i - 1) != '.')) {
        segment++;
      } else {
        return false;
      }
    }
    return segment > 0 && !(segment == 1 && path.endsWith("."));
  }

  /**
   * As {@link #keep}, for a caller that knows the file is still in place (its folder has not
   * changed since the file was written), so the disk is not asked.
   */
  public void keepKnown(String path) throws PublishException {
    claim(path);
  }

  private void claim(String path) throws PublishException {
    if (!isPlain(path) || path.equals(MANIFEST)) {
      throw new PublishException(
          "refusing to write outside the site or to a reserved name: " + path);
    }
    synchronized (produced) {
      if (!produced.add(path)) {
        throw new PublishException("two outputs claim the same path: " + path);
      }
    }
  }

  /**
   * One file being written. Its bytes stay in memory up to {@link #SPILL_AT}, so a page is compared
   * with the site's copy without touching the disk; a larger file streams into the staging
   * directory instead, so no file is ever held whole in memory.
   */
  public final class Entry extends OutputStream {
    private final String path;
    // The bytes so far, compared and written from here: no copy of a whole page per file.
    private byte[] memory = buffer();
    private int size;
    private OutputStream spilled;
    private boolean closed;

    private Entry(String path) {
      this.path = path;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, bytes.length);
      if (spilled == null && size + length > SPILL_AT) {
        Path staged = staging.resolve(path);
        directory(staged.getParent());
        spilled = new BufferedOutputStream(Files.newOutputStream(staged), 64 * 1024);
        spilled.write(memory, 0, size);
        release();
      }
      if (spilled != null) {
        spilled.write(bytes, offset, length);
        return;
      }
      if (size + length > memory.length) {
        // by half again; the array, handed on, keeps the size it grew to
        memory =
            Arrays.copyOf(memory, Math.max(memory.length + (memory.length >> 1), size + length));
      }
      System.arraycopy(bytes, offset, memory, size, length);
      size += length;
    }

    /** Stages the file when it differs from the site's copy; otherwise leaves no trace. */
    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      Path target = out.resolve(path);
      Path staged = staging.resolve(path);
      boolean same;
      if (spilled != null) {
        spilled.close();
        same = Files.isRegularFile(target) && Files.mismatch(staged, target) == -1;
        if (same) {
          Files.delete(staged);
        }
      } else {
        same = Files.isRegularFile(target) && Files.size(target) == size && sameAs(target);
        if (!same) {
          directory(staged.getParent());
          // one write for the whole file (Files.write writes 8 KiB at a time)
          try (FileChannel channel =
              FileChannel.open(
                  staged,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.TRUNCATE_EXISTING,
                  StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(memory, 0, size);
            while (bytes.hasRemaining()) {
              channel.write(bytes);
            }
          }
        }
        release();
      }
      if (!same) {
        synchronized (changed) {
          changed.add(path);
        }
      }
    }

    /** Hands the array back for the next entry; this entry no longer holds bytes in memory. */
    private void release() {
      buffers.add(memory);
      memory = null;
    }

    private boolean sameAs(Path target) throws IOException {
      byte[] there = Files.readAllBytes(target);
      return Arrays.equals(there, 0, there.length, memory, 0, size);
    }
  }

  /** An array for an entry's bytes: a closed entry's, or a new one that holds most pages. */
  private byte[] buffer() {
    byte[] free = buffers.poll();
    return free != null ? free : new byte[32 * 1024];
  }

  /** Moves staged files into place and removes stale ones we produced before. */
  public PublishResult commit() throws PublishException {
    try {
      changed.sort(null); // written in parallel; reported in a fixed order
      if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        // A first build: the staging directory holds the whole site; one rename publishes it.
        Files.write(staging.resolve(MANIFEST), manifest());
        move(staging, out);
        finished = true;
        return new PublishResult(produced.size(), changed.size(), 0);
      }
      Cores.forEachIndex(changed.size(), i -> moveIntoPlace(changed.get(i)));
      int removed = removeStale();
      writeManifest();
      finished = true;
      deleteTree(staging);
      return new PublishResult(produced.size(), changed.size(), removed);
    } catch (IOException | UncheckedIOException e) {
      throw new PublishException("cannot publish into " + out + ": " + e.getMessage(), e);
    }
  }

  /** Whether a path in the site, its folders' links followed, still lies in the site. */
  private boolean insideOut(Path target) {
    return foldersInside.computeIfAbsent(
        target.getParent(), folder -> RealPath.of(folder).startsWith(RealPath.of(out)));
  }

  private void moveIntoPlace(String path) {
    try {
      Path target = out.resolve(path);
      directory(target.getParent());
      move(staging.resolve(path), target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates a directory once per build, however many files go into it and from what threads. */
  private void directory(Path dir) throws IOException {
    try {
      directories.computeIfAbsent(
          dir,
          d -> {
            try {
              return Files.createDirectories(d);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private int removeStale() throws IOException {
    Path manifest = out.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return 0;
    }
    int removed = 0;
    for (String path : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      if (path.isBlank() || produced.contains(path) || !isPlain(path)) {
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

  private byte[] manifest() {
    return (String.join("\n", produced) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private void writeManifest() throws IOException {
    byte[] bytes = manifest();
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

  /** Every path this build produced so far, sorted. */
  public Set<String> produced() {
    return Collections.unmodifiableSet(produced);
  }

  /**
   * Where a produced file's bytes are before the commit: staged when they changed (or on a first
   * build), otherwise already in place. Lets the site be checked as a whole before it is published.
   */
  public Path pending(String path) {
    Path staged = staging.resolve(path);
    return Files.exists(staged, LinkOption.NOFOLLOW_LINKS) ? staged : out.resolve(path);
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
    } catch (IOException e) {
      throw new PublishException("cannot clean up after writing " + out + ": " + e.getMessage(), e);
    } finally {
      if (ownsLock) {
        lock.close();
      }
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
