package dev.surveyor.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * When changes become rebuilds, on a simulated clock: a script says at which millisecond each file
 * changes, a build takes the clock forward, and the feed hands out what changed by the time it is
 * asked, as the file system's watcher queues events while a build runs.
 */
class RebuildTriggerTest {
  private static final RebuildTrigger.Timing TIMING =
      new RebuildTrigger.Timing(
          Duration.ofMillis(5), Duration.ofMillis(50), Duration.ofMillis(1000));

  /** A build as the loop made it: when it started (reading the files) and what it was told. */
  private record Build(long startMillis, Set<Path> changed) {}

  @Test
  void aLoneChangeIsBuiltAsSoonAsItHasSettled() throws Exception {
    Script script = new Script().at(100, "themes/peft.md");
    List<Build> builds = script.run(20);
    assertEquals(List.of(new Build(105, paths("themes/peft.md"))), builds);
  }

  @Test
  void aSaveFoundTruncatedWaitsForItsBytes() throws Exception {
    // A busy machine: the editor truncates at 100 and writes at 110, after the settle.
    Script slowSave = new Script().emptied(100, "themes/peft.md").at(110, "themes/peft.md");
    assertEquals(List.of(new Build(110 + 50, paths("themes/peft.md"))), slowSave.run(20));
    // A file emptied on purpose is built too, once quiet.
    Script cleared = new Script().emptied(100, "papers/note.md");
    assertEquals(List.of(new Build(100 + 5 + 50, paths("papers/note.md"))), cleared.run(20));
    // Only the files that changed are looked at.
    Script other = new Script().emptied(100, "papers/note.md").at(400, "themes/peft.md");
    assertEquals(
        List.of(new Build(155, paths("papers/note.md")), new Build(405, paths("themes/peft.md"))),
        other.run(20));
  }

  @Test
  void anEditorsTemporaryFileAndRenameWithinTheSettleAreOneBuild() throws Exception {
    Script script =
        new Script()
            .at(100, "themes/.peft.md.swp")
            .at(101, "themes/.peft.md.swp")
            .at(103, "themes/peft.md");
    List<Build> builds = script.run(20);
    assertEquals(List.of(new Build(108, paths("themes/.peft.md.swp", "themes/peft.md"))), builds);
  }

  @Test
  void savesFarApartAreEachBuiltAtOnceAndOneRightAfterABuildWaitsForQuiet() throws Exception {
    Script script = new Script().at(100, "a.md").at(400, "a.md").at(440, "a.md");
    List<Build> builds = script.run(20);
    assertEquals(
        List.of(
            new Build(105, paths("a.md")),
            new Build(405, paths("a.md")),
            new Build(440 + 50, paths("a.md"))),
        builds);
  }

  @Test
  void changesDuringABuildMakeExactlyOneFollowUpOnceQuiet() throws Exception {
    // The first build starts at 105 and runs until 135; three saves land in it.
    Script script = new Script().at(100, "a.md").at(110, "b.md").at(120, "c.md").at(130, "b.md");
    List<Build> builds = script.run(30);
    assertEquals(
        List.of(new Build(105, paths("a.md")), new Build(135 + 50, paths("b.md", "c.md"))), builds);
  }

  @Test
  void aCheckoutOfFiftyFilesNeverLeavesTheSiteStaleNorStormsRebuilds() throws Exception {
    for (int gapMillis : new int[] {0, 1, 4, 6, 20, 45}) {
      for (int buildMillis : new int[] {1, 25, 300}) {
        Script script = new Script();
        for (int i = 0; i < 50; i++) {
          script.at(1000 + i * gapMillis, "sources/listing-" + i + ".txt");
        }
        List<Build> builds = script.run(buildMillis);
        String at = "gap " + gapMillis + " ms, build " + buildMillis + " ms: " + builds;
        // The first at once, then one a second at most while it goes on, then the last.
        assertTrue(builds.size() <= 2 + 49 * gapMillis / 1000, at);
        Build last = builds.get(builds.size() - 1);
        assertTrue(
            last.startMillis() >= script.lastChange(), "the last build read every change; " + at);
        Set<Path> seen = new TreeSet<>();
        builds.forEach(b -> seen.addAll(b.changed()));
        assertEquals(50, seen.size(), at);
      }
    }
  }

  @Test
  void aFastCheckoutIsOneBuild() throws Exception {
    Script script = new Script();
    for (int i = 0; i < 50; i++) {
      script.at(1000 + i / 10, "sources/listing-" + i + ".txt"); // ten files a millisecond
    }
    List<Build> builds = script.run(25);
    assertEquals(1, builds.size(), builds.toString());
    assertEquals(1004 + 5, builds.get(0).startMillis());
  }

  @Test
  void anEndlessStreamOfChangesIsStillBuiltEverySecondOrSo() throws Exception {
    Script script = new Script();
    for (int t = 0; t < 10_000; t += 10) {
      script.at(t, "papers/busy.md");
    }
    List<Build> builds = script.run(30);
    for (int i = 1; i < builds.size(); i++) {
      long gap = builds.get(i).startMillis() - builds.get(i - 1).startMillis();
      assertTrue(gap <= 30 + 1000 + 10, "builds " + gap + " ms apart: " + builds);
    }
    assertTrue(builds.size() >= 9 && builds.size() <= 12, builds.toString());
    assertTrue(builds.get(builds.size() - 1).startMillis() >= script.lastChange());
  }

  @Test
  void aBuildLearnsWhetherFilesChangedWhileItRanAndTheNextBatchKeepsThem() throws Exception {
    Script script = new Script().at(100, "themes/peft.md").at(120, "themes/peft.md");
    RebuildTrigger trigger = script.trigger();
    assertEquals(Optional.of(paths("themes/peft.md")), trigger.next());
    assertFalse(trigger.pending(), "nothing changed at 105");
    script.advance(10);
    assertFalse(trigger.pending(), "nothing changed by 115");
    script.advance(10);
    assertTrue(trigger.pending(), "changed at 120");
    assertTrue(trigger.pending(), "still pending until the next batch takes it");
    assertEquals(Optional.of(paths("themes/peft.md")), trigger.next());
    assertEquals(
        (125 + 50) * 1_000_000,
        script.now,
        "a change during a build is a burst: it waits for quiet");
    assertFalse(trigger.pending());
    assertEquals(Optional.empty(), trigger.next(), "the feed closed");
  }

  private static Set<Path> paths(String... names) {
    Set<Path> set = new TreeSet<>();
    for (String name : names) {
      set.add(Path.of(name));
    }
    return set;
  }

  /**
   * The changes to come, by millisecond, and the clock. Asked to wait, the feed moves the clock to
   * the next change or to the end of the wait; once the script is spent and nothing is left,
   * waiting forever closes it, as closing the watcher ends the session's loop.
   */
  private static final class Script implements ChangeFeed {
    private final TreeMap<Long, Set<Path>> changes = new TreeMap<>();

    /** For each path, from when it is empty (true) or has bytes (false). */
    private final Map<Path, TreeMap<Long, Boolean>> emptiness = new TreeMap<>();

    private long now;
    private long lastChange;

    Script at(long millis, String path) {
      return change(millis, path, false);
    }

    /** A change that leaves the file empty (truncated) until its next change. */
    Script emptied(long millis, String path) {
      return change(millis, path, true);
    }

    private Script change(long millis, String path, boolean empty) {
      changes.computeIfAbsent(millis * 1_000_000, t -> new TreeSet<>()).add(Path.of(path));
      emptiness.computeIfAbsent(Path.of(path), p -> new TreeMap<>()).put(millis * 1_000_000, empty);
      lastChange = Math.max(lastChange, millis);
      return this;
    }

    boolean isEmpty(Path path) {
      Map.Entry<Long, Boolean> state =
          emptiness.getOrDefault(path, new TreeMap<>()).floorEntry(now);
      return state != null && state.getValue();
    }

    long lastChange() {
      return lastChange;
    }

    RebuildTrigger trigger() {
      return new RebuildTrigger(this, TIMING, () -> now, this::isEmpty);
    }

    void advance(long millis) {
      now += millis * 1_000_000;
    }

    /** Builds whenever the trigger says, each taking {@code buildMillis}, until the feed closes. */
    List<Build> run(long buildMillis) throws InterruptedException {
      RebuildTrigger trigger = trigger();
      List<Build> builds = new ArrayList<>();
      Optional<Set<Path>> batch;
      while ((batch = trigger.next()).isPresent()) {
        builds.add(new Build(now / 1_000_000, batch.get()));
        advance(buildMillis);
      }
      return builds;
    }

    @Override
    public Set<Path> poll(long nanos) {
      if (changes.isEmpty() && nanos == FOREVER) {
        throw new ClosedWatchServiceException();
      }
      Map.Entry<Long, Set<Path>> next = changes.firstEntry();
      if (next == null || next.getKey() - now > nanos) {
        now += nanos == FOREVER ? 0 : nanos;
        return null;
      }
      now = Math.max(now, next.getKey());
      Set<Path> arrived = new TreeSet<>();
      while (!changes.isEmpty() && changes.firstKey() <= now) {
        arrived.addAll(changes.pollFirstEntry().getValue());
      }
      return arrived;
    }
  }
}
