package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.model.Content;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.Theme;
import dev.surveyor.support.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The texts one page alone shows, checked against the real site as built: each text's words are on
 * the page {@link PageTexts} names and in no other file of the site, except pages whose own text
 * has the same words (notes that say alike).
 */
class PageTextsTest {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z ,]{25,}");
  private static Content content;
  private static Map<String, String> site;

  @BeforeAll
  static void read() throws Exception {
    content = new ContentReader(Repo.content(), new Diagnostics()).read();
    site = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Repo.site())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String path = Repo.site().relativize(file).toString().replace('\\', '/');
        if (path.endsWith(".html") || path.endsWith(".json") || path.endsWith(".js")) {
          site.put(path, Files.readString(file));
        }
      }
    }
  }

  /** The longest run of plain words in a text, which rendering leaves as written. */
  private static String phrase(Markdown text) {
    Matcher m = PLAIN.matcher(text.text());
    String longest = "";
    while (m.find()) {
      longest = m.group().strip().length() > longest.length() ? m.group().strip() : longest;
    }
    return longest;
  }

  @Test
  void eachTextIsShownOnItsOwnPageAndNowhereElse() {
    Map<String, Markdown> texts = PageTexts.of(content);
    assertEquals(
        // the home, each theme, note and page, and the page of papers in no theme
        1 + content.themes().size() + content.notes().size() + content.pages().size() + 1,
        texts.size());
    int checked = 0;
    for (Map.Entry<String, Markdown> shown : texts.entrySet()) {
      String phrase = phrase(shown.getValue());
      if (phrase.length() < 25) {
        continue;
      }
      Set<String> alike = new TreeSet<>();
      texts.forEach(
          (page, text) -> {
            if (text.text().contains(phrase)) {
              alike.add(page);
            }
          });
      Set<String> showing = new TreeSet<>();
      site.forEach(
          (path, text) -> {
            if (text.contains(phrase)) {
              showing.add(path);
            }
          });
      assertTrue(showing.contains(shown.getKey()), shown.getKey() + " shows '" + phrase + "'");
      assertTrue(alike.containsAll(showing), "'" + phrase + "' is shown on " + showing);
      checked++;
    }
    // a note may hold front matter alone (a curated summary): only a body is a text to check
    long bodies = content.notes().stream().filter(n -> !n.note().isBlank()).count();
    assertTrue(checked > bodies, "checked " + checked + " of " + bodies + " notes with a body");
  }

  @Test
  void withoutThemTwoContentsDifferingInATextAreEqual() {
    List<Theme> themes = new ArrayList<>(content.themes());
    Theme first = themes.get(0);
    themes.set(0, first.withIntro(new Markdown("Other words.", first.intro().start())));
    Content edited = content.toBuilder().themes(themes).build();
    assertNotEquals(content, edited);
    assertEquals(PageTexts.withoutThem(content), PageTexts.withoutThem(edited));
  }

  /** A curated summary shows in every list of its paper: not one page's text, so never blanked. */
  @Test
  void withoutThemTwoContentsDifferingInACuratedSummaryDiffer() {
    List<PaperNote> notes = new ArrayList<>(content.notes());
    int at = notes.indexOf(notes.stream().filter(PaperNote::curatesSummary).findFirst().get());
    PaperNote n = notes.get(at);
    notes.set(
        at,
        new PaperNote(
            n.slug(),
            n.addThemes(),
            n.removeThemes(),
            n.verdict(),
            n.note(),
            n.title(),
            n.abstractText(),
            n.outsideScope(),
            "Another summary of the paper.",
            n.facts()));
    Content edited = content.toBuilder().notes(notes).build();
    assertNotEquals(PageTexts.withoutThem(content), PageTexts.withoutThem(edited));
  }
}
