package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.ingest.ListingIngest;
import dev.surveyor.model.Content;
import dev.surveyor.model.Paper;
import dev.surveyor.support.FreshListing;
import dev.surveyor.support.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The result, weak-result and how patterns of {@link SummaryFinding} look ahead for the characters
 * a match can start with, for speed only: each finds exactly what it finds without the look-ahead
 * (same matches at the same places, so the same replacements), on every sentence and whole abstract
 * of the real survey and of the fresh corpora. A cue added with another first character and not to
 * the look-ahead fails here. So does one not added to the cues their matches are tried from ({@link
 * CuedPattern}). So do the hand-read brackets of an acronym's definition ({@link Acronyms}) and
 * whole names ({@link SummaryLength}), each against the pattern it stands for.
 */
class SummaryFindingPatternsTest {
  private static final List<String> texts = new ArrayList<>();

  @BeforeAll
  static void readRealText() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Content content = new ContentReader(Repo.content(), diagnostics).read();
    List<String> abstracts = new ArrayList<>();
    for (Paper paper : ListingIngest.ingest(content, diagnostics).papers()) {
      abstracts.add(paper.title());
      abstracts.add(paper.abstractText());
    }
    if (Files.isDirectory(FreshListing.FRESH)) {
      ObjectMapper json = new ObjectMapper();
      try (Stream<Path> files = Files.list(FreshListing.FRESH)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
          for (String line : Files.readAllLines(file)) {
            abstracts.add(json.readTree(line).path("abstract").asText());
          }
        }
      }
    }
    for (String text : abstracts) {
      texts.add(text);
      texts.addAll(Sentences.of(text, Integer.MAX_VALUE));
    }
  }

  @Test
  void resultFindsWhatItFindsWithoutTheLookAhead() {
    assertSameMatches(SummaryFinding.RESULT);
  }

  @Test
  void weakFindsWhatItFindsWithoutTheLookAhead() {
    assertSameMatches(SummaryFinding.WEAK);
  }

  @Test
  void howFindsWhatItFindsWithoutTheLookAhead() {
    assertSameMatches(SummaryFinding.HOW);
  }

  @Test
  void resultIsTriedFromItsFirstCue() {
    assertCuesLeadToEveryMatch(SummaryFinding.RESULT_CUED);
  }

  @Test
  void weakIsTriedFromItsFirstCue() {
    assertCuesLeadToEveryMatch(SummaryFinding.WEAK_CUED);
  }

  @Test
  void howIsTriedFromItsFirstCue() {
    assertCuesLeadToEveryMatch(SummaryFinding.HOW_CUED);
  }

  @Test
  void definiteIsTriedFromItsFirstCue() {
    assertCuesLeadToEveryMatch(Unshown.DEFINITE_CUED);
  }

  @Test
  void authorsSpeakIsTriedAtItsCues() {
    // tried at every text's start too: no text goes without a try, so no count of those that do
    assertCuesLeadToEveryMatch(PaperSummary.AUTHORS_SPEAK_CUED, false);
  }

  @Test
  void novelIsTriedAtItsCues() {
    assertCuesLeadToEveryMatch(Puffery.NOVEL_CUED);
  }

  /**
   * An acronym's bracket ("(ACR)", "( ACRs;") read by hand ends where the pattern made of the
   * acronym, tried at the bracket, ends: for every bracket of every text and every acronym or
   * name-like word of the text.
   */
  @Test
  void anAcronymsBracketIsReadAsThePatternReadsIt() {
    Pattern word = Pattern.compile("[A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*");
    int found = 0;
    for (String text : texts) {
      Matcher w = word.matcher(text);
      while (w.find()) {
        String acronym = w.group();
        Matcher m = Pattern.compile("\\(\\s*" + acronym + "s?\\s*[),;]").matcher(text);
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
          m.region(open, text.length());
          int end = m.lookingAt() ? m.end() : -1;
          assertEquals(end, Acronyms.bracketedEnd(text, open, acronym), acronym + " in " + text);
          found += end < 0 ? 0 : 1;
        }
      }
    }
    assertTrue(found > 100, "too few brackets to tell: " + found);
  }

  /**
   * A name found whole by hand where the pattern made of it finds it, in every text and the next.
   */
  @Test
  void aNameIsFoundWholeAsThePatternFindsIt() {
    Pattern name = Pattern.compile("[A-Za-z][\\w-]*[A-Z0-9][\\w-]*");
    int found = 0;
    for (int i = 0; i < texts.size(); i++) {
      Matcher n = name.matcher(texts.get(i));
      while (n.find()) {
        String word = n.group();
        Pattern whole = Pattern.compile("(?<![\\w-])" + Pattern.quote(word) + "(?![\\w-])");
        for (String text : List.of(texts.get(i), texts.get((i + 1) % texts.size()))) {
          boolean expected = whole.matcher(text).find();
          assertEquals(expected, SummaryLength.hasWhole(text, word), word + " in " + text);
          found += expected ? 1 : 0;
        }
      }
    }
    assertTrue(found > 100, "too few names to tell: " + found);
  }

  /**
   * Every match starts at a cue, so the cued pattern, tried at its cues alone, finds and replaces
   * what the pattern alone does: a word added to a pattern and not to its cues fails here.
   */
  private static void assertCuesLeadToEveryMatch(CuedPattern cued) {
    assertCuesLeadToEveryMatch(cued, true);
  }

  private static void assertCuesLeadToEveryMatch(CuedPattern cued, boolean someWithoutCues) {
    int found = 0;
    int skipped = 0;
    for (String text : texts) {
      // the plain pattern runs once per text (slow by design: it is what the cues spare), and its
      // matches give what its find and replaceAll would
      Matcher m = cued.pattern().matcher(text);
      List<String> plain = new ArrayList<>();
      StringBuilder replaced = new StringBuilder();
      int last = 0;
      while (m.find()) {
        assertTrue(cued.startsAt(text, m.start()), "no cue at " + m.start() + ": " + text);
        plain.add(m.start() + "-" + m.end() + " " + m.group());
        replaced.append(text, last, m.start()).append(' ');
        last = m.end();
        found++;
      }
      replaced.append(text, last, text.length());
      List<String> tried = new ArrayList<>();
      Matcher c = cued.matcher(text);
      for (boolean more = cued.find(c, text, 0); more; more = cued.find(c, text, c.end())) {
        tried.add(c.start() + "-" + c.end() + " " + c.group());
      }
      assertEquals(plain, tried, text);
      assertEquals(!plain.isEmpty(), cued.find(text), text);
      assertEquals(replaced.toString(), cued.replaceAll(text, " "), text);
      skipped += cued.start(text) < 0 ? 1 : 0;
    }
    assertTrue(found > 100, "too few matches to tell: " + found);
    assertTrue(
        !someWithoutCues || skipped > 100, "too few texts without a cue to tell: " + skipped);
  }

  private static void assertSameMatches(Pattern pattern) {
    String source = pattern.pattern();
    assertTrue(source.matches("(?s)\\(\\?=\\[[^\\]]+\\]\\)\\(\\?:.*\\)"), source);
    // "(?=[...])(?:X)" without its look-ahead: X
    Pattern plain =
        Pattern.compile(
            source.substring(source.indexOf("(?:") + 3, source.length() - 1), pattern.flags());
    int found = 0;
    for (String text : texts) {
      List<String> matches = matches(pattern, text);
      assertEquals(matches(plain, text), matches, text);
      found += matches.size();
    }
    assertTrue(found > 100, "too few matches to tell: " + found);
  }

  /** Every match, where it starts and ends, as find() goes through the text. */
  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.start() + "-" + m.end());
    }
    return found;
  }
}
