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
