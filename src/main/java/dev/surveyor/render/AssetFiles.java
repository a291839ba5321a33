package dev.surveyor.render;

import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The static files under {@code templates/assets/}, copied into {@code assets/} of the site. */
public final class AssetFiles {
  private AssetFiles() {}

  public static List<OutputFile> read(Path templates) throws ContentException {
    Path assets = templates.resolve("assets");
    List<OutputFile> files = new ArrayList<>();
    if (!Files.isDirectory(assets)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(assets)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String relative = assets.relativize(file).toString().replace('\\', '/');
        if (relative.startsWith(".") || relative.contains("/.")) {
          continue;
        }
        files.add(new OutputFile("assets/" + relative, Files.readAllBytes(file)));
      }
    } catch (IOException e) {
      throw new ContentException(
          Diagnostic.error("templates/assets", 0, "cannot read assets: " + e.getMessage()));
    }
    return files;
  }
}
