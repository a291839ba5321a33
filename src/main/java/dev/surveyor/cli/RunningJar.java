package dev.surveyor.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The jar Surveyor runs from, whose stamp tells a build whether the code changed since the last.
 */
final class RunningJar {
  private RunningJar() {}

  /** The jar, or null when running from class folders (tests, an IDE), where no stamp is kept. */
  static Path path() {
    CodeSource source = Main.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return null;
    }
    try {
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar")
          ? path
          : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
