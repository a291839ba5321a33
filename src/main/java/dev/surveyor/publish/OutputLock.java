package dev.surveyor.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The right to write one output directory: a file lock on {@code .<name>.lock} beside it, so two
 * builds (or a build and {@code serve}) never interleave. {@code serve} holds it for its whole run;
 * a build takes it for one publish. The operating system drops it if the process dies.
 */
public final class OutputLock implements AutoCloseable {
  private final Path out;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path out, FileChannel channel, FileLock lock) {
    this.out = out;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock of {@code outDir}, or fails at once with a message naming who holds it. */
  public static OutputLock acquire(Path outDir) throws PublishException {
    Path out = outDir.toAbsolutePath().normalize();
    if (out.getParent() == null) {
      throw new PublishException("refusing to write the site into the file system root: " + out);
    }
    Path lockFile = out.resolveSibling("." + out.getFileName() + ".lock");
    try {
      Files.createDirectories(out.getParent());
      FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this very process, e.g. a serve session
      }
      if (lock == null) {
        channel.close();
        throw new PublishException(
            "another build is writing to " + out + " (lock held on " + lockFile + ")");
      }
      return new OutputLock(out, channel, lock);
    } catch (IOException e) {
      throw new PublishException("cannot prepare " + out + ": " + e.getMessage(), e);
    }
  }

  /** The directory this lock guards, absolute and normalised. */
  public Path out() {
    return out;
  }

  public boolean isHeld() {
    return lock.isValid();
  }

  @Override
  public void close() throws PublishException {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
    } catch (IOException e) {
      throw new PublishException("cannot release the lock on " + out + ": " + e.getMessage(), e);
    }
  }
}
