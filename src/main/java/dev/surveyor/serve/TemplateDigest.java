package dev.surveyor.serve;

import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A fingerprint of the templates directory: the SHA-256 of every template and of every asset,
 * by path. Comparing two tells whether pages must be rendered again and assets copied again,
 * whatever events the watcher did or did not see.
 */
record TemplateDigest(Map<String, String> templates, Map<String, String> assets) {
  private static final String ASSETS = "assets/";

  TemplateDigest {
    templates = Map.copyOf(templates);
    assets = Map.copyOf(assets);
  }

  static TemplateDigest of(Path root) throws ContentException {
    Map<String, String> templates = new TreeMap<>();
    Map<String, String> assets = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return new TemplateDigest(templates, assets); // the renderer reports the missing directory
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String path = root.relativize(file).toString().replace('\\', '/');
        String hash = sha256(Files.readAllBytes(file));
        if (path.startsWith(ASSETS)) {
          assets.put(path, hash);
        } else {
          templates.put(path, hash);
        }
      }
    } catch (IOException e) {
      throw new ContentException(
          Diagnostic.error(root.toString(), 0, "cannot read templates: " + e.getMessage()));
    }
    return new TemplateDigest(templates, assets);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
