package dev.surveyor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.model.LinkSpan;
import dev.surveyor.support.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link LinkExtractor#find} tries its pattern only where a keyword stands. It must find exactly
 * the links a plain left-to-right search with the pattern finds, on every line of the real listings
 * and on text built to probe the edges (keywords split, cased, behind "\\url{", "@" or a letter,
 * links back to back).
 */
class LinkSearchTest {
  /** The pattern as a plain search uses it: the oracle. */
  private static final Pattern START =
      Pattern.compile(
          "(?:\\\\url\\{)?(?:https?:\\s?//|(?<![\\w@./-])(?:www\\.|github\\.com/|huggingface\\.co/))",
          Pattern.CASE_INSENSITIVE);

  private static final String[] PIECES = {
    "http",
    "HTTPS:// ",
    "https: //",
    "\\url{",
    "\\URL{",
    "www.",
    "xwww.",
    "@github.com/",
    "GitHub.com/a",
    "huggingface.co/x",
    "hugging",
    "face.co/",
    " ",
    ".",
    "h",
    "ttp",
    "://",
    "a",
    "/",
    "\\allowbreak ",
    ")",
    "(",
    "{",
    "}",
    "-www.",
    "İ",
    "\n"
  };

  @Test
  void findsWhatAPlainSearchFindsOnTheRealListings() throws IOException {
    int links = 0;
    try (Stream<Path> files = Files.walk(Repo.content().resolve("sources"))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          assertEquals(plainSearch(line), LinkExtractor.find(line), line);
          links += plainSearch(line).size();
        }
      }
    }
    assertEquals(true, links > 20, "the listings hold links to compare, found " + links);
  }

  @Test
  void findsWhatAPlainSearchFindsOnProbingText() {
    Random random = new Random(20261123);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(12);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String t = text.toString();
      assertEquals(plainSearch(t), LinkExtractor.find(t), t);
    }
  }

  private static List<LinkSpan> plainSearch(String text) {
    List<LinkSpan> spans = new ArrayList<>();
    Matcher m = START.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int start = m.start();
      int end = LinkExtractor.tokenEnd(text, m.end());
      String url = LinkExtractor.repair(text.substring(start, end));
      int shownEnd = LinkExtractor.trimDisplay(text, start, end);
      if (url != null && shownEnd > start) {
        spans.add(new LinkSpan(start, shownEnd, url));
      }
      from = Math.max(end, m.end());
    }
    return spans;
  }
}
