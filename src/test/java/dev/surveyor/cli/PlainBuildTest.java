package dev.surveyor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PlainBuildTest {
  /** A plain build read without picocli is read as picocli reads it into the build command. */
  @Test
  void readsWhatPicocliReads() {
    List<List<String>> lines =
        List.of(
            List.of("build"),
            List.of("build", "--out", "x"),
            List.of("build", "--out=x", "-q"),
            List.of("build", "--quiet", "--check-links", "--content", "c", "--templates", "t"),
            List.of("build", "--content=c", "--templates=t", "--out=o/p"),
            List.of("build", "--base-url", "https://example.org/survey/", "--out", "o"),
            List.of("build", "--base-url=https://example.org/", "--check-links"),
            List.of("build", "--out", "with space", "--content", "../c"));
    for (List<String> line : lines) {
      Optional<PlainBuild> plain = PlainBuild.of(line.toArray(String[]::new));
      assertTrue(plain.isPresent(), line.toString());
      BuildCommand command = new BuildCommand();
      new CommandLine(command).parseArgs(line.subList(1, line.size()).toArray(String[]::new));
      assertEquals(
          new PlainBuild(
              command.inputs.content,
              command.inputs.templates,
              command.out,
              command.baseUrl,
              command.checkLinks,
              command.quiet),
          plain.get(),
          line.toString());
    }
  }

  /** Everything else is picocli's: help, version, mistakes and whatever picocli reads its way. */
  @Test
  void leavesTheRestToPicocli() {
    String[][] lines = {
      {},
      {"check"},
      {"serve", "--out", "x"},
      {"build", "--help"},
      {"build", "-h"},
      {"build", "--version"},
      {"build", "-qV"},
      {"build", "--no-such-option"},
      {"build", "extra"},
      {"build", "--out"},
      {"build", "--out", "a", "--out", "b"},
      {"build", "-q", "--quiet"},
      {"build", "--check-links", "--check-links"},
      {"build", "--check-links=true"},
      {"build", "--out", "--quiet"},
      {"build", "--out", "-x"},
      {"build", "--out="},
      {"build", "@args.txt"},
      {"build", "--out", "@x"},
      {"build", "--", "--out", "x"},
      {"build", "--base-url", "ftp://example.org/"},
      {"build", "--out", "nul\0"},
    };
    for (String[] line : lines) {
      assertEquals(Optional.empty(), PlainBuild.of(line), Arrays.toString(line));
    }
  }

  /** Both ways print the same and exit the same on a broken build. */
  @Test
  void failsAsPicocliDid(@TempDir Path dir) {
    Run plain =
        Run.of(
            "build", "--content", dir.resolve("nope").toString(), "--out", dir.resolve("s") + "");
    assertEquals(1, plain.exitCode());
    assertEquals("", plain.out());
    assertTrue(plain.err().endsWith(" was left unchanged\n"), plain.err());
    // the same build run by picocli, as Main ran every build before
    BuildCommand command = new BuildCommand();
    CommandLine cli = new CommandLine(command);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code =
        cli.execute("--content", dir.resolve("nope").toString(), "--out", dir.resolve("s") + "");
    assertEquals(plain.exitCode(), code);
    assertEquals(plain.out(), out.toString());
    assertEquals(plain.err(), err.toString());
  }
}
