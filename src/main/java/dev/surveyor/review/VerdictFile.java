package dev.surveyor.review;

import dev.surveyor.text.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a curator's verdict into {@code content/papers/<slug>.md}: {@code themes: [...]} in the
 * front matter, the note's text and any other keys kept. A verdict gives the paper's exact themes,
 * so {@code add_themes} and {@code remove_themes} give way to it. The file is replaced atomically
 * (written beside it, then moved), so the watcher and the build never see half of it; nothing is
 * written outside {@code content/papers/}, and never through a link.
 */
public final class VerdictFile {
  private static final Set<String> REPLACED = Set.of("themes", "add_themes", "remove_themes");
  private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:.*");

  private final Path content;

  /**
   * @param content the content directory
   */
  public VerdictFile(Path content) {
    this.content = content.toAbsolutePath().normalize();
  }

  /** Writes the verdict; returns the file written. Themes are slugs, in the order to write. */
  public Path write(String slug, List<String> themes) throws IOException {
    if (!Slugs.isValid(slug)) {
      throw new IllegalArgumentException("not a paper slug: '" + slug + "'");
    }
    for (String theme : themes) {
      if (!Slugs.isValid(theme)) {
        throw new IllegalArgumentException("not a theme slug: '" + theme + "'");
      }
    }
    Path papers = content.resolve("papers");
    Files.createDirectories(papers);
    if (Files.isSymbolicLink(papers)
        || !papers.toRealPath().startsWith(content.toRealPath().resolve("papers"))) {
      throw new IOException(papers + " leads out of the content directory; nothing written");
    }
    Path file = papers.resolve(slug + ".md");
    if (!file.normalize().getParent().equals(papers)) {
      throw new IllegalArgumentException("not a paper slug: '" + slug + "'");
    }
    if (Files.isSymbolicLink(file)
        || Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
      throw new IOException(file + " is not a plain file; nothing written");
    }
    String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    byte[] after = withVerdict(before, themes).getBytes(StandardCharsets.UTF_8);
    Path temporary = Files.createTempFile(papers, "." + slug + ".", ".tmp");
    try {
      Files.write(temporary, after);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
    return file;
  }

  /**
   * The note's text with the verdict in its front matter: {@code null} (no note yet) gives front
   * matter alone; text without front matter gets some above it; the keys a verdict replaces are
   * taken out (with their indented or listed lines) and {@code themes} is put where the first of
   * them was, else last.
   */
  static String withVerdict(String text, List<String> themes) {
    String verdict = "themes: [" + String.join(", ", themes) + "]";
    if (text == null || text.isEmpty()) {
      return "---\n" + verdict + "\n---\n";
    }
    String eol = text.contains("\r\n") ? "\r\n" : "\n";
    List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
    if (!lines.get(0).strip().equals("---")) {
      return "---" + eol + verdict + eol + "---" + eol + text;
    }
    int close = -1;
    for (int i = 1; i < lines.size() && close < 0; i++) {
      if (lines.get(i).strip().equals("---")) {
        close = i;
      }
    }
    if (close < 0) {
      throw new IllegalArgumentException(
          "its front matter is never closed; mend the file by hand first");
    }
    List<String> front = new ArrayList<>();
    int at = -1;
    boolean dropping = false;
    for (String line : lines.subList(1, close)) {
      var key = TOP_LEVEL_KEY.matcher(line);
      if (key.matches()) {
        dropping = REPLACED.contains(key.group(1));
        if (dropping && at < 0) {
          at = front.size();
        }
      } else if (!line.startsWith(" ") && !line.startsWith("-") && !line.isBlank()) {
        dropping = false; // a comment or anything else at the top level
      }
      if (!dropping) {
        front.add(line);
      }
    }
    front.add(at < 0 ? front.size() : at, verdict);
    List<String> out = new ArrayList<>();
    out.add(lines.get(0));
    out.addAll(front);
    out.addAll(lines.subList(close, lines.size()));
    return String.join(eol, out);
  }
}
