package dev.surveyor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.model.Paper;
import dev.surveyor.support.RealSurvey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words search counts are the words the script cuts: the reader (which skips folding a text
 * whose characters folding leaves alone) against the rule read plainly, fold the whole text, then
 * runs of letters and digits, hyphen-joined compounds after their parts.
 */
class SearchWordsTest {
  /** The rule as written, on the folded text: what search-core.js does to a query. */
  private static List<String> plainly(String text) {
    String folded = SearchWords.fold(text);
    List<String> words = new ArrayList<>();
    StringBuilder joined = new StringBuilder();
    int parts = 0;
    int i = 0;
    while (i < folded.length()) {
      if (!Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
      }
      words.add(folded.substring(start, i));
      joined.append(folded, start, i);
      parts++;
      boolean hyphen =
          i + 1 < folded.length()
              && SearchWords.isHyphen(folded.charAt(i))
              && Character.isLetterOrDigit(folded.charAt(i + 1));
      if (!hyphen) {
        if (parts > 1) {
          words.add(joined.toString());
        }
        joined.setLength(0);
        parts = 0;
      }
    }
    return words;
  }

  @Test
  void wordsStandingAloneSideBySideAreMarkedSpaced() {
    // the spaced form of a compound ("instruction following") is counted as the compound where the
    // survey holds it; a word joined by a hyphen, or parted by anything but spaces, is no such pair
    String text = "Instruction following,  low-rank adaptation and\ninstruction tuning-based x";
    SearchWords.Reader reader = new SearchWords.Reader();
    reader.reset(text);
    List<String> spaced = new ArrayList<>();
    while (reader.next()) {
      String word = new String(reader.chars(), reader.start(), reader.length());
      spaced.add(reader.spaced() ? "+" + word : word);
    }
    assertEquals(
        List.of(
            "instruction",
            "+following",
            "low",
            "rank",
            "lowrank",
            "adaptation",
            "+and",
            "+instruction",
            "tuning",
            "based",
            "tuningbased",
            "x"),
        spaced);
  }

  @Test
  void everyCharacterInTextIsCutAsTheScriptCutsIt() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String ch = String.valueOf((char) c);
      String text = "Ab" + ch + "cd-" + ch + "X \u201cword" + ch + "\u201d e" + ch + "\u0301";
      assertEquals(plainly(text), SearchWords.of(text), "U+" + Integer.toHexString(c));
    }
    for (String text :
        List.of(
            "naïve Résumé",
            "ΣΟΦΙΑ σοφία ΟΔΟΣ",
            "İstanbul DİL",
            "x² + y³ → ≤ · •",
            "ﬁne-tuning ﬂow Ⅻ",
            "GPT\u20114o low\u2010rank",
            "\uD835\uDC31 and \uD83D\uDE00 emoji",
            "e\u0301t\u00e9 \u1100\u1161")) {
      assertEquals(plainly(text), SearchWords.of(text), text);
    }
  }

  @Test
  void theSurveysTextsAreCutAsTheScriptCutsThem() {
    SearchWords.Reader reader = new SearchWords.Reader(); // one reader for all, as a slice has
    for (Paper paper : RealSurvey.analysed().papers()) {
      List<String> texts = new ArrayList<>(List.of(paper.title(), paper.abstractText()));
      texts.addAll(paper.details().authors());
      for (String text : texts) {
        List<String> read = new ArrayList<>();
        reader.reset(text);
        while (reader.next()) {
          String word = new String(reader.chars(), reader.start(), reader.length());
          assertEquals(word.hashCode(), reader.hash(), word);
          read.add(word);
        }
        assertEquals(plainly(text), read, paper.slug());
      }
    }
  }
}
