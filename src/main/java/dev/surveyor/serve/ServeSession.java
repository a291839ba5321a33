package dev.surveyor.serve;

import dev.surveyor.build.BuildOptions;
import dev.surveyor.build.Site;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.publish.OutputLock;
import dev.surveyor.publish.PublishException;
import dev.surveyor.review.VerdictFile;
import dev.surveyor.serve.LiveBuild.Rebuild;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code surveyor serve}: holds the output directory's lock, builds, serves the site on 127.0.0.1,
 * and rebuilds on every change to the content or templates ({@link RebuildTrigger} says when),
 * telling open pages to reload, or to show the errors over the last good site. One thread watches
 * and builds, so builds never overlap; {@link #close} waits for a build in progress, then stops
 * everything and releases the lock.
 */
public final class ServeSession implements AutoCloseable {
  /**
   * Rehearsals of a one-page rebuild after the first build, so the first edit finds the code
   * compiled.
   */
  private static final int WARM_UP_ROUNDS = 10;

  /**
   * At most this long (a round takes 0.1 s here, 0.7 s at 10,000 papers), so an edit hardly waits.
   */
  private static final Duration WARM_UP_TIME = Duration.ofSeconds(1);

  private final ServeOptions options;
  private final PrintWriter out;
  private final PrintWriter err;
  private final OutputLock lock;
  private final DirectoryWatcher watcher;
  private final RebuildTrigger trigger;
  private final LiveBuild live;
  private final EventStream events = new EventStream();
  private final ScheduledExecutorService pinger =
      Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "surveyor-ping"));
  private final Thread builder = daemon(this::watch, "surveyor-watch");
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private SiteServer server;

  private ServeSession(ServeOptions options, PrintWriter out, PrintWriter err, OutputLock lock)
      throws IOException {
    this.options = options;
    this.out = out;
    this.err = err;
    this.lock = lock;
    BuildOptions build = options.build();
    // Watching starts before the first build, so an edit made during it is not lost.
    this.watcher = new DirectoryWatcher(List.of(build.content(), build.templates()));
    this.trigger =
        new RebuildTrigger(
            watcher, RebuildTrigger.Timing.DEFAULT, System::nanoTime, RebuildTrigger.EMPTY_FILE);
    this.live = new LiveBuild(build, lock);
  }

  /** Builds once, starts serving and watching; fails when the output or the port is taken. */
  public static ServeSession start(ServeOptions options, PrintWriter out, PrintWriter err)
      throws PublishException, IOException {
    Site.checkOutput(options.build());
    OutputLock lock = OutputLock.acquire(options.build().out());
    ServeSession session;
    try {
      session = new ServeSession(options, out, err, lock);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
    try {
      session.rebuild();
      InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
      session.server =
          new SiteServer(
              new InetSocketAddress(loopback, options.port()),
              lock.out(),
              options.basePath(),
              session.events,
              new ReviewEndpoint(
                  session.live::survey,
                  new VerdictFile(options.build().content()),
                  options.basePath()));
      session.builder.start();
      session.pinger.scheduleAtFixedRate(session.events::ping, 15, 15, TimeUnit.SECONDS);
      return session;
    } catch (IOException | RuntimeException e) {
      session.close();
      throw e;
    }
  }

  /** Where the site is served, e.g. {@code http://127.0.0.1:8000/survey/}. */
  public String url() {
    return "http://127.0.0.1:" + server.port() + options.basePath();
  }

  public int port() {
    return server.port();
  }

  /** Blocks until the session is closed (by Ctrl-C's shutdown hook, for the command). */
  public void awaitClose() throws InterruptedException {
    stopped.await();
  }

  private void watch() {
    try {
      warmUp();
      while (trigger.next().isPresent()) {
        rebuild();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** In the background, once serving; a change stops it, and waits for the round in progress. */
  private void warmUp() {
    long end = System.nanoTime() + WARM_UP_TIME.toNanos();
    try {
      for (int i = 0;
          i < WARM_UP_ROUNDS && System.nanoTime() < end && !closed.get() && !trigger.pending();
          i++) {
        live.warmUp();
      }
    } catch (ContentException | PublishException e) {
      // The content changed meanwhile: the rebuild that follows meets and reports the problem.
    } catch (RuntimeException e) {
      err.println("surveyor: internal error while warming up: " + e);
    }
  }

  private void rebuild() {
    try {
      Rebuild rebuild = live.rebuild();
      rebuild.summary().problems().forEach(d -> err.println(d.format()));
      boolean recovered = events.isBroken();
      if (rebuild.changed() || recovered) {
        events.reload(rebuild.written(), rebuild.summary().filesRemoved() > 0);
      }
      if (recovered) {
        out.println("fixed: serving the site as built now");
      }
      if (!rebuild.reason().equals("nothing")) {
        out.println(
            String.format(
                Locale.ROOT,
                "%s (%s): %s; written %d, removed %d, %.1f ms",
                rebuild.reason().equals("first build") ? "built" : "rebuilt",
                rebuild.reason(),
                rebuild.work(),
                rebuild.written().size(),
                rebuild.summary().filesRemoved(),
                rebuild.nanos() / 1e6));
      }
    } catch (ContentException e) {
      failed(e.diagnostics());
    } catch (PublishException e) {
      failed(List.of(Diagnostic.error(options.build().out().toString(), 0, e.getMessage())));
    } catch (RuntimeException e) {
      // A bug must not end the session: the curator sees it and can go on editing.
      failed(List.of(Diagnostic.error("surveyor", 0, "internal error: " + e)));
    }
  }

  private void failed(List<Diagnostic> diagnostics) {
    if (trigger.pending()) {
      return; // the files changed while the build ran (a save half-done?): the next build tells
    }
    diagnostics.forEach(d -> err.println(d.format()));
    err.println("surveyor: build failed; still serving the last good site");
    events.error(diagnostics);
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      watcher.close();
      if (builder.isAlive()) {
        builder.join(Duration.ofSeconds(30).toMillis()); // let a build in progress finish or fail
      }
    } catch (IOException e) {
      err.println("surveyor: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pinger.shutdownNow();
      events.close();
      if (server != null) {
        server.close();
      }
      try {
        lock.close();
      } catch (PublishException e) {
        err.println("surveyor: " + e.getMessage());
      }
      out.println("surveyor: stopped");
      out.flush();
      stopped.countDown();
    }
  }

  private static Thread daemon(Runnable work, String name) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    return thread;
  }
}
