package dev.surveyor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's JVM options, as {@code SURVEYOR_SHOW_JAVA=1 ./surveyor …} prints them. */
class LauncherScriptTest {
  private static final Pattern YOUNG = Pattern.compile(" -Xmn(\\d+)m ");

  @TempDir Path dir;

  @Test
  void aSmallSurveyRunsWithTheParallelCollectorAndTheSmallestYoungGeneration() throws Exception {
    String command = show("build", "--content", Repo.content().toString(), "-q");
    assertTrue(command.startsWith("java -XX:+UseParallelGC "), command);
    assertEquals(128, young(command), command);
    assertTrue(
        command.endsWith("target/surveyor.jar build --content " + Repo.content() + " -q"), command);
  }

  @Test
  void theYoungGenerationIsTwiceTheSourcesUpTo512Megabytes() throws Exception {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("sources"));
    Files.write(content.resolve("sources/large.txt"), new byte[80 << 20]);
    int young = young(show("build", "--content=" + content));
    assertTrue(young >= 160 && young <= 166, "80 MB of sources gave -Xmn" + young + "m");
    Files.write(content.resolve("sources/larger.txt"), new byte[200 << 20]);
    assertEquals(512, young(show("serve", "--content", content.toString())));
  }

  private static int young(String command) {
    Matcher m = YOUNG.matcher(command);
    assertTrue(m.find(), command);
    return Integer.parseInt(m.group(1));
  }

  private static String show(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Repo.root().resolve("surveyor").toString()));
    command.addAll(List.of(args));
    ProcessBuilder launcher = new ProcessBuilder(command).directory(Repo.root().toFile());
    launcher.environment().put("SURVEYOR_SHOW_JAVA", "1");
    launcher.environment().remove("SURVEYOR_JAVA_OPTS");
    Process process = launcher.redirectErrorStream(true).start();
    String printed =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, process.waitFor(), printed);
    return printed;
  }
}
