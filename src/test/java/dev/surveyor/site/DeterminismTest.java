package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.support.MiniSite;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.Repo;
import dev.surveyor.support.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content gives the same bytes whatever the order its files were created in (which is the
 * order some file systems list them in) and whatever the machine's locale and time zone.
 */
class DeterminismTest {
  @Test
  void shuffledInputUnderAnotherLocaleAndTimeZoneGivesTheSameBytes(@TempDir Path dir)
      throws IOException {
    Path content = dir.resolve("content");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Repo.content())) {
      files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
    }
    Collections.shuffle(files, new Random(7));
    for (Path file : files) {
      Path copy = content.resolve(Repo.content().relativize(file).toString());
      Files.createDirectories(copy.getParent());
      Files.copy(file, copy);
    }
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    Run run;
    try {
      // Turkish lower-cases "I" to a dotless "ı"; Kiritimati is fourteen hours ahead of UTC.
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      run =
          Run.of(
              "build",
              "--content",
              content.toString(),
              "--templates",
              Repo.templates().toString(),
              "--out",
              dir.resolve("site").toString());
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(MiniSite.snapshot(RealBuild.out()), MiniSite.snapshot(dir.resolve("site")));
  }
}
