package dev.surveyor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @Test
  void helpAndVersionSucceed() {
    Run help = Run.of("build", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("--base-url"), help.out());
    Run version = Run.of("--version");
    assertEquals(0, version.exitCode());
    assertTrue(version.out().startsWith("surveyor "), version.out());
  }

  @Test
  void everyCommandIsListedAndHelpNamesAnyOfThem() {
    // Only the command named first is set up (a cold start's saving); help still sees them all.
    Run help = Run.of("--help");
    assertEquals(0, help.exitCode());
    for (String command : new String[] {"build", "check", "eval", "review", "serve", "help"}) {
      assertTrue(help.out().contains("  " + command + " "), command + " in:\n" + help.out());
    }
    Run helpBuild = Run.of("help", "build");
    assertEquals(0, helpBuild.exitCode());
    assertTrue(helpBuild.out().startsWith("Usage: surveyor build "), helpBuild.out());
    assertTrue(Run.of("serve", "--help").out().startsWith("Usage: surveyor serve "));
  }

  @Test
  void usageMistakesExitTwo() {
    assertEquals(2, Run.of("build", "--no-such-option").exitCode());
    assertEquals(2, Run.of("frobnicate").exitCode());
    assertEquals(2, Run.of().exitCode());
  }

  @Test
  void missingContentExitsOneAndWritesNothing(@TempDir Path dir) {
    Run run =
        Run.of(
            "build",
            "--content",
            dir.resolve("nope").toString(),
            "--out",
            dir.resolve("site").toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("content directory not found"), run.err());
    assertTrue(!dir.resolve("site").toFile().exists());
  }

  @Test
  void outputMayNotContainTheContent(@TempDir Path dir) {
    Run run =
        Run.of("build", "--content", dir.resolve("content").toString(), "--out", dir.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("may not be"), run.err());
  }
}
